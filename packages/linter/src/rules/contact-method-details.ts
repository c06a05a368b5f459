import type { ContactMethod } from '@clearframe/schema';
import { defineRule, hasText } from '../rule.js';
import { isOffered, KIND_LABEL } from './util.js';

// What a client needs in order to use each kind of method.
const ADDRESS_EXAMPLE: Record<ContactMethod['kind'], string> = {
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
    severity: 'error',
    description: 'Require an address (number, e-mail address, username or link) on every offered contact method.',
    source: 'PCT 1',
  },
  check({ spec, report }) {
    (spec.contact?.methods ?? []).forEach((method, index) => {
      if (!isOffered(method) || hasText(method.address)) return;
      report(
        `/spec/contact/methods/${index}/address`,
        `contact method "${method.id}" (${KIND_LABEL[method.kind]}) is offered but has no address: add ${ADDRESS_EXAMPLE[method.kind]}, or set offered: false if you don't use it`,
      );
    });
  },
});
