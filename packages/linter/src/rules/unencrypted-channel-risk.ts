import { defineRule, hasText } from '../rule.js';
import { offeredMethods } from './util.js';

export default defineRule({
  meta: {
    id: 'unencrypted-channel-risk',
    severity: 'warning',
    description: 'Require a privacy-risk note for every offered e-mail or text-message channel that is not secure.',
    source: 'NASW 2017',
    messages: {
      noRiskNote: 'the {{kind}} method "{{id}}" is not encrypted and nothing warns clients that others may read these messages: add a riskNote to it or privacy.electronicRisks',
    },
  },
  check({ spec, report }) {
    // One general note about electronic risks covers every insecure channel.
    if (hasText(spec.privacy?.electronicRisks)) return;
    for (const { method, pointer } of offeredMethods(spec, ['email', 'sms'])) {
      if (method.secure === true || hasText(method.riskNote)) continue;
      const kind = method.kind === 'email' ? 'e-mail' : 'text-message';
      report(`${pointer}/riskNote`, 'noRiskNote', { kind, id: method.id });
    }
  },
});
