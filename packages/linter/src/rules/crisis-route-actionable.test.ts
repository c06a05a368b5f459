import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './crisis-route-actionable.js';

const HEADER = `apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata: { id: sam-lee, jurisdiction: US }
`;

const CLINIC_WITH_WORDS_ONLY = `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    routes:
      crisis:
        instructions: We are not able to respond to emergencies.
`;

const crisis = 'spec.contact.routes.crisis';
const contacts = `${crisis}.contacts`;
const wordsOnly = 'We are not able to respond to emergencies.';

ruleTester(rule, {
  valid: [
    { name: 'complete policy: crisis line and emergency number', code: VALID_POLICY },
    {
      name: 'one contact with a number is enough, whatever its kind',
      code: editPolicy({ set: { [contacts]: [{ name: 'County crisis team', number: '555 0100', kind: 'other' }] } }),
    },
    {
      name: 'a contact with only a link (an online crisis chat) is something to act on',
      code: editPolicy({ set: { [contacts]: [{ name: 'Online crisis chat', url: 'https://chat.example.org' }] } }),
    },
    {
      name: 'instructions with an offered phone under via',
      code: editPolicy({ set: { [`${crisis}.via`]: ['office-phone'] }, remove: [contacts] }),
    },
    {
      name: 'via with only e-mail is left to crisis-route-async-only (one finding per problem)',
      code: editPolicy({ set: { [`${crisis}.via`]: ['email'] }, remove: [contacts] }),
    },
    { name: 'no crisis route is left to crisis-route-required', code: editPolicy({ remove: [crisis] }) },
    { name: 'an empty crisis route is left to crisis-route-required', code: editPolicy({ set: { [crisis]: {} } }) },
  ],
  invalid: [
    {
      name: 'a crisis route that is only words ("we are not able to respond to emergencies")',
      code: `${HEADER}spec:
  contact:
    routes:
      crisis:
        instructions: ${wordsOnly}
`,
      errors: [{ messageId: 'nowhereToTurn', path: '/spec/contact/routes/crisis', line: 7, column: 7, message: /gives clients nowhere to turn/ }],
    },
    {
      name: 'instructions that name numbers in words only: the text is never parsed',
      code: editPolicy({ set: { [`${crisis}.instructions`]: 'Call 911 or go to the nearest emergency room.' }, remove: [contacts] }),
      errors: [{ messageId: 'nowhereToTurn', path: '/spec/contact/routes/crisis', message: /add a crisis line or the emergency number/ }],
    },
    {
      name: 'contacts with names but neither number nor link',
      code: editPolicy({ set: { [contacts]: [{ name: 'Your local emergency room' }] } }),
      errors: [{ messageId: 'nowhereToTurn', path: '/spec/contact/routes/crisis' }],
    },
    {
      name: 'a via entry naming a method that is not offered does not count',
      code: editPolicy({ set: { [`${crisis}.via`]: ['text'] }, remove: [contacts] }),
      errors: [{ messageId: 'nowhereToTurn', path: '/spec/contact/routes/crisis' }],
    },
    {
      name: 'a via entry naming a method that does not exist does not count',
      code: editPolicy({ set: { [`${crisis}.via`]: ['pager'] }, remove: [contacts] }),
      errors: [{ messageId: 'nowhereToTurn', path: '/spec/contact/routes/crisis' }],
    },
    {
      name: 'an inherited words-only crisis route is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: [crisis], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC_WITH_WORDS_ONLY,
        'other-policy.yaml': editPolicy({ remove: [crisis], set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' } }),
      },
      errors: [{ messageId: 'nowhereToTurn', path: '/spec/contact/routes/crisis', line: 7, column: 7, filePath: 'clinic.yaml' }],
    },
  ],
});
