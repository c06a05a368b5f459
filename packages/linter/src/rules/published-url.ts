import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'published-url', severity: 'warning', description: 'Placeholder.', source: '—' },
});
