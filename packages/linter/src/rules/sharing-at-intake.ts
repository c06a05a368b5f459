import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'sharing-at-intake', severity: 'warning', description: 'Placeholder.', source: '—' },
});
