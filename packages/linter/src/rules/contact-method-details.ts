import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'contact-method-details', severity: 'warning', description: 'Placeholder.', source: '—' },
});
