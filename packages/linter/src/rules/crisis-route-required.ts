import { defineRule, hasText } from '../rule.js';

export default defineRule({
  meta: {
    id: 'crisis-route-required',
    severity: 'error',
    description: 'Require a crisis route (contact.routes.crisis) with instructions or crisis contacts.',
    source: 'PCT 2',
    messages: {
      noCrisisRoute: 'no crisis route: tell clients where to go in a crisis (contact.routes.crisis with instructions and contacts)',
      emptyCrisisRoute: 'the crisis route has neither instructions nor contacts: add what to do and whom to call',
    },
  },
  check({ spec, report }) {
    const crisis = spec.contact?.routes?.crisis;
    if (!crisis) {
      report('/spec/contact/routes/crisis', 'noCrisisRoute');
    } else if (!hasText(crisis.instructions) && (crisis.contacts ?? []).length === 0) {
      report('/spec/contact/routes/crisis', 'emptyCrisisRoute');
    }
  },
});
