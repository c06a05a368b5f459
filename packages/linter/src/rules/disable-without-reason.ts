import { defineRule } from '../rule.js';

/** Produced by the lint engine while applying inline disable comments (src/disable.ts). */
export default defineRule({
  meta: {
    id: 'disable-without-reason',
    severity: 'error',
    description: 'Require a reason ("-- why") on every clearframe-disable comment.',
    source: '—',
    messages: {
      noReason: 'clearframe-disable-{{kind}} needs a reason: add " -- <why this is fine>" after the rule ids',
    },
    scope: 'engine',
  },
});
