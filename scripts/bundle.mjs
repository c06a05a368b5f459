#!/usr/bin/env node
// Builds dist/clearframe.mjs: the clearframe CLI with every dependency in one file, which the GitHub Action
// and the pre-commit hook run without an install. Deterministic: same sources in, same bytes out.
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const linter = join(root, 'packages/linter');
const schema = join(root, 'packages/schema');

export const BUNDLE = 'dist/clearframe.mjs';

const read = (path) => readFileSync(path, 'utf8');

/** Files the CLI reads next to its own module at run time; in the bundle their text is inlined instead. */
function inlined() {
  const docsDir = join(linter, 'docs/rules');
  const docs = Object.fromEntries(readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort().map((f) => [f.slice(0, -3), read(join(docsDir, f))]));
  const { version } = JSON.parse(read(join(linter, 'package.json')));
  return {
    [join(linter, 'src/cli.ts')]: [
      [`readFileSync(new URL('../package.json', import.meta.url), 'utf8')`, JSON.stringify(JSON.stringify({ version }))],
      [`readFileSync(policySchemaPath, 'utf8')`, JSON.stringify(read(join(schema, 'dist/policy.schema.json')))],
    ],
    [join(linter, 'src/docs.ts')]: [
      [`readFileSync(new URL(\`../docs/rules/\${id}.md\`, import.meta.url), 'utf8')`, `(${JSON.stringify(docs)} as Record<string, string>)[id] ?? ''`],
    ],
    // A lazy require esbuild cannot see; the bundle imports picomatch up front instead.
    [join(linter, 'src/config.ts')]: [
      [`(require('picomatch') as typeof Picomatch)`, `bundledPicomatch`],
      [`import type Picomatch from 'picomatch';`, `import type Picomatch from 'picomatch';\nimport bundledPicomatch from 'picomatch';`],
    ],
  };
}

/** Replaces each `from` (which must occur exactly once) in the files listed by inlined(). */
function inlinePlugin(replacements) {
  return {
    name: 'clearframe-inline',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, (args) => {
        const edits = replacements[args.path];
        if (!edits) return undefined;
        let text = read(args.path);
        for (const [from, to] of edits) {
          const count = text.split(from).length - 1;
          if (count !== 1) throw new Error(`bundle: expected one \`${from}\` in ${relative(root, args.path)}, found ${count}; update scripts/bundle.mjs`);
          text = text.replace(from, () => to);
        }
        return { contents: text, loader: 'ts' };
      });
    },
  };
}

/** Writes the bundle to `outfile` (default: dist/clearframe.mjs at the repository root). */
export async function bundle(outfile = join(root, BUNDLE)) {
  await build({
    absWorkingDir: root,
    stdin: {
      contents: `import { main } from './packages/linter/src/cli.ts';\nprocess.exitCode = await main(process.argv.slice(2));\n`,
      resolveDir: root,
      sourcefile: 'clearframe-entry.ts',
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // CommonJS dependencies call require() for Node built-ins; an ES module has no require of its own.
    banner: { js: `#!/usr/bin/env node\nimport { createRequire as __clearframeCreateRequire } from 'node:module';\nconst require = __clearframeCreateRequire(import.meta.url);` },
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [inlinePlugin(inlined())],
  });
  // The pre-commit hook runs the file itself (language: script), through its #! line.
  chmodSync(outfile, 0o755);
  return outfile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outfile: { type: 'string' } } });
  const written = await bundle(values.outfile ? resolve(values.outfile) : undefined);
  console.log(`bundle: wrote ${relative(process.cwd(), written) || written}`);
}
