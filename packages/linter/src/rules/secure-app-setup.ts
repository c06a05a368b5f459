import type { ContactMethod } from '@clearframe/schema';
import { defineRule, hasText } from '../rule.js';
import { isOffered, KIND_LABEL } from './util.js';

// Kinds a client usually has to install, register for or join before first use.
const NEEDS_SETUP = new Set<ContactMethod['kind']>(['secure-messaging', 'portal', 'video']);

export default defineRule({
  meta: {
    id: 'secure-app-setup',
    severity: 'warning',
    description: 'Require setup instructions on every offered secure messaging, portal or video method.',
    source: 'PCT 1',
    messages: {
      noSetup: 'contact method "{{id}}" ({{kind}}) has no setup instructions: add setup saying where clients get the app or link and how they join',
    },
  },
  check({ spec, report }) {
    (spec.contact?.methods ?? []).forEach((method, index) => {
      if (!isOffered(method) || !NEEDS_SETUP.has(method.kind) || hasText(method.setup)) return;
      report(`/spec/contact/methods/${index}/setup`, 'noSetup', { id: method.id, kind: KIND_LABEL[method.kind] });
    });
  },
});
