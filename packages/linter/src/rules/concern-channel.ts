import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'concern-channel', severity: 'warning', description: 'Placeholder.', source: '—' },
});
