import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'social-media-section', severity: 'warning', description: 'Placeholder.', source: '—' },
});
