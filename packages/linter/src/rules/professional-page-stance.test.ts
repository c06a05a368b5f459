import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './professional-page-stance.js';

ruleTester(rule, {
  valid: [
    { name: 'complete policy (clientsMayFollow: false)', code: VALID_POLICY },
    { name: 'clients may follow, said explicitly', code: editPolicy({ set: { 'spec.socialMedia.professionalPages.0.clientsMayFollow': true } }) },
    { name: 'no professional pages', code: editPolicy({ remove: ['spec.socialMedia.professionalPages'] }) },
    { name: 'no socialMedia section (left to social-media-section)', code: editPolicy({ remove: ['spec.socialMedia'] }) },
  ],
  invalid: [
    {
      name: 'a page with no clientsMayFollow points at the page',
      code: editPolicy({ remove: ['spec.socialMedia.professionalPages.0.clientsMayFollow'] }),
      errors: [
        {
          messageId: 'noFollowStanceOn',
          path: '/spec/socialMedia/professionalPages/0/clientsMayFollow',
          line: 68,
          column: 9,
          message:
            'the professional page on Facebook doesn\'t say whether clients may follow it: following or fanning the page shows the world that someone is your client. Add clientsMayFollow: false ("if you are a client, please don\'t follow this page"), or true if you have weighed that',
        },
      ],
    },
    {
      name: 'one finding per page without a stance',
      code: editPolicy({
        set: {
          'spec.socialMedia.professionalPages': [
            { platform: 'Facebook', url: 'https://facebook.example/riverbend' },
            { platform: 'Instagram', clientsMayFollow: false, comments: 'closed' },
            { platform: 'LinkedIn' },
          ],
        },
      }),
      errors: [
        { messageId: 'noFollowStanceOn', path: '/spec/socialMedia/professionalPages/0/clientsMayFollow', message: /^the professional page on Facebook / },
        { messageId: 'noFollowStanceOn', path: '/spec/socialMedia/professionalPages/2/clientsMayFollow', message: /^the professional page on LinkedIn / },
      ],
    },
    {
      name: 'a page without its (required) platform reads as a page with no name',
      code: editPolicy({ set: { 'spec.socialMedia.professionalPages': [{ url: 'https://facebook.example/riverbend' }] } }),
      schemaProblems: 1,
      errors: [{ messageId: 'noFollowStance', path: '/spec/socialMedia/professionalPages/0/clientsMayFollow', message: /^the professional page doesn't say whether clients may follow it: / }],
    },
  ],
});
