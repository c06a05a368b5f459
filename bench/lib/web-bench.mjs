// Web: gzipped sizes of the built client's JavaScript and CSS (packages/web/dist).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function webBench(root) {
  const dist = join(root, 'packages/web/dist');
  if (!existsSync(dist)) return { built: false };
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(m?js|css)$/.test(name)) {
        const bytes = readFileSync(path);
        files.push({ path: relative(dist, path), kind: name.endsWith('.css') ? 'css' : 'js', raw: bytes.byteLength, gzip: gzipSync(bytes).byteLength });
      }
    }
  };
  walk(dist);
  const total = (kind, key) => files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f[key], 0);
  return { built: true, files, js: { raw: total('js', 'raw'), gzip: total('js', 'gzip') }, css: { raw: total('css', 'raw'), gzip: total('css', 'gzip') } };
}
