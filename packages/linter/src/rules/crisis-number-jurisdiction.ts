import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'crisis-number-jurisdiction', severity: 'warning', description: 'Placeholder.', source: '—' },
});
