import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'faster-reply-disclaimer',
    severity: 'warning',
    description: 'Require stating that replies faster than the turnaround time are not guaranteed (turnaround.fasterRepliesNotGuaranteed: true).',
    source: 'PCT 3',
  },
  check({ spec, report }) {
    const value = spec.turnaround?.fasterRepliesNotGuaranteed;
    if (!spec.turnaround || value === true) return;
    const path = '/spec/turnaround/fasterRepliesNotGuaranteed';
    if (value === false) {
      report(path, 'fasterRepliesNotGuaranteed is false, which tells clients to expect quick replies: set it to true so that an occasional fast answer is not taken as a promise');
    } else {
      report(path, "the policy doesn't say that a quick reply now and then is not a promise: add turnaround.fasterRepliesNotGuaranteed: true");
    }
  },
});
