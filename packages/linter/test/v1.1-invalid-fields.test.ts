// The v1.1 rules on documents with schema errors: a rule whose finding or condition reads a present-but-invalid field
// stays silent (the schema finding covers it), and none of them throws on values of the wrong type.
import { describe, expect, it } from 'vitest';
import { lintSourcesProject } from '../src/lint.js';
import { editPolicy, TODAY } from '../src/rule-tester.js';

const V11_RULES = [
  'contact-method-details',
  'crisis-number-outdated',
  'faster-reply-disclaimer',
  'message-records',
  'professional-page-stance',
  'telehealth-licensure',
  'testimonial-solicitation',
  'turnaround-exceptions',
  'turnaround-required',
  'video-recording-stance',
];

async function findings(source: string) {
  const { results } = await lintSourcesProject([{ path: 'policy.yaml', source }], { today: TODAY });
  const messages = results.flatMap((r) => r.messages);
  return { schema: messages.filter((m) => m.ruleId === 'schema').map((m) => m.path), v11: messages.filter((m) => V11_RULES.includes(m.ruleId)).map((m) => `${m.ruleId} ${m.path}`) };
}

describe('v1.1 rules on fields that fail the schema', () => {
  const cases: [string, Record<string, unknown>, string[], string][] = [
    ['an unknown addressProvided', { 'spec.contact.methods.0.addressProvided': 'later' }, ['spec.contact.methods.0.address'], '/spec/contact/methods/0/addressProvided'],
    ['a malformed per-method within', { 'spec.contact.methods.2.turnaround': { within: 'soon' }, 'spec.contact.methods.3.turnaround': { within: '1 day' } }, ['spec.turnaround'], '/spec/contact/methods/2/turnaround/within'],
    ['a turnaround that is a string', { 'spec.turnaround': '24h' }, [], '/spec/turnaround'],
    ['an unquoted old Lifeline number', { 'spec.contact.routes.crisis.contacts.0.number': 18002738255 }, [], '/spec/contact/routes/crisis/contacts/0/number'],
    ['licensedIn written as a string', { 'spec.telehealth.licensedIn': 'US-CA' }, [], '/spec/telehealth/licensedIn'],
    ['records written as a list', { 'spec.privacy.records': ['kept'] }, [], '/spec/privacy/records'],
    ['recording: yes', { 'spec.privacy.video.recording': 'yes' }, [], '/spec/privacy/video/recording'],
    ['professionalPages as a mapping', { 'spec.socialMedia.professionalPages': { platform: 'Facebook' } }, [], '/spec/socialMedia/professionalPages'],
    ['publishTestimonials: "yes" in AU', { 'metadata.jurisdiction': 'AU', 'spec.socialMedia.reviewSites.publishTestimonials': 'yes' }, [], '/spec/socialMedia/reviewSites/publishTestimonials'],
    ['a video method with an unknown offered', { 'spec.contact.methods.4.offered': 'maybe' }, ['spec.telehealth', 'spec.privacy.video.recording'], '/spec/contact/methods/4/offered'],
    ['a schedule that is a number', { 'spec.turnaround.schedule': 5 }, ['spec.turnaround.within', 'spec.turnaround.excludes', 'spec.turnaround.fasterRepliesNotGuaranteed'], '/spec/turnaround/schedule'],
  ];
  for (const [name, set, remove, pointer] of cases) {
    it(`${name}: a schema finding and no v1.1 finding`, async () => {
      const { schema, v11 } = await findings(editPolicy({ set, remove }));
      expect(schema).toContain(pointer);
      expect(v11).toEqual([]);
    });
  }

  it('rules about other fields still report on a file with schema errors', async () => {
    const { schema, v11 } = await findings(editPolicy({ set: { 'spec.privacy.video.recording': 'yes' }, remove: ['spec.telehealth', 'spec.privacy.records'] }));
    expect(schema).toEqual(['/spec/privacy/video/recording']);
    expect(v11).toEqual(['telehealth-licensure /spec/telehealth/licensedIn', 'message-records /spec/privacy/records']);
  });
});

describe('text that cannot be stored (issue 16.3)', () => {
  it('NUL and unpaired surrogates in values and keys are schema errors with line and field, and cannot be disabled', async () => {
    const source = editPolicy({ set: { 'spec.turnaround.note': 'back\u0000soon', 'spec.concerns.channels.1': 'card \uD800' } })
      .replace('  sharing:\n', '  sharing:\n    # clearframe-disable-next-line schema -- try to hide it\n    "bad\\0key": x\n');
    const { results } = await lintSourcesProject([{ path: 'policy.yaml', source }], { today: TODAY });
    const schema = results[0]!.messages.filter((m) => m.ruleId === 'schema');
    expect(schema.map((m) => [m.path, m.severity, m.message])).toEqual([
      ['/spec/turnaround/note', 'error', '"note" contains a NUL character (\\0), which cannot be stored: remove it'],
      ['/spec/concerns/channels/1', 'error', '"channels" contains an unpaired UTF-16 surrogate (such as \\uD800), which cannot be stored: remove it'],
      ['/spec/sharing/bad\u0000key', 'error', expect.stringMatching(/^unknown field/)],
      ['/spec/sharing/bad\u0000key', 'error', 'a key in spec.sharing contains a NUL character (\\0), which cannot be stored: rename it'],
    ]);
    expect(schema.every((m) => m.line > 1 && m.column >= 1)).toBe(true);
    expect(results[0]!.suppressedMessages.filter((m) => m.ruleId === 'schema')).toEqual([]);
  });
});
