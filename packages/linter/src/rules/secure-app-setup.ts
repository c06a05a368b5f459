import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'secure-app-setup', severity: 'warning', description: 'Placeholder.', source: '—' },
});
