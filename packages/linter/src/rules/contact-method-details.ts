import type { ContactMethod } from '@clearframe/schema';
import { defineRule, hasText } from '../rule.js';
import { KIND_LABEL, offeredMethods } from './util.js';

// What a client needs in order to use each kind of method (in-person needs nothing: it happens at the practice).
const ADDRESS_EXAMPLE: Record<Exclude<ContactMethod['kind'], 'in-person'>, string> = {
  phone: 'the phone number',
  sms: 'the number to text',
  email: 'the e-mail address',
  'secure-messaging': 'your username or invitation link in the app',
  video: 'the meeting link',
  portal: 'the portal link',
  'web-form': 'the link to the form',
  'social-media': 'the account name or page link',
};

export default defineRule({
  meta: {
    id: 'contact-method-details',
    severity: 'warning',
    description: 'Require every offered contact method to give its address (number, e-mail address, username or link) or say where clients get it (addressProvided).',
    source: 'PCT 1',
    messages: {
      noAddress: `contact method "{{id}}" ({{kind}}) is offered but has no address: add {{example}}, say where clients get it (addressProvided: at-intake, on-request, in-portal or on-website), or set offered: false if you don't use it`,
    },
  },
  check({ spec, report }) {
    for (const { method, pointer } of offeredMethods(spec, Object.keys(ADDRESS_EXAMPLE) as (keyof typeof ADDRESS_EXAMPLE)[])) {
      if (hasText(method.address) || method.addressProvided !== undefined) continue;
      const kind = method.kind as keyof typeof ADDRESS_EXAMPLE;
      report(`${pointer}/address`, 'noAddress', { id: method.id, kind: KIND_LABEL[kind], example: ADDRESS_EXAMPLE[kind] });
    }
  },
});
