import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'video-fallback', severity: 'warning', description: 'Placeholder.', source: '—' },
});
