/**
 * Admission control for GraphQL requests: at most `limit` run at once; the others wait in arrival order, at most
 * `maxQueued` of them. Few requests in progress keep each turn of the event loop short (so /health and new
 * connections are answered at once) and serve requests in the order they came, however busy the server is.
 */
export interface Gate {
  /** Resolves true once it is this caller's turn, false at once when the queue is full. */
  enter(): Promise<boolean>;
  /** Hands the turn to the next caller waiting, if any. Call exactly once per `enter` that resolved true. */
  leave(): void;
  /** Requests running and waiting (for logs and tests). */
  readonly load: { running: number; waiting: number };
}

export function createGate(limit: number, maxQueued: number): Gate {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`a gate needs a limit of at least 1, not ${limit}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    enter: async () => {
      if (running < limit) {
        running++;
        return true;
      }
      if (waiting.length >= maxQueued) return false;
      await new Promise<void>((resolve) => waiting.push(resolve));
      return true;
    },
    leave: () => {
      const next = waiting.shift();
      if (next) next();
      else running--;
    },
    get load() {
      return { running, waiting: waiting.length };
    },
  };
}

/** Default requests in progress: PGlite runs every statement on this thread, one at a time; PostgreSQL has a pool. */
export function defaultConcurrency(storeKind: string): number {
  return storeKind === 'pglite' ? 4 : 16;
}
