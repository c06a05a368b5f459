import { defineRule } from '../rule.js';

// "[…]" is template text only when it asks for something to be filled in ("[insert #]", "[Your Name]"), not "[sic]".
const FILL_IN_WORD = /\b(insert|enter|fill|names?|numbers?|phone|address|e-?mail|dates?|your)\b|#/i;
const BRACKETS = /\[[^[\]\n]*\]/g;
const ANGLE = /<[^<>\n]+>/g;
// A URL or an e-mail address in angle brackets is how some people write links, not a blank to fill in.
const ANGLE_LINK = /^<\s*([a-z][a-z0-9+.-]*:\/\/\S+|mailto:\S+|[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)\s*>$/i;
const MARKERS: RegExp[] = [/_{3,}/, /\b(TODO|TBD|FIXME|XXX)\b/, /\bchange\s+me\b/i];
// "Your Name" as the whole value, or capitalised as a title; "please leave your name" is an instruction, not a blank.
const YOUR_NAME = [/^\s*your\s+name\s*$/i, /\b(Your Name|YOUR NAME)\b/];
// 000 is Australia's emergency number; four or more zeros (after an optional country code) is a dummy number.
const PHONE_CHARACTERS = /^[\d\s+().-]+$/;
const ICO_DUMMY = /\bZ[A-Z]?0{6,7}\b/;

/** The template text left in `text`, if any (the first match). Reserved example hosts (example.com, .example) are not template text. */
export function findPlaceholder(text: string): string | undefined {
  for (const match of text.matchAll(BRACKETS)) if (FILL_IN_WORD.test(match[0].slice(1, -1))) return match[0];
  for (const match of text.matchAll(ANGLE)) if (!ANGLE_LINK.test(match[0])) return match[0];
  for (const pattern of [...MARKERS, ...YOUR_NAME, ICO_DUMMY]) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  if (PHONE_CHARACTERS.test(text)) {
    const digits = text.trim().replace(/^\+\d{1,3}/, '').replace(/\D/g, '');
    if (digits.length >= 4 && /^0+$/.test(digits)) return text.trim();
  }
  return undefined;
}

/** Every string in a parsed document, with its JSON pointer. */
function* strings(value: unknown, pointer: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [pointer, value];
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, `${pointer}/${index}`);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* strings(item, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  }
}

export default defineRule({
  meta: {
    id: 'placeholder-text',
    severity: 'error',
    description: 'Disallow template text left in a policy, such as "[insert #]", "Your Name", "TODO" or a phone number of zeros.',
    source: '—',
    fieldLocal: true,
    messages: {
      templateText: '"{{text}}" is template text still to fill in: replace it with the real value before clients see it',
    },
  },
  check({ policy, report }) {
    for (const [pointer, text] of strings(policy, '')) {
      const found = findPlaceholder(text);
      if (found !== undefined) report(pointer, 'templateText', { text: found });
    }
  },
});
