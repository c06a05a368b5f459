import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'searching-clients',
    severity: 'warning',
    description: 'Require a stance on searching for clients online (socialMedia.searchingClients).',
    source: 'NASW 2017',
    messages: {
      noSearchingStance: 'the policy does not say whether you look clients up online: add socialMedia.searchingClients, e.g. { allowed: false, exceptions: Imminent safety concerns }',
    },
  },
  check({ spec, report }) {
    if (spec.socialMedia && !spec.socialMedia.searchingClients) {
      report('/spec/socialMedia/searchingClients', 'noSearchingStance');
    }
  },
});
