import { defineRule, hasText } from '../rule.js';
import { KIND_LABEL, offeredAsynchronousMethods } from './util.js';

export default defineRule({
  meta: {
    id: 'message-records',
    severity: 'info',
    description: 'Require a policy that offers messaging (e-mail, texts, secure messages, portal, web form) to say whether messages become part of the clinical record (privacy.records).',
    source: 'NASW 2017, PCT',
    messages: {
      noRecordsStance: `the policy offers {{kinds}} but doesn't say whether messages become part of the clinical record: add privacy.records, e.g. "Messages about your care become part of your clinical record."`,
    },
  },
  check({ spec, report }) {
    const methods = offeredAsynchronousMethods(spec);
    if (methods.length === 0 || hasText(spec.privacy?.records)) return;
    const labels = [...new Set(methods.map(({ method }) => KIND_LABEL[method.kind]))];
    const kinds = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}` : labels[0];
    report('/spec/privacy/records', 'noRecordsStance', { kinds: kinds! });
  },
});
