import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'policy-review-stale', severity: 'warning', description: 'Placeholder.', source: '—' },
});
