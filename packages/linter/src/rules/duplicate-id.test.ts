import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './duplicate-id.js';

const other = (id: string, clinic?: string) => editPolicy({ set: { 'metadata.id': id, ...(clinic === undefined ? {} : { 'metadata.clinic': clinic }) } });
const withoutClinic = (id: string) => editPolicy({ set: { 'metadata.id': id }, remove: ['metadata.clinic'] });

ruleTester(rule, {
  valid: [
    { name: 'one policy', code: VALID_POLICY },
    { name: 'same id in different clinics', code: VALID_POLICY, files: { 'other.yaml': other('jane-rivera', 'lakeside') } },
    {
      name: 'clinic taken from the clinics/<clinic>/ directory',
      code: withoutClinic('sam'),
      path: 'clinics/riverbend/policies/sam.yaml',
      files: { 'clinics/lakeside/policies/sam.yaml': withoutClinic('sam') },
    },
  ],
  invalid: [
    {
      name: 'two policies with one clinic and id: both files are reported',
      code: VALID_POLICY,
      files: { 'copy.yaml': other('jane-rivera') },
      errors: [
        { messageId: 'duplicatePolicyId', line: 4, column: 3, path: '/metadata/id', message: 'policy id is used more than once in clinic "riverbend": also in copy.yaml' },
        { messageId: 'duplicatePolicyId', filePath: 'copy.yaml', line: 4, column: 3, message: 'policy id is used more than once in clinic "riverbend": also in policy.yaml' },
      ],
    },
    {
      name: 'policies without a clinic share one namespace',
      code: withoutClinic('sam'),
      path: 'a/sam.yaml',
      files: { 'b/sam.yaml': withoutClinic('sam') },
      errors: [
        { messageId: 'duplicateUnscopedPolicyId', filePath: 'a/sam.yaml', message: 'policy id is used more than once among policies with no clinic: also in b/sam.yaml' },
        { messageId: 'duplicateUnscopedPolicyId', filePath: 'b/sam.yaml', message: 'policy id is used more than once among policies with no clinic: also in a/sam.yaml' },
      ],
    },
    {
      name: 'two contact methods with one id',
      code: VALID_POLICY.replace('      - id: email\n', '      - id: office-phone\n'),
      errors: [{ messageId: 'duplicateMethodId', line: 26, column: 9, path: '/spec/contact/methods/2/id', message: 'contact method id "office-phone" is already used on line 18; give each method its own id' }],
    },
    {
      name: 'duplicate method ids in a ClinicDefaults file',
      code: 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  contact:\n    methods:\n      - { id: desk, kind: phone }\n      - { id: desk, kind: email }\n',
      path: 'clinic.yaml',
      errors: [{ messageId: 'duplicateMethodId', line: 8, column: 11, path: '/spec/contact/methods/1/id', message: 'contact method id "desk" is already used on line 7; give each method its own id' }],
    },
  ],
});
