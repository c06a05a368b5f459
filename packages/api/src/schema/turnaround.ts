import type { Turnaround } from '@clearframe/schema';
import { builder } from '../builder.js';

const TurnaroundExclusionRef = builder.enumType('TurnaroundExclusion', {
  description: 'A period the reply time does not count.',
  values: {
    WEEKENDS: { value: 'weekends' },
    HOLIDAYS: { value: 'holidays' },
    VACATIONS: { value: 'vacations' },
    EVENINGS: { value: 'evenings' },
    NIGHTS: { value: 'nights' },
    OUTSIDE_OFFICE_HOURS: { value: 'outside-office-hours' },
  } as const,
});

export const TurnaroundRef = builder.objectRef<Turnaround>('Turnaround').implement({
  description: 'A reply time for messages: the policy-wide one (spec.turnaround) or one contact method\'s own.',
  fields: (t) => ({
    within: t.exposeString('within', {
      nullable: true,
      description: 'As written: "24h", "2d", "48 hours", "2 business days", "1 working day", or a range such as "24-48h" or "1-2 business days".',
    }),
    schedule: t.exposeString('schedule', {
      nullable: true,
      description: 'A reply window in words, e.g. "E-mails received by Tuesday noon are answered by Thursday 5 pm."',
    }),
    excludes: t.expose('excludes', {
      type: [TurnaroundExclusionRef],
      nullable: true,
      description: 'Periods the turnaround does not count; an empty list means none, null means the policy does not say.',
    }),
    fasterRepliesNotGuaranteed: t.exposeBoolean('fasterRepliesNotGuaranteed', { nullable: true, description: 'true: a faster reply now and then is not a promise.' }),
    note: t.exposeString('note', { nullable: true, description: 'Free text shown to clients.' }),
  }),
});
