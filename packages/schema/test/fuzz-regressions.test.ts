// Inputs found by the fuzz properties in packages/linter/test/fuzz.test.ts, kept as plain regression tests.
import { describe, expect, it } from 'vitest';
import { loadPolicySource } from '../src/index.js';

const problemsOf = (source: string | Uint8Array) => loadPolicySource('policy.yaml', source).problems;

/** Every problem's line exists and its column is inside that line (or just past its end). */
function expectInsideFile(text: string, problems: readonly { line: number; column: number }[]) {
  const lines = text.split('\n');
  for (const p of problems) {
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines.length);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.column).toBeLessThanOrEqual(lines[p.line - 1]!.length + 1);
  }
}

describe('positions found by fuzzing', () => {
  it('a stray "}" does not pull the errors of the next line onto its own line', () => {
    // The yaml parser's own line count skips the line break inside the plain scalar it recovers as "d }\n  e".
    const text = 'apiVersion: clearframe/v1\nspec:\n} b { c: d }\n  e: { f: g }\n';
    const problems = problemsOf(text);
    expectInsideFile(text, problems);
    expect(problems.filter((p) => p.line === 4).map((p) => p.column)).toEqual([4, 6, 8, 9, 11, 13]);
  });
});

describe('columns found by fuzzing', () => {
  it('a NUL byte after multi-byte characters is placed by characters, not bytes', () => {
    const text = 'apiVersion: clearframe/v1\nnote: ééé — “x”\u0000\n';
    const [problem] = problemsOf(new TextEncoder().encode(text));
    expect(problem).toMatchObject({ line: 2, column: 16, message: expect.stringContaining('NUL') });
    expect(problemsOf(new TextEncoder().encode('\ufeffa: é\u0000'))[0]).toMatchObject({ line: 1, column: 5 });
    expect(problemsOf(new TextEncoder().encode('a: 1\n\ufeffé\u0000'))[0]).toMatchObject({ line: 2, column: 3 });
  });
});
