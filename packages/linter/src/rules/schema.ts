import { defineRule } from '../rule.js';

/** Produced by the lint engine from YAML parsing, JSON Schema validation and `extends` resolution (@clearframe/schema). */
export default defineRule({
  meta: {
    id: 'schema',
    severity: 'error',
    description: 'Require every policy file to be valid YAML that matches the Clearframe JSON Schema.',
    source: '—',
    // Its findings carry the parser's and the validator's own text (from @clearframe/schema), not a template.
    messages: {},
    scope: 'engine',
  },
});
