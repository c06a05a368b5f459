// Admission control for GraphQL requests (src/gate.ts): a bounded number run, the others wait in arrival order.
import { describe, expect, it } from 'vitest';
import { createGate, defaultConcurrency } from '../src/gate.js';

describe('gate', () => {
  it('lets `limit` callers in at once and the others in arrival order as turns are handed on', async () => {
    const gate = createGate(2, 10);
    const order: number[] = [];
    const entered = [1, 2, 3, 4, 5].map((n) => gate.enter().then((ok) => ok && order.push(n)));
    await Promise.resolve();
    expect(order).toEqual([1, 2]);
    expect(gate.load).toEqual({ running: 2, waiting: 3 });
    gate.leave();
    await entered[2];
    expect(order).toEqual([1, 2, 3]);
    gate.leave();
    gate.leave();
    await Promise.all(entered);
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    gate.leave();
    gate.leave();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once when the queue is full, and takes callers again once it has room', async () => {
    const gate = createGate(1, 1);
    expect(await gate.enter()).toBe(true);
    const waiting = gate.enter();
    expect(await gate.enter()).toBe(false);
    gate.leave();
    expect(await waiting).toBe(true);
    const next = gate.enter();
    gate.leave();
    expect(await next).toBe(true);
  });

  it('needs a limit of at least one', () => {
    expect(() => createGate(0, 10)).toThrow(RangeError);
  });

  it('runs fewer requests at once on PGlite, whose statements all run on the server thread', () => {
    expect(defaultConcurrency('pglite')).toBeLessThan(defaultConcurrency('postgres'));
  });
});
