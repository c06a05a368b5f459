import { defineRule, hasText } from '../rule.js';

export default defineRule({
  meta: {
    id: 'published-url',
    severity: 'info',
    description: 'Require a web link where clients can read the policy (sharing.url).',
    source: 'Balick',
    messages: {
      noUrl: 'the policy has no web link: publish it and add sharing.url so clients can read it again at any time',
    },
  },
  check({ spec, report }) {
    if (!hasText(spec.sharing?.url)) {
      report('/spec/sharing/url', 'noUrl');
    }
  },
});
