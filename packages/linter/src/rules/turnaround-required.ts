import { defineRule, hasText } from '../rule.js';
import { offeredAsynchronousMethods } from './util.js';

export default defineRule({
  meta: {
    id: 'turnaround-required',
    severity: 'error',
    description: 'Require an official turnaround time (turnaround.within or turnaround.schedule, or a turnaround.within on every offered message-based method).',
    source: 'PCT 3',
    messages: {
      noTurnaroundSection: 'no turnaround section: say how fast you reply to messages, e.g. turnaround: { within: 24h }{{partly}}',
      noTurnaroundTime: 'no official turnaround time: add turnaround.within, e.g. "24h" or "2 business days"{{partly}}',
    },
  },
  check({ spec, report }) {
    const turnaround = spec.turnaround;
    if (hasText(turnaround?.within) || hasText(turnaround?.schedule)) return;
    // Per-channel reply times state the turnaround when every channel that waits for a reply has one.
    const asynchronous = offeredAsynchronousMethods(spec);
    const without = asynchronous.filter(({ method }) => !hasText(method.turnaround?.within));
    if (asynchronous.length > 0 && without.length === 0) return;
    const partly = asynchronous.length > without.length ? ` (${without.map(({ method }) => `"${method.id}"`).join(', ')} ${without.length === 1 ? 'has' : 'have'} no turnaround of its own)` : '';
    if (!turnaround) {
      report('/spec/turnaround/within', 'noTurnaroundSection', { partly });
    } else {
      report('/spec/turnaround/within', 'noTurnaroundTime', { partly });
    }
  },
});
