import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'texting-stance', severity: 'warning', description: 'Placeholder.', source: '—' },
});
