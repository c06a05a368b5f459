// Hostile input beyond parse.test.ts: files built to make the parser slow or hungry, recursive and YAML 1.1 aliases,
// prototype keys below the top level, and `extends` targets that cannot be read.
import { describe, expect, it } from 'vitest';
import { loadPolicySource, MAX_DEPTH, parseYaml, resolveExtends, type Loader, type ParsedFile } from '../src/index.js';
import { MAX_NODES } from '../src/parse.js';

const problemsOf = (source: string | Uint8Array) => loadPolicySource('policy.yaml', source).problems;

describe('files made to exhaust the parser get one problem, quickly', () => {
  // Before the limits, each of these took minutes or ran out of memory: every stray token or repeated key cost an
  // Error object, and duplicate keys were found by comparing every key with every other.
  it('a megabyte of stray "}" stops after 100 syntax errors', () => {
    expect(problemsOf('}'.repeat(1024 * 1024))).toEqual([{ line: 1, column: 1, pointer: '', message: expect.stringContaining('more than 100 YAML syntax errors outside the document') }]);
  });

  it(`more than ${MAX_NODES} entries are refused before they are composed`, () => {
    const keys = Array.from({ length: 2 * MAX_NODES }, (_, i) => `k${i}: v`).join('\n');
    expect(problemsOf(keys)).toEqual([{ line: 1, column: 1, pointer: '', message: `more than ${MAX_NODES} YAML entries; no policy needs that many` }]);
    const anchors = 'list: [' + Array.from({ length: 2 * MAX_NODES }, (_, i) => `&a${i} x`).join(', ') + ']\n';
    expect(problemsOf(anchors)[0]!.message).toContain('YAML entries');
  });

  it('a flow collection of 200,000 commas (one entry, many errors) is refused by its token count', () => {
    expect(problemsOf('{' + ','.repeat(200_000) + '}')).toEqual([{ line: 1, column: 1, pointer: '', message: expect.stringContaining('YAML tokens') }]);
    expect(problemsOf('"'.repeat(200_000))[0]!.message).toContain('YAML tokens');
  });

  it('duplicate keys are still found, in linear time, at every level, also when they collide only as data', () => {
    const many = ['apiVersion: clearframe/v1', ...Array.from({ length: MAX_NODES - 10 }, (_, i) => `k${i}: v`), 'k7: again'].join('\n') + '\n';
    expect(problemsOf(many)).toEqual([{ line: MAX_NODES - 8, column: 1, pointer: '', message: expect.stringContaining('duplicate key') }]);
    const nested = 'apiVersion: clearframe/v1\nspec:\n  contact:\n    methods:\n      - { id: a, kind: phone, id: b }\n';
    expect(problemsOf(nested)).toEqual([{ line: 5, column: 31, pointer: '', message: expect.stringContaining('duplicate key') }]);
    // 1 and "1" are different YAML keys but the same object key: one value would silently replace the other.
    expect(problemsOf('1: a\n"1": b\n')).toEqual([{ line: 2, column: 1, pointer: '', message: expect.stringContaining('duplicate key') }]);
  });

  it(`block nesting deeper than ${MAX_DEPTH} levels`, () => {
    const deep = Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n';
    expect(problemsOf(deep)).toEqual([{ line: 1, column: 1, pointer: '', message: `nesting deeper than ${MAX_DEPTH} levels; no policy needs that` }]);
  });

  it('more than one document', () => {
    expect(problemsOf('apiVersion: clearframe/v1\n---\nkind: ClinicDefaults\n')).toEqual([
      { line: 2, column: 1, pointer: '', message: 'YAML syntax: more than one YAML document (---) in the file: keep one policy per file' },
    ]);
  });
});

describe('aliases', () => {
  it('a mapping that contains an alias to itself is a schema problem, not an endless loop', () => {
    expect(problemsOf('apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: &m { id: x, self: *m }\n')).toEqual([
      { line: 3, column: 23, pointer: '/metadata/self', message: expect.stringContaining('unknown field "self"'), unknownKey: true },
    ]);
    expect(problemsOf('apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: x }\nspec: { concerns: { channels: &c [a, *c] } }\n')[0]!.message).toContain('must be a string');
  });

  it('YAML 1.1 merge keys are aliases too, and count against the cap', () => {
    const lines = ['%YAML 1.1', '---', 'base: &b0 { x: 1 }'];
    for (let i = 1; i < 12; i++) lines.push(`m${i}: &b${i} { <<: [${Array(10).fill(`*b${i - 1}`).join(', ')}] }`);
    expect(problemsOf(lines.join('\n') + '\n')[0]!.message).toMatch(/too many alias expansions/);
  });
});

describe('prototype keys below the top level', () => {
  it('__proto__ in spec, in a list item and in metadata are unknown fields and change no prototype', () => {
    const text = [
      'apiVersion: clearframe/v1',
      'kind: ClinicDefaults',
      'metadata: { id: x, __proto__: { polluted: 1 } }',
      'spec:',
      '  __proto__: { polluted: 2 }',
      '  contact: { methods: [{ id: a, kind: phone, __proto__: { polluted: 3 } }] }',
      '',
    ].join('\n');
    expect(problemsOf(text).map((p) => [p.line, p.pointer])).toEqual([
      [3, '/metadata/__proto__'],
      [5, '/spec/__proto__'],
      [6, '/spec/contact/methods/0/__proto__'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parseYaml(text, 'p.yaml').file!.value)).toBe(Object.prototype);
  });
});

describe('extends targets that cannot be read', () => {
  const POLICY = 'apiVersion: clearframe/v1\nkind: CommunicationPolicy\nmetadata: { id: p, jurisdiction: US }\nextends: ../clinic.yaml\nspec: {}\n';
  const DEFAULTS = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: d }\n';
  const policy = (path: string, text = POLICY) => loadPolicySource(path, text).file as ParsedFile;

  it('a loader that throws (a directory, an unreadable file) gives a problem on the extends key', async () => {
    const load: Loader = async (path) => {
      throw new Error(`${path} is a directory`);
    };
    const { policy: effective, problems } = await resolveExtends(policy('/r/policies/p.yaml'), { load, root: '/r' });
    expect(effective).toBeUndefined();
    expect(problems).toEqual([{ line: 4, column: 1, pointer: '/extends', message: 'extends target "../clinic.yaml" cannot be read: /r/clinic.yaml is a directory' }]);
  });

  it('a directory whose name starts with two dots is still inside the repository', async () => {
    const load: Loader = async (path) => (path === '/r/..shared/clinic.yaml' ? loadPolicySource(path, DEFAULTS) : undefined);
    const text = POLICY.replace('../clinic.yaml', '../..shared/clinic.yaml');
    const { problems } = await resolveExtends(policy('/r/policies/p.yaml', text), { load, root: '/r' });
    expect(problems).toEqual([]);
    const outside = await resolveExtends(policy('/r/policies/p.yaml', POLICY.replace('../clinic.yaml', '../../clinic.yaml')), { load, root: '/r' });
    expect(outside.problems[0]!.message).toBe('extends target "../../clinic.yaml" is outside the repository');
  });
});
