// Fallback when GNU time is missing: runs a Node script in this process and, on exit,
// writes this process's CPU time and peak RSS (process.resourceUsage) to $CF_RUSAGE_OUT.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [script, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...rest];
process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(process.env.CF_RUSAGE_OUT, JSON.stringify({ user: u.userCPUTime / 1e6, sys: u.systemCPUTime / 1e6, rssKB: u.maxRSS }) + '\n');
});
await import(pathToFileURL(resolve(script)).href);
