/** A lint pool worker (see lintPool.ts): lints the batches of files it is sent and posts back the results. */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader } from './configs';
import type { FileResult } from './formatters/types';
import { lintPlainFile, type PoolSettings } from './lintPool';

const port = parentPort;
if (port) {
  const settings = workerData as PoolSettings;
  const configs = new ConfigLoader(settings.locale, settings.explicitConfig);
  port.on('message', async (batch: string[]) => {
    const results: (FileResult | null)[] = [];
    for (const file of batch) results.push(await lintPlainFile(file, configs, settings));
    port.postMessage(results);
  });
}
