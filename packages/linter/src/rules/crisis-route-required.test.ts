import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './crisis-route-required.js';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'instructions alone', code: editPolicy({ remove: ['spec.contact.routes.crisis.contacts'] }) },
    { name: 'contacts alone', code: editPolicy({ remove: ['spec.contact.routes.crisis.instructions'] }) },
  ],
  invalid: [
    {
      name: 'no crisis route points at routes',
      code: editPolicy({ remove: ['spec.contact.routes.crisis'] }),
      errors: [{ messageId: 'noCrisisRoute', path: '/spec/contact/routes/crisis', line: 44, column: 5, message: /^no crisis route/ }],
    },
    {
      name: 'no routes at all points at contact',
      code: editPolicy({ remove: ['spec.contact.routes'] }),
      errors: [{ messageId: 'noCrisisRoute', path: '/spec/contact/routes/crisis', line: 16, column: 3 }],
    },
    {
      name: 'crisis route with neither instructions nor contacts',
      code: editPolicy({ remove: ['spec.contact.routes.crisis.instructions', 'spec.contact.routes.crisis.contacts'] }),
      errors: [{ messageId: 'emptyCrisisRoute', path: '/spec/contact/routes/crisis', line: 47, column: 7, message: 'the crisis route has neither instructions nor contacts: add what to do and whom to call' }],
    },
    {
      name: 'blank instructions and an empty contact list',
      code: editPolicy({ set: { 'spec.contact.routes.crisis.instructions': '  ', 'spec.contact.routes.crisis.contacts': [] } }),
      errors: [{ messageId: 'emptyCrisisRoute', path: '/spec/contact/routes/crisis', line: 47 }],
    },
  ],
});
