import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'social-media-section',
    severity: 'warning',
    description: 'Require a socialMedia section, even when the practice does not use social media.',
    source: 'Kolmes',
    messages: {
      noSocialMedia: 'no socialMedia section: add one, even if you are not on social media (uses: false), and say how you handle friend requests, following and online contact',
    },
  },
  check({ spec, report }) {
    if (!spec.socialMedia) {
      report('/spec/socialMedia', 'noSocialMedia');
    }
  },
});
