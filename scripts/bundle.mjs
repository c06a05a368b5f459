#!/usr/bin/env node
// Builds dist/clearframe.mjs: the clearframe CLI with every dependency in one file, which the GitHub Action
// and the pre-commit hook run without an install. Deterministic: same sources in, same bytes out.
//   node scripts/bundle.mjs [--outfile FILE]          from the working tree (needs packages/schema built)
//   node scripts/bundle.mjs --from-git REF [--outfile FILE]
//                                                      from the sources committed at REF (e.g. HEAD), whatever
//                                                      is uncommitted in the working tree; builds the schema itself
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const BUNDLE = 'dist/clearframe.mjs';

const read = (path) => readFileSync(path, 'utf8');

/** Files the CLI reads next to its own module at run time; in the bundle their text is inlined instead. */
function inlined(root) {
  const linter = join(root, 'packages/linter');
  const docsDir = join(linter, 'docs/rules');
  const docs = Object.fromEntries(readdirSync(docsDir).filter((f) => f.endsWith('.md')).sort().map((f) => [f.slice(0, -3), read(join(docsDir, f))]));
  const { version } = JSON.parse(read(join(linter, 'package.json')));
  return {
    [join(linter, 'src/cli.ts')]: [
      [`readFileSync(new URL('../package.json', import.meta.url), 'utf8')`, JSON.stringify(JSON.stringify({ version }))],
      [`readFileSync(policySchemaPath, 'utf8')`, JSON.stringify(read(join(root, 'packages/schema/dist/policy.schema.json')))],
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
function inlinePlugin(root, replacements) {
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

/** Writes the bundle of the sources under `root` (default: this repository) to `outfile`. */
export async function bundle(outfile = join(repository, BUNDLE), root = repository) {
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
    // Module paths as seen through node_modules, so a build from a git export (--from-git) names them the same.
    preserveSymlinks: true,
    // CommonJS dependencies call require() for Node built-ins; an ES module has no require of its own.
    banner: { js: `#!/usr/bin/env node\nimport { createRequire as __clearframeCreateRequire } from 'node:module';\nconst require = __clearframeCreateRequire(import.meta.url);` },
    legalComments: 'eof',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [inlinePlugin(root, inlined(root))],
  });
  // The pre-commit hook runs the file itself (language: script), through its #! line.
  chmodSync(outfile, 0o755);
  return outfile;
}

/**
 * The bundle of the sources committed at `ref`: exports them to a temporary directory whose node_modules links to
 * this repository's installed packages (and to the exported workspaces), builds the schema there, bundles.
 */
export async function bundleFromGit(ref, outfile = join(repository, BUNDLE)) {
  const work = mkdtempSync(join(tmpdir(), 'clearframe-bundle-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', ref, 'packages/schema', 'packages/linter', 'tsconfig.base.json'], { cwd: repository, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', work], { input: archive });
    const modules = join(repository, 'node_modules');
    mkdirSync(join(work, 'node_modules/@clearframe'), { recursive: true });
    for (const entry of readdirSync(modules)) {
      if (entry !== '@clearframe') symlinkSync(join(modules, entry), join(work, 'node_modules', entry));
    }
    for (const name of ['schema', 'linter']) {
      symlinkSync(join(work, 'packages', name), join(work, 'node_modules/@clearframe', name));
      const nested = join(repository, 'packages', name, 'node_modules');
      if (existsSync(nested)) symlinkSync(nested, join(work, 'packages', name, 'node_modules'));
    }
    const schemaDir = join(work, 'packages/schema');
    execFileSync(process.execPath, [join(modules, 'typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: schemaDir, stdio: 'inherit' });
    execFileSync(process.execPath, ['scripts/copy-assets.mjs'], { cwd: schemaDir, stdio: 'inherit' });
    return await bundle(outfile, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { outfile: { type: 'string' }, 'from-git': { type: 'string' } } });
  const outfile = values.outfile ? resolve(values.outfile) : undefined;
  const written = values['from-git'] ? await bundleFromGit(values['from-git'], outfile) : await bundle(outfile);
  console.log(`bundle: wrote ${relative(process.cwd(), written) || written}${values['from-git'] ? ` from the sources at ${values['from-git']}` : ''}`);
}
