import { defineRule, hasText } from '../rule.js';

export default defineRule({
  meta: {
    id: 'turnaround-exceptions',
    severity: 'warning',
    description: 'Require turnaround.excludes, saying whether weekends, holidays and vacations count toward the reply time.',
    source: 'PCT 3, Balick',
    messages: {
      noExcludes: "the turnaround time doesn't say whether weekends, holidays or vacations count: add turnaround.excludes, e.g. [weekends, holidays, vacations], or [] if you reply on those days too",
    },
  },
  check({ spec, report }) {
    const turnaround = spec.turnaround;
    // A schedule in words ("answered by Thursday 5 pm") already states the window, exceptions included.
    if (!turnaround || (hasText(turnaround.schedule) && !hasText(turnaround.within))) return;
    if (turnaround.excludes === undefined) {
      report('/spec/turnaround/excludes', 'noExcludes');
    }
  },
});
