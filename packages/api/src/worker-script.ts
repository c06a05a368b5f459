import { existsSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A worker thread's script `name` (e.g. './lint-worker.js'): next to the module `from` (its import.meta.url) once
 * compiled; under the test runner, which runs the .ts files under src/, the built one at the same place under dist/.
 */
export function workerScript(name: string, from: string): string {
  const beside = fileURLToPath(new URL(name, from));
  if (existsSync(beside)) return beside;
  const src = `${sep}src${sep}`;
  const at = beside.lastIndexOf(src);
  return `${beside.slice(0, at)}${sep}dist${sep}${beside.slice(at + src.length)}`;
}
