import type { ContactMethod } from '@clearframe/schema';
import { ASYNCHRONOUS_KINDS } from '@clearframe/schema/facts';
import { defineRule, hasText } from '../rule.js';
import { offeredVia } from './util.js';

// Messages on these channels wait until someone reads them, which can be hours or days.
const ASYNCHRONOUS: ReadonlySet<ContactMethod['kind']> = new Set(ASYNCHRONOUS_KINDS);

export default defineRule({
  meta: {
    id: 'crisis-route-async-only',
    severity: 'error',
    description: 'Disallow a crisis route that relies only on e-mail, text or other message-based methods without a crisis or emergency number.',
    source: 'PCT, NASW',
    messages: {
      onlyAsynchronous: 'in a crisis, clients are sent only to messages that may not be read in time ({{methods}}) and there is no crisis or emergency number: add a crisis line or emergency number under crisis contacts',
    },
  },
  check({ spec, report }) {
    const crisis = spec.contact?.routes?.crisis;
    if (!crisis) return;
    if ((crisis.contacts ?? []).some((contact) => hasText(contact.number))) return;
    const usable = offeredVia(spec, crisis.via);
    if (usable.length === 0 || !usable.every((m) => ASYNCHRONOUS.has(m.kind))) return;
    const names = usable.map((m) => `"${m.id}"`).join(', ');
    report('/spec/contact/routes/crisis/via', 'onlyAsynchronous', { methods: names });
  },
});
