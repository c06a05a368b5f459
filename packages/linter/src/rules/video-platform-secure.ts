import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'video-platform-secure', severity: 'warning', description: 'Placeholder.', source: '—' },
});
