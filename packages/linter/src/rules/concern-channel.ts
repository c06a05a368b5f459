import { defineRule, hasText } from '../rule.js';

export default defineRule({
  meta: {
    id: 'concern-channel',
    severity: 'info',
    description: 'Require at least one private channel for raising concerns (concerns.channels).',
    source: 'NASW 2017',
    messages: {
      noPrivateChannel: 'the policy gives clients no private way to raise a concern: add concerns.channels, e.g. a contact form where a pseudonym is fine, so a complaint need not become a public review',
    },
  },
  check({ spec, report }) {
    if (!(spec.concerns?.channels ?? []).some(hasText)) {
      report('/spec/concerns/channels', 'noPrivateChannel');
    }
  },
});
