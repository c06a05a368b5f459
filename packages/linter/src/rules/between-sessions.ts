import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'between-sessions', severity: 'warning', description: 'Placeholder.', source: '—' },
});
