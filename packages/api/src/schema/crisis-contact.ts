import type { CrisisContact } from '@clearframe/schema';
import { builder } from '../builder.js';

const CrisisContactKindRef = builder.enumType('CrisisContactKind', {
  values: { CRISIS_LINE: { value: 'crisis-line' }, EMERGENCY: { value: 'emergency' }, OTHER: { value: 'other' } } as const,
});

export const CrisisContactRef = builder.objectRef<CrisisContact>('CrisisContact').implement({
  description: 'A crisis line or emergency number listed in the crisis route.',
  fields: (t) => ({
    name: t.exposeString('name'),
    number: t.exposeString('number', { nullable: true, description: 'Phone number as written ("988", "000").' }),
    kind: t.expose('kind', { type: CrisisContactKindRef, nullable: true }),
    text: t.exposeBoolean('text', { nullable: true, description: 'The number also accepts text messages.' }),
    url: t.exposeString('url', { nullable: true }),
    hours: t.exposeString('hours', { nullable: true }),
  }),
});
