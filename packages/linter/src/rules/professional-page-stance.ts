import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'professional-page-stance',
    severity: 'info',
    description: 'Require every professional page to say whether clients may follow it (clientsMayFollow).',
    source: 'Kolmes',
    messages: {
      noFollowStance: `the professional page doesn't say whether clients may follow it: following or fanning the page shows the world that someone is your client. Add clientsMayFollow: false ("if you are a client, please don't follow this page"), or true if you have weighed that`,
      noFollowStanceOn: `the professional page on {{platform}} doesn't say whether clients may follow it: following or fanning the page shows the world that someone is your client. Add clientsMayFollow: false ("if you are a client, please don't follow this page"), or true if you have weighed that`,
    },
  },
  check({ spec, report }) {
    const pages = spec.socialMedia?.professionalPages;
    if (!Array.isArray(pages)) return;
    pages.forEach((page, index) => {
      if (typeof page !== 'object' || page === null || page.clientsMayFollow !== undefined) return;
      const path = `/spec/socialMedia/professionalPages/${index}/clientsMayFollow`;
      if (typeof page.platform === 'string') report(path, 'noFollowStanceOn', { platform: page.platform });
      else report(path, 'noFollowStance');
    });
  },
});
