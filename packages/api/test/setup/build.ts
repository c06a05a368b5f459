import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function newest(dir: string): number {
  return Math.max(...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => statSync(join(dir, f)).mtimeMs));
}

/** Tests start the real bin (bin/clearframe-api.js → dist/): rebuild dist when src is newer, so they never run stale code. */
export default function setup(): void {
  // The postgres project and the GraphiQL browser test drive PostgreSQL and Chromium for real: install them when missing.
  execFileSync('bash', [join(root, '../../scripts/ensure-system-deps.sh'), 'postgresql', 'chromium'], { stdio: 'inherit', timeout: 600_000 });
  const built = statSync(join(root, 'dist/cli.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (built >= newest(join(root, 'src'))) return;
  execFileSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit', timeout: 120_000 });
  execFileSync(process.execPath, ['scripts/copy-assets.mjs'], { cwd: root, stdio: 'inherit', timeout: 30_000 });
}
