import type { Turnaround } from '@clearframe/schema';
import { builder } from '../builder.js';

const TurnaroundExclusionRef = builder.enumType('TurnaroundExclusion', {
  values: { WEEKENDS: { value: 'weekends' }, HOLIDAYS: { value: 'holidays' }, VACATIONS: { value: 'vacations' } } as const,
});

export const TurnaroundRef = builder.objectRef<Turnaround>('Turnaround').implement({
  description: 'The official reply time for messages.',
  fields: (t) => ({
    within: t.exposeString('within', { nullable: true, description: '"24h", "2d", "48 hours" or "2 business days".' }),
    excludes: t.expose('excludes', {
      type: [TurnaroundExclusionRef],
      nullable: true,
      description: 'Periods the turnaround does not count; an empty list means none, null means the policy does not say.',
    }),
    fasterRepliesNotGuaranteed: t.exposeBoolean('fasterRepliesNotGuaranteed', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});
