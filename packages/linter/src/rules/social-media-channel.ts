import { defineRule } from '../rule.js';

const NEEDS = ['clinical', 'urgent', 'crisis'] as const;
const FOR: Record<(typeof NEEDS)[number], string> = { clinical: 'clinical matters', urgent: 'urgent matters', crisis: 'crises' };

export default defineRule({
  meta: {
    id: 'social-media-channel',
    severity: 'warning',
    description: 'Disallow social-media methods in the clinical, urgent and crisis routes.',
    source: 'Kolmes, NASW 2017',
    messages: {
      socialMediaRoute: 'the {{route}} route sends clients to "{{id}}", a social-media method: messages there are not private and can show others that you are in therapy; use a secure or direct channel for {{purpose}}',
    },
  },
  check({ spec, report }) {
    const kinds = new Map((spec.contact?.methods ?? []).map((method) => [method.id, method.kind]));
    for (const need of NEEDS) {
      const via = spec.contact?.routes?.[need]?.via ?? [];
      via.forEach((id, index) => {
        if (kinds.get(id) !== 'social-media') return;
        report(`/spec/contact/routes/${need}/via/${index}`, 'socialMediaRoute', { route: need, id, purpose: FOR[need] });
      });
    }
  },
});
