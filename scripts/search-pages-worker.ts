/**
 * A worker thread of `scripts/search-index.ts`: prepares its share of the site's pages
 * (`prepareBatch`, its `workerData` a `BatchRequest`) and posts what it did (`PreparedBatch`).
 * A failure ends the thread with the error, which the thread's `error` event carries.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareBatch, type BatchRequest } from './search-pages.ts';

parentPort?.postMessage(await prepareBatch(workerData as BatchRequest));
