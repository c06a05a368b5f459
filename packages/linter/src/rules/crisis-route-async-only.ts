import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'crisis-route-async-only', severity: 'warning', description: 'Placeholder.', source: '—' },
});
