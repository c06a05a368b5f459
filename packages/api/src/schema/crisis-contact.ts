import type { CrisisContact } from '@clearframe/schema';
import { builder } from '../builder.js';

const CrisisContactKindRef = builder.enumType('CrisisContactKind', {
  description: 'What a crisis contact is.',
  values: { CRISIS_LINE: { value: 'crisis-line' }, EMERGENCY: { value: 'emergency' }, OTHER: { value: 'other' } } as const,
});

export const CrisisContactRef = builder.objectRef<CrisisContact>('CrisisContact').implement({
  description: 'A crisis line or emergency number listed in the crisis route.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name of the service, e.g. 988 Suicide & Crisis Lifeline.' }),
    number: t.exposeString('number', { nullable: true, description: 'Phone number as written ("988", "000").' }),
    kind: t.expose('kind', { type: CrisisContactKindRef, nullable: true, description: 'Crisis line, emergency number or other.' }),
    text: t.exposeBoolean('text', { nullable: true, description: 'The number also accepts text messages.' }),
    url: t.exposeString('url', { nullable: true, description: 'Web address of the service (chat, information).' }),
    hours: t.exposeString('hours', { nullable: true, description: 'When the service answers, e.g. 24/7.' }),
    note: t.exposeString('note', { nullable: true, description: 'Free text shown to clients.' }),
  }),
});
