// The floor: one Node process that only finds, reads and YAML-parses the policy files.
// Anything the linter does beyond this (validation, rules, positions, report) is its overhead.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = process.argv[2];
let files = 0;
let keys = 0;
for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
  if (!/\.ya?ml$/.test(name) || name.endsWith('clearframe.config.yaml')) continue;
  const value = parse(readFileSync(join(dir, name), 'utf8'));
  files++;
  keys += Object.keys(value ?? {}).length;
}
process.stdout.write(JSON.stringify({ files, keys }) + '\n');
