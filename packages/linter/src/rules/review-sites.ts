import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'review-sites',
    severity: 'warning',
    description: 'Require a review-sites stance (socialMedia.reviewSites) that rules out public replies to reviews.',
    source: 'NASW 2017, Kolmes',
    messages: {
      noReviewSites: 'the policy does not cover review sites: add socialMedia.reviewSites saying you do not ask for testimonials and do not answer reviews publicly',
      respondsPublicly: 'the policy says you answer online reviews publicly: a public reply confirms that the reviewer is your client; set respondPublicly: false and invite concerns privately',
    },
  },
  check({ spec, report }) {
    const socialMedia = spec.socialMedia;
    if (!socialMedia) return;
    if (!socialMedia.reviewSites) {
      report('/spec/socialMedia/reviewSites', 'noReviewSites');
    } else if (socialMedia.reviewSites.respondPublicly === true) {
      report('/spec/socialMedia/reviewSites/respondPublicly', 'respondsPublicly');
    }
  },
});
