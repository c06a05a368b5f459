import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'route-unknown-method', severity: 'warning', description: 'Placeholder.', source: '—' },
});
