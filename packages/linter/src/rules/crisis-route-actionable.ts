import { defineRule, hasText } from '../rule.js';
import { offeredVia } from './util.js';

export default defineRule({
  meta: {
    id: 'crisis-route-actionable',
    severity: 'error',
    description: 'Require a crisis route to give clients something to act on: a contact with a number or link, or an offered contact method.',
    source: 'PCT 2, ACA H.2',
    messages: {
      nowhereToTurn: 'the crisis route gives clients nowhere to turn: add a crisis line or the emergency number (with its number) under crisis contacts, or an offered method under via',
    },
  },
  check({ spec, report }) {
    const crisis = spec.contact?.routes?.crisis;
    // An empty crisis route is crisis-route-required's finding, not this one.
    if (!crisis || (!hasText(crisis.instructions) && (crisis.contacts ?? []).length === 0)) return;
    if ((crisis.contacts ?? []).some((contact) => hasText(contact.number) || hasText(contact.url))) return;
    // Asynchronous-only via entries are crisis-route-async-only's finding: any usable entry settles this rule.
    if (offeredVia(spec, crisis.via).length > 0) return;
    report('/spec/contact/routes/crisis', 'nowhereToTurn');
  },
});
