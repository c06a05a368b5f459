import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'social-media-channel', severity: 'warning', description: 'Placeholder.', source: '—' },
});
