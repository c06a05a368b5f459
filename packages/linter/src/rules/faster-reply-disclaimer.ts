import { defineRule, hasText } from '../rule.js';

export default defineRule({
  meta: {
    id: 'faster-reply-disclaimer',
    severity: 'warning',
    description: 'Require stating that replies faster than the turnaround time are not guaranteed (turnaround.fasterRepliesNotGuaranteed: true).',
    source: 'PCT 3',
    messages: {
      disclaimerFalse: 'fasterRepliesNotGuaranteed is false, which tells clients to expect quick replies: set it to true so that an occasional fast answer is not taken as a promise',
      noDisclaimer: "the policy doesn't say that a quick reply now and then is not a promise: add turnaround.fasterRepliesNotGuaranteed: true",
    },
  },
  check({ spec, report }) {
    const turnaround = spec.turnaround;
    // A schedule in words ("answered by Thursday 5 pm") already states the window; there is no time to beat.
    if (!turnaround || (hasText(turnaround.schedule) && !hasText(turnaround.within))) return;
    const value = turnaround.fasterRepliesNotGuaranteed;
    if (value === true) return;
    const path = '/spec/turnaround/fasterRepliesNotGuaranteed';
    if (value === false) {
      report(path, 'disclaimerFalse');
    } else {
      report(path, 'noDisclaimer');
    }
  },
});
