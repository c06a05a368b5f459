import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'following-clients', severity: 'warning', description: 'Placeholder.', source: '—' },
});
