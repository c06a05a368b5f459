import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'data-protection-registration', severity: 'warning', description: 'Placeholder.', source: '—' },
});
