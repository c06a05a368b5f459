import { defineRule } from '../rule.js';

// PLACEHOLDER: being written.
export default defineRule({
  meta: { id: 'unencrypted-channel-risk', severity: 'warning', description: 'Placeholder.', source: '—' },
});
