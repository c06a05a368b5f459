// Runs a command and measures wall time, CPU time (user + sys) and peak RSS.
// Uses GNU time (/usr/bin/time) when present; installs it with apt-get when possible;
// otherwise runs Node scripts through rusage-wrapper.mjs, which reports process.resourceUsage().
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const scratch = mkdtempSync(join(tmpdir(), 'cf-measure-'));
process.once('exit', () => rmSync(scratch, { recursive: true, force: true }));
let method;

/**
 * Makes sure peak RSS can be measured; returns 'gnu-time' or 'resource-usage'.
 * @param {(message: string) => void} [log]
 */
export function ensureTimeTool(log = () => {}) {
  if (method) return method;
  if (!existsSync(GNU_TIME) && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log('installing GNU time (apt-get install -y time)');
    spawnSync('apt-get', ['install', '-y', '-q', 'time'], { stdio: 'ignore', timeout: 120_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  method = existsSync(GNU_TIME) ? 'gnu-time' : 'resource-usage';
  return method;
}

/**
 * Runs `command args` (command must be `node` when GNU time is missing) with a time limit.
 * Resolves { wall, cpu, user, sys, rssMB, code, timedOut, stdout, stderr }; times in seconds.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, timeoutMs?: number, env?: NodeJS.ProcessEnv }} [options]
 */
export function measure(command, args, { cwd, timeoutMs = 300_000, env } = {}) {
  ensureTimeTool();
  const out = join(scratch, `t-${process.hrtime.bigint()}`);
  let file = command;
  let argv = args;
  if (method === 'gnu-time') {
    file = GNU_TIME;
    argv = ['-f', '%e %U %S %M', '-o', out, command, ...args];
  } else {
    // The wrapper runs the script (args[0], no Node flags) in its own process and reports its usage.
    if (command !== process.execPath && command !== 'node') throw new Error(`cannot measure ${command} without GNU time`);
    file = process.execPath;
    const wrapper = new URL('./rusage-wrapper.mjs', import.meta.url).pathname;
    argv = args[0] === '-e' ? [wrapper, new URL('./empty.mjs', import.meta.url).pathname] : [wrapper, ...args];
  }
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env: { ...process.env, ...env, CF_RUSAGE_OUT: out }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { if (stdout.length < 1e6) stdout += d; });
    child.stderr.on('data', (d) => { if (stderr.length < 1e6) stderr += d; });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wall = Number(process.hrtime.bigint() - start) / 1e9;
      let user = NaN, sys = NaN, rssKB = NaN;
      try {
        const text = readFileSync(out, 'utf8').trim().split('\n').at(-1);
        if (method === 'gnu-time') [, user, sys, rssKB] = text.split(' ').map(Number);
        else ({ user, sys, rssKB } = JSON.parse(text));
      } catch { /* killed before reporting */ }
      rmSync(out, { force: true });
      resolve({ wall, user, sys, cpu: user + sys, rssMB: rssKB / 1024, code, timedOut, stdout, stderr });
    });
  });
}

export const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
