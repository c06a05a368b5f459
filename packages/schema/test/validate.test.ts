import { describe, expect, it } from 'vitest';
import { loadPolicySource } from '../src/index.js';

const HEAD = 'apiVersion: clearframe/v1\nkind: CommunicationPolicy\nmetadata:\n  id: jane\n  jurisdiction: US-CA\n';
const problems = (spec: string, head = HEAD) => loadPolicySource('policy.yaml', head + spec).problems;

describe('schema messages people understand', () => {
  it('accepts a minimal policy', () => {
    expect(problems('spec: {}\n')).toEqual([]);
  });

  it('unknown field with did you mean, at the key', () => {
    expect(problems('spec:\n  turnarond:\n    within: 24h\n')).toEqual([
      { line: 7, column: 3, pointer: '/spec/turnarond', message: 'unknown field "turnarond" in spec — did you mean "turnaround"?' },
    ]);
  });

  it('a stray key from an unquoted comma in a flow mapping gets a hint', () => {
    const [p] = problems('spec:\n  contact:\n    routes:\n      clinical: { via: [], note: Check-ins, homework }\n');
    expect(p).toMatchObject({ line: 9, pointer: '/spec/contact/routes/clinical/homework' });
    expect(p!.message).toContain('an unquoted comma inside { … } starts a new key');
  });

  it('yes/no is not a boolean in YAML 1.2', () => {
    const [p] = problems('spec:\n  contact:\n    methods:\n      - id: office\n        kind: phone\n        offered: yes\n');
    expect(p).toMatchObject({ line: 11, column: 9, pointer: '/spec/contact/methods/0/offered' });
    expect(p!.message).toBe('"offered" must be true or false — use true or false, not "yes" (YAML 1.2 has no yes/no booleans)');
  });

  it('an unquoted number where a string is needed says to quote it', () => {
    const [p] = problems('spec:\n  contact:\n    routes:\n      crisis:\n        contacts:\n          - { name: Emergency, number: 000 }\n');
    expect(p!.message).toBe('"number" must be a string — quote it: "000" (unquoted, it reads as the number 0)');
    expect(p!.line).toBe(11);
  });

  it('bad enum lists the allowed values', () => {
    const [p] = problems('spec:\n  contact:\n    methods:\n      - { id: a, kind: telephone }\n');
    expect(p!.message).toBe('"kind" is "telephone"; allowed: "phone", "sms", "email", "secure-messaging", "video", "portal", "web-form", "social-media"');
  });

  it('wrong type', () => {
    expect(problems('spec:\n  turnaround: 24h\n')[0]!.message).toBe('"turnaround" must be a mapping (key: value pairs), not "24h"');
  });

  it('impossible and malformed dates', () => {
    const head = HEAD.replace('  jurisdiction: US-CA\n', '  jurisdiction: US-CA\n  reviewed: 2026-02-30\n  effective: 15/01/2026\n');
    expect(problems('spec: {}\n', head).map((p) => [p.line, p.message])).toEqual([
      [6, '"reviewed" is "2026-02-30", which is not a real calendar date'],
      [7, '"effective" is "15/01/2026"; write the date as YYYY-MM-DD'],
    ]);
  });

  it('UK is not a country code', () => {
    expect(problems('spec: {}\n', HEAD.replace('US-CA', 'UK'))[0]!.message).toContain('"UK" is not a code; use "GB"');
  });

  it('turnaround.within formats', () => {
    for (const ok of ['24h', '2d', '48 hours', '1 hour', '2 business days', '1 Business Day', '3 Days']) expect(problems(`spec:\n  turnaround: { within: ${ok} }\n`)).toEqual([]);
    for (const bad of ['soon', '0h', '24', '1 week']) expect(problems(`spec:\n  turnaround: { within: "${bad}" }\n`)[0]!.message).toMatch(/write a reply time/);
  });

  it('missing required fields point at the parent', () => {
    expect(problems('', 'apiVersion: clearframe/v1\nkind: CommunicationPolicy\nmetadata:\n  id: jane\n')).toEqual([
      { line: 1, column: 1, pointer: '/spec', message: 'missing required field "spec" at the top level' },
      { line: 3, column: 1, pointer: '/metadata/jurisdiction', message: 'missing required field "jurisdiction" in metadata' },
    ]);
  });

  it('ClinicDefaults needs only apiVersion, kind and metadata.id', () => {
    expect(loadPolicySource('c.yaml', 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\n').problems).toEqual([]);
  });

  it('wrong apiVersion', () => {
    expect(problems('spec: {}\n', HEAD.replace('clearframe/v1', 'clearframe/v2'))[0]!.message).toBe('"apiVersion" must be "clearframe/v1", not "clearframe/v2"');
  });
});
