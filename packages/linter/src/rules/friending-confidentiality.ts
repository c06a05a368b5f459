import { defineRule, hasText } from '../rule.js';

export default defineRule({
  meta: {
    id: 'friending-confidentiality',
    severity: 'error',
    description: 'Require a confidentialityNote when friending clients is allowed or case-by-case.',
    source: 'Kolmes, NASW',
    messages: {
      noConfidentialityNote: 'friending clients is {{stance}} but there is no confidentialityNote: explain that a friend list can reveal who is a client',
    },
  },
  check({ spec, report }) {
    const friending = spec.socialMedia?.friending;
    if (!friending || friending.allowed === false || friending.allowed === undefined) return;
    if (!hasText(friending.confidentialityNote)) {
      const stance = friending.allowed === true ? 'allowed' : 'case-by-case';
      report('/spec/socialMedia/friending/confidentialityNote', 'noConfidentialityNote', { stance });
    }
  },
});
