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
      { line: 7, column: 3, pointer: '/spec/turnarond', message: 'unknown field "turnarond" in spec — did you mean "turnaround"?', unknownKey: true },
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
    expect(p!.message).toBe('"kind" is "telephone"; allowed: "phone", "sms", "email", "secure-messaging", "video", "portal", "web-form", "social-media", "in-person"');
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
      { line: 1, column: 1, pointer: '/spec', message: 'missing required field "spec" at the top level', missing: true },
      { line: 3, column: 1, pointer: '/metadata/jurisdiction', message: 'missing required field "jurisdiction" in metadata', missing: true },
    ]);
  });

  it('ClinicDefaults needs only apiVersion, kind and metadata.id', () => {
    expect(loadPolicySource('c.yaml', 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\n').problems).toEqual([]);
  });

  it('wrong apiVersion', () => {
    expect(problems('spec: {}\n', HEAD.replace('clearframe/v1', 'clearframe/v2'))[0]!.message).toBe('"apiVersion" must be "clearframe/v1", not "clearframe/v2"');
  });
  it('turnaround.within ranges and working days (v1.1)', () => {
    for (const ok of ['24-48h', '8–12 hours', '1 – 2 business days', '1-2 working days', '1 working day', '2 Working Days']) expect(problems(`spec:\n  turnaround: { within: ${ok} }\n`), ok).toEqual([]);
    for (const bad of ['24-h', '24 to 48h', '1-2 weeks']) expect(problems(`spec:\n  turnaround: { within: "${bad}" }\n`)[0]!.message).toMatch(/or a range such as "24-48h"/);
  });

  it('a range names the smaller number first', () => {
    expect(problems('spec:\n  turnaround: { within: 48-24h }\n')).toEqual([
      { line: 7, column: 17, pointer: '/spec/turnaround/within', message: '"within" is "48-24h"; a range names the smaller number first: write "24-48h"' },
    ]);
    expect(problems('spec:\n  contact:\n    methods:\n      - { id: mail, kind: email, address: a@b.example, turnaround: { within: 2 – 1 business days } }\n')[0]).toMatchObject({
      line: 9,
      pointer: '/spec/contact/methods/0/turnaround/within',
      message: '"within" is "2 – 1 business days"; a range names the smaller number first: write "1 – 2 business days"',
    });
  });

  it('accepts every v1.1 field', () => {
    const head = HEAD.replace('  jurisdiction: US-CA\n', "  jurisdiction: US-CA\n  clinicName: St. Anne's Counselling\n");
    const spec = `spec:
  contact:
    note: Call the front desk first.
    methods:
      - { id: desk, kind: in-person, hours: Mon-Fri 9-5 }
      - id: cell
        kind: sms
        addressProvided: at-intake
        condition: Only after your first appointment.
        turnaround: { within: 1 business day, excludes: [evenings, nights] }
      - { id: mail, kind: email, addressProvided: on-website, turnaround: { within: 24-48h, note: Not on Sundays. } }
    routes:
      urgent: { via: [cell], note: Urgent but not an emergency }
      note: Use the right route.
      crisis:
        contacts:
          - { name: 988 Suicide & Crisis Lifeline, number: "988", url: https://988lifeline.org, text: true, hours: 24/7, kind: crisis-line, note: Free. }
  turnaround:
    within: 8–12 hours
    excludes: [weekends, outside-office-hours]
    schedule: E-mails received by Tuesday noon are answered by Thursday 5 pm.
  socialMedia:
    friending: { allowed: false, note: Never. }
    professionalPages:
      - { platform: Facebook, url: https://facebook.example/st-annes, clientsMayFollow: false, comments: closed }
    reviewSites: { solicitTestimonials: false, publishTestimonials: false, respondPublicly: false }
  privacy:
    note: Your privacy matters.
    video: { platform: Doxy.me, secure: true, recording: never, note: Nothing is stored. }
    records: Messages about your care become part of your clinical record.
    dataProtection: { note: Encrypted., registration: { authority: ICO, note: Renewed yearly. } }
  telehealth:
    licensedIn: [US-CA, US-NV]
    clientLocation: You need to be in California or Nevada during each session.
    note: Ask me before travelling.
  sharing: { atIntake: true, note: We go through it at intake. }
`;
    expect(problems(spec, head)).toEqual([]);
  });

  it('v1.1 enums and jurisdictions get the usual messages', () => {
    expect(problems('spec:\n  contact:\n    methods:\n      - { id: a, kind: phone, addressProvided: later }\n')[0]!.message).toBe(
      '"addressProvided" is "later"; allowed: "at-intake", "on-request", "in-portal", "on-website"',
    );
    expect(problems('spec:\n  privacy:\n    video: { recording: nevr }\n')[0]!.message).toBe('"recording" is "nevr"; allowed: "never", "with-consent", "always" — did you mean "never"?');
    expect(problems('spec:\n  telehealth: { licensedIn: [US-CA, california] }\n')[0]!.message).toMatch(/^"licensedIn" is "california"; use ISO 3166-1 alpha-2 country codes/);
    expect(problems('spec:\n  telehealth: { licensedIn: [UK] }\n')[0]!.message).toContain('"UK" is not a code; use "GB"');
  });

  it('text the database cannot store is a finding with line and field (NUL, unpaired surrogates)', () => {
    expect(problems('spec:\n  turnaround:\n    within: 24h\n    note: "call me\\0 later"\n')).toEqual([
      { line: 9, column: 5, pointer: '/spec/turnaround/note', message: '"note" contains a NUL character (\\0), which cannot be stored: remove it' },
    ]);
    expect(problems('spec:\n  concerns:\n    channels: [ok, "bad \\uD800 half"]\n')).toEqual([
      { line: 8, column: 20, pointer: '/spec/concerns/channels/1', message: '"channels" contains an unpaired UTF-16 surrogate (such as \\uD800), which cannot be stored: remove it' },
    ]);
    expect(problems('spec: {}\n', HEAD.replace('id: jane', 'id: jane\n  title: "\\uDC00x"'))[0]).toMatchObject({ line: 5, pointer: '/metadata/title' });
    const key = problems('spec:\n  "tu\\0rn": 1\n').find((p) => p.message.startsWith('a key'));
    expect(key).toEqual({ line: 7, column: 3, pointer: '/spec/tu\u0000rn', message: 'a key in spec contains a NUL character (\\0), which cannot be stored: rename it' });
    expect(problems('spec:\n  turnaround: { within: 24h, note: "emoji \\uD83D\\uDE00 is fine" }\n')).toEqual([]);
  });
});
