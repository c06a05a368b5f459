import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'contact-by-need', severity: 'warning', description: 'Placeholder.', source: '—' },
});
