import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'turnaround-exceptions', severity: 'warning', description: 'Placeholder.', source: '—' },
});
