import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'online-encounters', severity: 'warning', description: 'Placeholder.', source: '—' },
});
