import { workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';

// Runs in a worker thread of its own: creates a PGlite data directory (initdb), then exits, so the memory of the
// initdb module goes with the thread instead of staying in the server for its lifetime.
const db = new PGlite(workerData as string);
await db.waitReady;
await db.close();
