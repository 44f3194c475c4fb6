// Debian's Chromium, headless, driven by playwright-core, with its profile inside the run folder.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { killPids, onCleanup, pidsMentioning } from './processes.mjs';

/** The same flags as the unit tests' Chromium (test/unit/render-support.ts). */
const ARGS = createRequire(import.meta.url)('../chromium-flags.json');

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
