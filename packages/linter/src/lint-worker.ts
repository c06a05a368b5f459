// Entry of the worker threads of `clearframe lint --concurrency` (built with tsc; the bundle uses its own entry).
import { runLintWorker } from './parallel.js';

await runLintWorker();
