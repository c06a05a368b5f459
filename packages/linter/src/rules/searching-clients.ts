import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'searching-clients', severity: 'warning', description: 'Placeholder.', source: '—' },
});
