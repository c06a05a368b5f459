import { defineRule, hasText } from '../rule.js';

export default defineRule({
  meta: {
    id: 'online-encounters',
    severity: 'info',
    description: 'Require a statement on chance encounters online (socialMedia.encounters).',
    source: 'NASW 2017',
    messages: {
      noEncounterStance: 'the policy does not say what you do if you and a client meet online by chance: add socialMedia.encounters, e.g. that you will not interact unless the client approaches you first',
    },
  },
  check({ spec, report }) {
    if (spec.socialMedia && !hasText(spec.socialMedia.encounters)) {
      report('/spec/socialMedia/encounters', 'noEncounterStance');
    }
  },
});
