import type { Concerns, Contact, ContactMethod, Sharing, Spec } from '@clearframe/schema';
import { builder } from '../builder.js';
import { ContactMethodKindRef, ContactMethodRef } from './contact-method.js';
import { PrivacyRef } from './privacy.js';
import { RoutesRef } from './routes.js';
import { SocialMediaStanceRef } from './social-media-stance.js';
import { TurnaroundRef } from './turnaround.js';

const AcknowledgementRef = builder.enumType('Acknowledgement', {
  values: { SIGNED: { value: 'signed' }, VERBAL: { value: 'verbal' }, NONE: { value: 'none' } } as const,
});

const ContactRef = builder.objectRef<Contact>('Contact').implement({
  fields: (t) => ({
    methods: t.field({
      type: [ContactMethodRef],
      nullable: true,
      description: 'Every method the practice does or does not use; the arguments narrow the list.',
      args: { kind: t.arg({ type: ContactMethodKindRef }), offered: t.arg.boolean() },
      resolve: (contact, args) =>
        contact.methods?.filter((m: ContactMethod) => (args.kind == null || m.kind === args.kind) && (args.offered == null || (m.offered ?? true) === args.offered)) ?? null,
    }),
    routes: t.field({ type: RoutesRef, nullable: true, resolve: (c) => (c.routes ? { value: c.routes, methods: c.methods ?? [] } : null) }),
    betweenSessions: t.exposeString('betweenSessions', { nullable: true, description: 'Whether and how clients can reach the therapist between sessions.' }),
  }),
});

const ConcernsRef = builder.objectRef<Concerns>('Concerns').implement({
  description: 'Private channels for raising concerns (instead of public reviews).',
  fields: (t) => ({
    channels: t.exposeStringList('channels', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const SharingRef = builder.objectRef<Sharing>('Sharing').implement({
  description: 'How the policy reaches clients.',
  fields: (t) => ({
    atIntake: t.exposeBoolean('atIntake', { nullable: true, description: 'Reviewed with each client at intake.' }),
    acknowledgement: t.expose('acknowledgement', { type: AcknowledgementRef, nullable: true }),
    url: t.exposeString('url', { nullable: true, description: 'Where the policy is published.' }),
  }),
});

export const PolicySpecRef = builder.objectRef<Spec>('PolicySpec').implement({
  description: 'spec: the policy itself.',
  fields: (t) => ({
    contact: t.expose('contact', { type: ContactRef, nullable: true }),
    turnaround: t.expose('turnaround', { type: TurnaroundRef, nullable: true }),
    socialMedia: t.expose('socialMedia', { type: SocialMediaStanceRef, nullable: true }),
    privacy: t.expose('privacy', { type: PrivacyRef, nullable: true }),
    concerns: t.expose('concerns', { type: ConcernsRef, nullable: true }),
    sharing: t.expose('sharing', { type: SharingRef, nullable: true }),
  }),
});
