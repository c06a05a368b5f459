import { defineRule, hasText } from '../rule.js';

export default defineRule({
  meta: {
    id: 'turnaround-required',
    severity: 'error',
    description: 'Require an official turnaround time (turnaround.within).',
    source: 'PCT 3',
  },
  check({ spec, report }) {
    if (!spec.turnaround) {
      report('/spec/turnaround/within', 'no turnaround section: say how fast you reply to messages, e.g. turnaround: { within: 24h }');
    } else if (!hasText(spec.turnaround.within)) {
      report('/spec/turnaround/within', 'no official turnaround time: add turnaround.within, e.g. "24h" or "2 business days"');
    }
  },
});
