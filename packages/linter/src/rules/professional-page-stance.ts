import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'professional-page-stance',
    severity: 'info',
    description: 'Require every professional page to say whether clients may follow it (clientsMayFollow).',
    source: 'Kolmes',
  },
  check({ spec, report }) {
    const pages = spec.socialMedia?.professionalPages;
    if (!Array.isArray(pages)) return;
    pages.forEach((page, index) => {
      if (typeof page !== 'object' || page === null || page.clientsMayFollow !== undefined) return;
      const name = typeof page.platform === 'string' ? ` on ${page.platform}` : '';
      report(
        `/spec/socialMedia/professionalPages/${index}/clientsMayFollow`,
        `the professional page${name} doesn't say whether clients may follow it: following or fanning the page shows the world that someone is your client. Add clientsMayFollow: false ("if you are a client, please don't follow this page"), or true if you have weighed that`,
      );
    });
  },
});
