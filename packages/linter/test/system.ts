import { execFileSync } from 'node:child_process';

/** True when `command` is on the PATH. */
export function hasCommand(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure an outside tool the tests drive for real is installed: from Debian with apt-get when missing (as
 * scripts/ensure-system-deps.sh does for PostgreSQL and Chromium), which needs root; otherwise a clear error.
 */
export function ensureCommand(command: string, debianPackage: string): void {
  if (hasCommand(command)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`${command} is missing; install it (Debian: sudo apt-get install -y ${debianPackage}) and run the tests again`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env, timeout: 300_000 });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', debianPackage], { stdio: 'ignore', env, timeout: 300_000 });
  if (!hasCommand(command)) throw new Error(`apt-get installed ${debianPackage} but ${command} is still not on the PATH`);
}
