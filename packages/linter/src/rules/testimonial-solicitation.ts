import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'testimonial-solicitation',
    severity: 'error',
    description: 'Disallow soliciting testimonials or reviews from clients (reviewSites.solicitTestimonials: true).',
    source: 'APA 5.05, NASW 4.07',
  },
  check({ spec, report }) {
    if (spec.socialMedia?.reviewSites?.solicitTestimonials === true) {
      report(
        '/spec/socialMedia/reviewSites/solicitTestimonials',
        "the policy says you ask clients for testimonials or reviews, which the APA and NASW ethics codes do not allow: set solicitTestimonials to false and don't invite clients to review you",
      );
    }
  },
});
