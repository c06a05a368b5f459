import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'public-interaction', severity: 'warning', description: 'Placeholder.', source: '—' },
});
