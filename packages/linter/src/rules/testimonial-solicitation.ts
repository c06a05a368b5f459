import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'testimonial-solicitation', severity: 'warning', description: 'Placeholder.', source: '—' },
});
