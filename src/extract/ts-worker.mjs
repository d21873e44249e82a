// Starts a TypeScript worker from source (tsx, vitest): registers tsx's loader in this thread, then imports the
// entry given as workerData.entry. Node 20 does not carry the parent's --import hooks into worker threads.
// The build (npm run build) runs its compiled worker directly and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
