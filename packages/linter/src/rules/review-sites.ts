import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'review-sites', severity: 'warning', description: 'Placeholder.', source: '—' },
});
