import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'testimonial-solicitation',
    severity: 'error',
    description: 'Disallow soliciting testimonials from clients (reviewSites.solicitTestimonials: true), and publishing testimonials in Australia (publishTestimonials: true).',
    source: 'APA 5.05, NASW 4.07, AHPRA',
    messages: {
      solicitsTestimonials: "the policy says you ask clients for testimonials or reviews, which the APA and NASW ethics codes do not allow: set solicitTestimonials to false and don't invite clients to review you",
      publishesTestimonials: 'the policy says you publish testimonials, which advertising a regulated health service in Australia may not use (Health Practitioner Regulation National Law, s 133): set publishTestimonials to false and take testimonials off your website and pages',
    },
  },
  check({ policy, spec, report }) {
    const reviewSites = spec.socialMedia?.reviewSites;
    if (reviewSites?.solicitTestimonials === true) {
      report('/spec/socialMedia/reviewSites/solicitTestimonials', 'solicitsTestimonials');
    }
    const jurisdiction = policy.metadata?.jurisdiction;
    if (reviewSites?.publishTestimonials === true && typeof jurisdiction === 'string' && /^AU(-|$)/.test(jurisdiction)) {
      report('/spec/socialMedia/reviewSites/publishTestimonials', 'publishesTestimonials');
    }
  },
});
