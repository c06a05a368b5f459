import { describe, expect, it } from 'vitest';
import { bufferedLines, createLogger } from '../src/logger.js';

describe('request logging without a write per request', () => {
  it('batches lines into one write, and writes an error line at once', async () => {
    const writes: string[] = [];
    const output = bufferedLines((text) => writes.push(text), 20);
    const logger = createLogger('info', output);
    for (let i = 0; i < 100; i++) logger.info('request', { i });
    expect(writes).toEqual([]);
    await new Promise((r) => setTimeout(r, 60));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.trimEnd().split('\n').map((line) => (JSON.parse(line) as { i: number }).i)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    logger.info('request', { i: 100 });
    logger.error('database unavailable');
    expect(writes).toHaveLength(2);
    expect(writes[1]).toMatch(/"i":100[^\n]*\n[^\n]*"level":"error"/);
  });

  it('writes a full buffer without waiting', () => {
    const writes: string[] = [];
    const logger = createLogger('info', bufferedLines((text) => writes.push(text), 60_000));
    for (let i = 0; i < 1_000; i++) logger.info('request', { path: '/graphql', padding: 'x'.repeat(100) });
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((text) => text.length >= 65_536)).toBe(true);
  });
});
