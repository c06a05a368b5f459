// The page's wording for structured values, in Node's full ICU (the same Intl data a browser has).
import { describe, expect, it } from 'vitest';
import { jurisdictionName } from '../src/format.js';
import { messagesFor, methodName } from '../src/messages.js';
import { reviewEveryDays } from '../src/pages/status.js';

describe('jurisdictionName', () => {
  it('names a subdivision and its country, in English and Spanish', () => {
    expect(jurisdictionName('US-OR')).toBe('Oregon, United States');
    expect(jurisdictionName('GB-ENG')).toBe('England, United Kingdom');
    expect(jurisdictionName('CA-BC')).toBe('British Columbia, Canada');
    expect(jurisdictionName('AU-NSW')).toBe('New South Wales, Australia');
    expect(jurisdictionName('US-OR', 'es')).toBe('Oregón, Estados Unidos');
    expect(jurisdictionName('US-CA', 'es')).toBe('California, Estados Unidos');
    expect(jurisdictionName('GB-SCT', 'es')).toBe('Escocia, Reino Unido');
  });

  it('names a country alone, and keeps the code of a subdivision it has no name for', () => {
    expect(jurisdictionName('IE')).toBe('Ireland');
    expect(jurisdictionName('DE', 'es')).toBe('Alemania');
    expect(jurisdictionName('FR-75')).toBe('France (FR-75)');
  });
});

describe('reply times in words', () => {
  it('says ranges and units in the page’s language', () => {
    const en = messagesFor('en').turnaround;
    const es = messagesFor('es').turnaround;
    expect(en.duration(24, 24, 'hours')).toBe('24 hours');
    expect(en.duration(1, 1, 'business-days')).toBe('1 business day');
    expect(en.duration(1, 2, 'business-days')).toBe('1–2 business days');
    expect(es.duration(1, 2, 'business-days')).toBe('1–2 días hábiles');
    expect(es.duration(1, 1, 'days')).toBe('1 día');
    expect(en.sentence('24 hours', ['WEEKENDS', 'OUTSIDE_OFFICE_HOURS'], 'en')).toBe(
      'Messages get a reply within 24 hours, not counting weekends or time outside office hours.',
    );
  });
});

describe('reviewEveryDays', () => {
  it('reads maxAgeDays of policy-review-stale from a config in flow or block style, else 365', () => {
    expect(reviewEveryDays('rules:\n  policy-review-stale: [warning, { maxAgeDays: 180 }]\n')).toBe(180);
    expect(reviewEveryDays('rules:\n  policy-review-stale:\n    - error\n    - maxAgeDays: 90\n  texting-stance: off\n')).toBe(90);
    expect(reviewEveryDays('rules:\n  policy-review-stale: warning\n  other-rule: [warning, { maxAgeDays: 30 }]\n')).toBe(365);
    expect(reviewEveryDays(null)).toBe(365);
  });
});

describe('methodName', () => {
  it('names a method by its kind in words, and tells twins apart by their id in words', () => {
    const front = { id: 'front-desk', kind: 'PHONE', product: null } as const;
    const direct = { id: 'direct-line', kind: 'PHONE', product: null } as const;
    expect(methodName(messagesFor('en'), front)).toBe('Phone');
    expect(methodName(messagesFor('en'), front, [front, direct])).toBe('Phone · Front desk');
    expect(methodName(messagesFor('es'), direct, [front, direct])).toBe('Teléfono · Direct line');
    expect(methodName(messagesFor('en'), { id: 'signal', kind: 'SECURE_MESSAGING', product: 'Signal' })).toBe('Secure messaging (Signal)');
  });
});
