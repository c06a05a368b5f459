import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'public-interaction',
    severity: 'warning',
    description: 'Require a stance on public replies and comments (interacting.publicReplies) when professional pages are listed.',
    source: 'Kolmes',
    messages: {
      noPublicReplyStance: 'you list professional pages but do not say whether clients may reply or comment there publicly, which shows others that they are your clients: add socialMedia.interacting.publicReplies (allowed, discouraged or not-allowed)',
    },
  },
  check({ spec, report }) {
    const socialMedia = spec.socialMedia;
    if (!socialMedia || (socialMedia.professionalPages ?? []).length === 0) return;
    if (socialMedia.interacting?.publicReplies === undefined) {
      report('/spec/socialMedia/interacting/publicReplies', 'noPublicReplyStance');
    }
  },
});
