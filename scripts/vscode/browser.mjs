// Debian's Chromium, headless, driven by playwright-core, with its profile inside the run folder.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { killPids, onCleanup, pidsMentioning } from './processes.mjs';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>}
 */
export async function launchBrowser({ executablePath, runDir, viewport = { width: 1400, height: 900 } }) {
  const profile = join(runDir, 'chromium-profile');
  mkdirSync(profile, { recursive: true });
  // Playwright stops the browser on exit and on signals; this also ends any Chromium process it lost track of.
  const killLeftovers = () => killPids(pidsMentioning(profile));
  const unregister = onCleanup(killLeftovers);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport,
    timeout: 60_000,
  });
  return {
    context,
    close: async () => {
      await context.close().catch(() => {});
      killLeftovers();
      unregister();
    },
  };
}
