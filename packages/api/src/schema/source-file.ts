import { builder } from '../builder.js';
import type { SourceFile } from '../store/rows.js';

export const SourceFileRef = builder.objectRef<SourceFile>('SourceFile').implement({
  description: 'A YAML file a policy version was built from: the policy and the ClinicDefaults it extends.',
  fields: (t) => ({
    path: t.exposeString('path', { description: 'Path relative to the repository root.' }),
    source: t.exposeString('source'),
  }),
});

export const SourceFileInputRef = builder.inputType('SourceFileInput', {
  description: 'A YAML file sent for linting or publishing.',
  fields: (t) => ({
    path: t.string({ required: true, description: 'Path relative to the repository root, e.g. clinics/riverbend/policies/jane-rivera.yaml.' }),
    source: t.string({ required: true }),
  }),
});
