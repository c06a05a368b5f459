import { defineRule } from '../rule.js';
import { isOffered } from './util.js';

const ROUTES = ['administrative', 'clinical', 'urgent', 'crisis'] as const;

export default defineRule({
  meta: {
    id: 'route-unknown-method',
    severity: 'error',
    description: 'Disallow routes that name a contact method that does not exist or is not offered.',
    source: '—',
    messages: {
      unknownMethod: 'the {{route}} route uses "{{id}}", but no contact method has that id: fix the id or add the method under contact.methods',
      methodNotOffered: 'the {{route}} route uses "{{id}}", but that method is marked as not offered (offered: false): remove it from the route, or offer the method',
    },
  },
  check({ spec, report }) {
    const routes = spec.contact?.routes;
    if (!routes) return;
    const methods = spec.contact?.methods ?? [];
    for (const name of ROUTES) {
      (routes[name]?.via ?? []).forEach((id, index) => {
        const path = `/spec/contact/routes/${name}/via/${index}`;
        const method = methods.find((m) => m.id === id);
        if (!method) {
          report(path, 'unknownMethod', { route: name, id });
        } else if (!isOffered(method)) {
          report(path, 'methodNotOffered', { route: name, id });
        }
      });
    }
  },
});
