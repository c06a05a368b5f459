import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './message-records.js';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    {
      name: 'no message-based method offered (phone and video only)',
      code: editPolicy({ set: { 'spec.contact.methods.2.offered': false, 'spec.contact.methods.3.offered': false, 'spec.contact.routes.clinical.via': ['office-phone'], 'spec.contact.routes.administrative.via': ['office-phone'] }, remove: ['spec.privacy.records'] }),
    },
  ],
  invalid: [
    {
      name: 'no privacy.records points at privacy',
      code: editPolicy({ remove: ['spec.privacy.records'] }),
      errors: [
        {
          messageId: 'noRecordsStance',
          path: '/spec/privacy/records',
          line: 71,
          column: 3,
          message:
            'the policy offers e-mail and secure messaging app but doesn\'t say whether messages become part of the clinical record: add privacy.records, e.g. "Messages about your care become part of your clinical record."',
        },
      ],
    },
    {
      name: 'a blank records note says nothing',
      code: editPolicy({ set: { 'spec.privacy.records': ' ' } }),
      errors: [{ messageId: 'noRecordsStance', path: '/spec/privacy/records', line: 75, column: 5 }],
    },
    {
      name: 'texts offered on a condition count as offered',
      code: editPolicy({
        set: { 'spec.contact.methods.1.offered': true, 'spec.contact.methods.1.addressProvided': 'at-intake', 'spec.contact.methods.1.condition': 'Only after your first appointment.' },
        remove: ['spec.privacy.records', 'spec.contact.methods.3', 'spec.contact.methods.2'],
      }),
      errors: [{ messageId: 'noRecordsStance', path: '/spec/privacy/records', message: /^the policy offers text messages but/ }],
    },
  ],
});
