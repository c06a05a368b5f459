// Per-file cost, noise-resistant: clearframe's engine (lintFiles: read, parse with positions, schema, rules,
// disable comments) against the floor (read + yaml.parse) on the same files, alternating every 20 files
// (~40 ms) in one process, so a burst of load on a shared machine hits both sides alike.
//   node per-file.mjs <dir> <rounds>  → prints { files, floorMs, engineMs, ratio } per 1,000 files
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lintFiles, loadConfig } from '@clearframe/linter';
import { LINT_DATE } from './generate.mjs';

const [dir, roundsText = '3'] = process.argv.slice(2);
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => /\.ya?ml$/.test(n) && !n.endsWith('clearframe.config.yaml')).map((n) => join(dir, n));
const config = loadConfig(join(dir, 'clearframe.config.yaml'), dir);
const totals = { floor: 0, engine: 0 };
const rounds = Number(roundsText);
const BATCH = 20;
for (let round = 0; round <= rounds; round++) {
  for (let start = 0, b = 0; start < files.length; start += BATCH, b++) {
    const batch = files.slice(start, start + BATCH);
    const order = (b + round) % 2 === 0 ? ['floor', 'engine'] : ['engine', 'floor'];
    for (const side of order) {
      const t = performance.now();
      if (side === 'floor') for (const file of batch) parse(readFileSync(file, 'utf8'));
      else await lintFiles(batch, { config, today: LINT_DATE, cwd: dir });
      // Round 0 warms both sides up and is not counted.
      if (round > 0) totals[side] += performance.now() - t;
    }
  }
}
const per1000 = (ms) => (ms / rounds / files.length) * 1000;
process.stdout.write(JSON.stringify({ files: files.length, rounds, floorMs: per1000(totals.floor), engineMs: per1000(totals.engine), ratio: totals.engine / totals.floor }) + '\n');
