import { defineRule } from '../rule.js';

/** Produced by the lint engine while applying inline disable comments (src/disable.ts). */
export default defineRule({
  meta: {
    id: 'unused-disable',
    severity: 'warning',
    description: 'Disallow clearframe-disable comments that suppress nothing or name an unknown rule.',
    source: '—',
    messages: {
      noRuleIds: 'clearframe-disable-{{kind}} names no rule; list the rule ids it should silence',
      unknownRule: 'unknown rule "{{id}}" in clearframe-disable-{{kind}}; run `clearframe rules` for the list',
      locked: '"{{id}}" {{reason}}',
      unusedInFile: 'unused disable: no "{{id}}" finding in this file; remove "{{id}}" from the comment',
      unusedOnLines: 'unused disable: no "{{id}}" finding on line {{lines}}; remove "{{id}}" from the comment',
    },
    scope: 'engine',
  },
});
