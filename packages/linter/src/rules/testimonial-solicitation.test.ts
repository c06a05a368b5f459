import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './testimonial-solicitation.js';

const CLINIC_SOLICITING = `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  socialMedia:
    reviewSites:
      solicitTestimonials: true
`;

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'solicitTestimonials not stated', code: editPolicy({ remove: ['spec.socialMedia.reviewSites.solicitTestimonials'] }) },
    { name: 'no reviewSites', code: editPolicy({ remove: ['spec.socialMedia.reviewSites'] }) },
    { name: 'no socialMedia section', code: editPolicy({ remove: ['spec.socialMedia'] }) },
    {
      name: 'publishing testimonials outside Australia is left to other rules and codes',
      code: editPolicy({ set: { 'spec.socialMedia.reviewSites.publishTestimonials': true } }),
    },
    {
      name: 'an Australian practice that does not publish testimonials',
      code: editPolicy({ set: { 'metadata.jurisdiction': 'AU-NSW', 'spec.socialMedia.reviewSites.publishTestimonials': false } }),
    },
    {
      name: 'the policy overrides a soliciting ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC_SOLICITING },
    },
  ],
  invalid: [
    {
      name: 'solicitTestimonials: true points at the field',
      code: editPolicy({ set: { 'spec.socialMedia.reviewSites.solicitTestimonials': true } }),
      errors: [
        {
          messageId: 'solicitsTestimonials',
          path: '/spec/socialMedia/reviewSites/solicitTestimonials',
          line: 69,
          column: 19,
          message: "the policy says you ask clients for testimonials or reviews, which the APA and NASW ethics codes do not allow: set solicitTestimonials to false and don't invite clients to review you",
        },
      ],
    },
    {
      name: 'publishTestimonials: true in Australia (AHPRA National Law s 133) points at the field',
      code: editPolicy({ set: { 'metadata.jurisdiction': 'AU-VIC', 'spec.socialMedia.reviewSites.publishTestimonials': true } }),
      errors: [{ messageId: 'publishesTestimonials', path: '/spec/socialMedia/reviewSites/publishTestimonials', line: 69, message: /publish testimonials, which advertising a regulated health service in Australia may not use \(Health Practitioner Regulation National Law, s 133\)/ }],
    },
    {
      name: 'soliciting and publishing in AU are two findings',
      code: editPolicy({ set: { 'metadata.jurisdiction': 'AU', 'spec.socialMedia.reviewSites.solicitTestimonials': true, 'spec.socialMedia.reviewSites.publishTestimonials': true } }),
      errors: [{ messageId: 'solicitsTestimonials', path: '/spec/socialMedia/reviewSites/solicitTestimonials' }, { messageId: 'publishesTestimonials', path: '/spec/socialMedia/reviewSites/publishTestimonials' }],
    },
    {
      name: 'inherited from the ClinicDefaults file: reported once, under that file',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.socialMedia.reviewSites'] }),
      files: {
        'clinic.yaml': CLINIC_SOLICITING,
        'other-policy.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' }, remove: ['spec.socialMedia.reviewSites'] }),
      },
      errors: [{ messageId: 'solicitsTestimonials', path: '/spec/socialMedia/reviewSites/solicitTestimonials', line: 7, column: 7, filePath: 'clinic.yaml' }],
    },
  ],
});
