// Debian's chromium (never a downloaded browser) and the flags that work on these machines (no
// network beyond loopback, root, no GPU). Shared by playwright.config.ts and the bench.
import { chromium } from 'playwright-core';

/** `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium` (`apt-get install chromium fonts-noto-cjk`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches that chromium with those flags, plus `extraArgs`. */
export async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
