import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'faster-reply-disclaimer', severity: 'warning', description: 'Placeholder.', source: '—' },
});
