import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

// Chromium from Debian (scripts/ensure-system-deps.sh installs it); `playwright install` cannot download here.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  if (!process.env.CHROMIUM_PATH) {
    // Installs Debian's chromium when it is missing (needs root; otherwise it says what to install).
    execFileSync('bash', [fileURLToPath(new URL('../../../scripts/ensure-system-deps.sh', import.meta.url)), 'chromium'], { stdio: 'inherit', timeout: 600_000 });
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, timeout: 30_000 });
}
