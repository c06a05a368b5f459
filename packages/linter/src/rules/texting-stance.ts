import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'texting-stance',
    severity: 'warning',
    description: 'Require a contact method of kind sms, offered or not, so clients know whether they can text you.',
    source: 'PCT 1',
    messages: {
      noTextingStance: "the policy doesn't say whether clients can text you: add a contact method of kind sms, with offered: false and a note if you don't use texting",
    },
  },
  check({ spec, report }) {
    if ((spec.contact?.methods ?? []).some((method) => method.kind === 'sms')) return;
    report('/spec/contact/methods', 'noTextingStance');
  },
});
