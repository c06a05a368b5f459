export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export function isLogLevel(value: string): value is LogLevel {
  return value in RANK;
}

/** Structured logs: one JSON object per line ({ time, level, msg, …fields }). */
export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (line) => process.stdout.write(line + '\n')): Logger {
  const log = (at: Exclude<LogLevel, 'silent'>) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (RANK[at] < RANK[level]) return;
    write(JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...fields }, (_key, value: unknown) => (value instanceof Error ? errorFields(value) : value)));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

function errorFields(error: Error): Record<string, unknown> {
  return { name: error.name, message: error.message, stack: error.stack };
}

/** Adapts a Logger to the (…args) logger graphql-yoga calls, e.g. with the original of a masked error. */
export function yogaLogger(logger: Logger) {
  const adapt = (at: keyof Logger) => (...args: unknown[]) => {
    const message = args.find((a): a is string => typeof a === 'string') ?? (args.find((a) => a instanceof Error) as Error | undefined)?.message ?? 'graphql-yoga';
    const error = args.find((a) => a instanceof Error);
    logger[at](message, error ? { error } : {});
  };
  return { debug: adapt('debug'), info: adapt('info'), warn: adapt('warn'), error: adapt('error') };
}

/**
 * Batches log lines into one write every `flushMs` (default 100 ms) or 64 KiB, so a busy server does not pay a
 * write system call per request; an error line, and the process exiting, flush at once.
 */
export function bufferedLines(out: (text: string) => void, flushMs = 100): ((line: string) => void) & { flush(): void } {
  let pending: string[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    out(text);
  };
  process.once('exit', flush);
  const write = (line: string) => {
    pending.push(line + '\n');
    size += line.length + 1;
    if (size >= 65_536 || line.includes('"level":"error"')) flush();
    else timer ??= setTimeout(flush, flushMs).unref();
  };
  return Object.assign(write, { flush });
}
