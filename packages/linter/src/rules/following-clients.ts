import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'following-clients',
    severity: 'warning',
    description: 'Disallow following clients on social media (following.therapistFollowsClients: true).',
    source: 'NASW 2017',
    messages: {
      followsClients: 'the policy says you follow clients on social media: a follow is visible to others and can reveal who your clients are; set therapistFollowsClients: false',
    },
  },
  check({ spec, report }) {
    if (spec.socialMedia?.following?.therapistFollowsClients === true) {
      report('/spec/socialMedia/following/therapistFollowsClients', 'followsClients');
    }
  },
});
