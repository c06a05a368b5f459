import { defineRule } from '../rule.js';

/** Produced by the lint engine while applying inline disable comments (src/disable.ts). */
export default defineRule({
  meta: {
    id: 'unused-disable',
    severity: 'warning',
    description: 'Disallow clearframe-disable comments that suppress nothing or name an unknown rule.',
    source: '—',
    messages: {
    },
    scope: 'engine',
  },
});
