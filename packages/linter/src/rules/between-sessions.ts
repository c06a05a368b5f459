import { defineRule, hasText } from '../rule.js';

export default defineRule({
  meta: {
    id: 'between-sessions',
    severity: 'info',
    description: 'Require a statement on whether and how clients can reach you between sessions (contact.betweenSessions).',
    source: 'Balick',
    messages: {
      noBetweenSessions: 'the policy does not say whether clients can reach you between sessions: add contact.betweenSessions, e.g. that messages are for scheduling and therapy happens in session',
    },
  },
  check({ spec, report }) {
    if (!hasText(spec.contact?.betweenSessions)) {
      report('/spec/contact/betweenSessions', 'noBetweenSessions');
    }
  },
});
