import { execFileSync } from 'node:child_process';
import { ROOT } from './distribution.js';

/**
 * Makes sure the Debian packages a test drives for real are installed (pre-commit, libxml2-utils):
 * scripts/ensure-system-deps.sh installs the missing ones with apt-get as root, or fails saying what to install.
 */
export function ensureSystemPackages(...packages: string[]): void {
  execFileSync('bash', [`${ROOT}/scripts/ensure-system-deps.sh`, ...packages], { stdio: 'inherit', timeout: 600_000 });
}
