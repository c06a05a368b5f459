import { defineRule, hasText } from '../rule.js';

const NEEDS = [
  { route: 'administrative', need: 'scheduling, cancellations and billing' },
  { route: 'clinical', need: 'check-ins, homework or journaling between sessions (or that these wait for the session)' },
] as const;

export default defineRule({
  meta: {
    id: 'contact-by-need',
    severity: 'warning',
    description: 'Require an administrative and a clinical route saying which contact method to use for each need.',
    source: 'PCT 2',
    messages: {
      noRoute: 'no {{route}} route: add contact.routes.{{route}} saying which method clients should use for {{need}}',
      routeNamesNoMethod: 'the {{route}} route names no method and has no note: add via or a note saying which method clients should use for {{need}}',
    },
  },
  check({ spec, report }) {
    for (const { route, need } of NEEDS) {
      const found = spec.contact?.routes?.[route];
      const path = `/spec/contact/routes/${route}`;
      if (!found) {
        report(path, 'noRoute', { route, need });
      } else if ((found.via ?? []).length === 0 && !hasText(found.note)) {
        report(path, 'routeNamesNoMethod', { route, need });
      }
    }
  },
});
