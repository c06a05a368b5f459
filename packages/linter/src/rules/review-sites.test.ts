import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './review-sites.js';

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  socialMedia:\n    reviewSites:\n      respondPublicly: true\n';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'no socialMedia section', code: editPolicy({ remove: ['spec.socialMedia'] }) },
    {
      name: 'reviewSites without respondPublicly',
      code: editPolicy({ set: { 'spec.socialMedia.reviewSites': { solicitTestimonials: false, note: 'I will not reply to reviews.' } } }),
    },
    {
      name: 'the policy overrides an inherited respondPublicly: true',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC },
    },
  ],
  invalid: [
    {
      name: 'socialMedia without reviewSites points at socialMedia',
      code: editPolicy({ remove: ['spec.socialMedia.reviewSites'] }),
      errors: [
        {
          messageId: 'noReviewSites',
          message:
            'the policy does not cover review sites: add socialMedia.reviewSites saying you do not ask for testimonials and do not answer reviews publicly',
          path: '/spec/socialMedia/reviewSites',
          line: 59,
          column: 3,
        },
      ],
    },
    {
      name: 'respondPublicly: true points at the flow-map key',
      code: editPolicy({ set: { 'spec.socialMedia.reviewSites.respondPublicly': true } }),
      errors: [
        {
          messageId: 'respondsPublicly',
          message:
            'the policy says you answer online reviews publicly: a public reply confirms that the reviewer is your client; set respondPublicly: false and invite concerns privately',
          path: '/spec/socialMedia/reviewSites/respondPublicly',
          line: 69,
          column: 47,
        },
      ],
    },
    {
      name: 'an inherited respondPublicly: true is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.socialMedia.reviewSites'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.socialMedia.reviewSites'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ messageId: 'respondsPublicly', path: '/spec/socialMedia/reviewSites/respondPublicly', line: 7, column: 7, filePath: 'clinic.yaml' }],
    },
  ],
});
