import { describe, expect, it } from 'vitest';
import { decodeSource, locate, loadPolicySource, MAX_FILE_BYTES, parseYaml } from '../src/index.js';

const messages = (source: string | Uint8Array) => loadPolicySource('policy.yaml', source).problems;

describe('bad input gets a positioned problem, never an exception', () => {
  it('broken YAML names the line', () => {
    const [problem] = messages('apiVersion: clearframe/v1\nkind: [CommunicationPolicy\nmetadata: {}\n');
    expect(problem).toMatchObject({ message: expect.stringMatching(/^YAML syntax:/), line: expect.any(Number) });
    expect(problem!.line).toBeGreaterThanOrEqual(2);
  });

  it('tabs used for indentation', () => {
    const [problem] = messages('apiVersion: clearframe/v1\nmetadata:\n\tid: x\n');
    expect(problem).toMatchObject({ line: 3, message: 'YAML syntax: tab used for indentation: YAML indents with spaces only' });
  });

  it('duplicate keys point at the second key', () => {
    const [problem] = messages('apiVersion: clearframe/v1\nkind: CommunicationPolicy\nkind: ClinicDefaults\n');
    expect(problem).toMatchObject({ line: 3, column: 1, message: expect.stringContaining('duplicate key') });
  });

  it('an empty file', () => {
    expect(messages('')).toEqual([{ line: 1, column: 1, pointer: '', message: expect.stringContaining('file is empty') }]);
    expect(messages('# only a comment\n')[0]!.message).toContain('file is empty');
  });

  it('a root that is not a mapping', () => {
    expect(messages('- a\n- b\n')[0]!.message).toContain('the top level is a list');
    expect(messages('just text\n')[0]!.message).toContain('the top level is a single value');
  });

  it('binary bytes', () => {
    const [problem] = messages(new Uint8Array([0x61, 0x3a, 0x0a, 0x00, 0x01]));
    expect(problem).toMatchObject({ line: 2, column: 1, message: expect.stringContaining('binary') });
  });

  it('bytes that are not UTF-8', () => {
    expect(messages(new Uint8Array([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]))[0]!.message).toContain('not valid UTF-8');
  });

  it('a byte-order mark is accepted', () => {
    const decoded = decodeSource(new TextEncoder().encode('\ufeffa: 1\n'));
    expect(decoded).toEqual({ text: 'a: 1\n' });
  });

  it('files over 5 MB are refused without parsing', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x20);
    expect(messages(big)[0]!.message).toMatch(/limited to 5 MB/);
    expect(messages(' '.repeat(MAX_FILE_BYTES + 1))[0]!.message).toMatch(/limited to 5 MB/);
  });

  it('alias bombs are capped', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const [problem] = messages(lines.join('\n') + '\n');
    expect(problem!.message).toMatch(/too many alias expansions/);
  });

  it('very deep nesting', () => {
    const deep = 'a: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
    const [problem] = messages(deep);
    expect(problem!.message).toMatch(/nesting deeper than|YAML syntax/);
  });

  it('__proto__ and constructor keys are unknown fields, not prototype changes', () => {
    const problems = messages('apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: x }\n__proto__: { polluted: true }\nconstructor: 1\n');
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [4, expect.stringContaining('unknown field "__proto__"')],
      [5, expect.stringContaining('unknown field "constructor"')],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('locate', () => {
  const { file } = parseYaml('apiVersion: clearframe/v1\nspec:\n  contact:\n    methods:\n      - id: a\n        kind: phone\n      - { id: b, kind: sms }\n', 'p.yaml');

  it('finds keys and list items', () => {
    expect(locate(file!, '/spec/contact')).toMatchObject({ line: 3, column: 3, found: true });
    expect(locate(file!, '/spec/contact/methods/1')).toMatchObject({ line: 7, column: 9, found: true });
    expect(locate(file!, '/spec/contact/methods/1/kind')).toMatchObject({ line: 7, column: 18, found: true });
  });

  it('falls back to the nearest existing ancestor for a missing field', () => {
    expect(locate(file!, '/spec/turnaround/within')).toMatchObject({ line: 2, column: 1, found: false, pointer: '/spec' });
    expect(locate(file!, '/metadata/id')).toMatchObject({ line: 1, column: 1, found: false, pointer: '' });
  });

  it('knows where a node ends', () => {
    expect(locate(file!, '/spec/contact/methods/0').endLine).toBe(6);
  });
});
