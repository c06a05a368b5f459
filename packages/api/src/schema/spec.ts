import type { Concerns, Contact, ContactMethod, Sharing, Spec, Telehealth } from '@clearframe/schema';
import { builder } from '../builder.js';
import { ContactMethodKindRef, ContactMethodRef } from './contact-method.js';
import { PrivacyRef } from './privacy.js';
import { RoutesRef } from './routes.js';
import { SocialMediaStanceRef } from './social-media-stance.js';
import { TurnaroundRef } from './turnaround.js';

const note = { nullable: true, description: 'Free text shown to clients.' } as const;

const AcknowledgementRef = builder.enumType('Acknowledgement', {
  description: 'How clients acknowledge the policy.',
  values: { SIGNED: { value: 'signed' }, VERBAL: { value: 'verbal' }, NONE: { value: 'none' } } as const,
});

const ContactRef = builder.objectRef<Contact>('Contact').implement({
  description: 'How to reach the practice, and which way for which need.',
  fields: (t) => ({
    methods: t.field({
      type: [ContactMethodRef],
      nullable: true,
      description: 'Every method the practice does or does not use; the arguments narrow the list.',
      args: { kind: t.arg({ type: ContactMethodKindRef }), offered: t.arg.boolean() },
      resolve: (contact, args) =>
        contact.methods?.filter((m: ContactMethod) => (args.kind == null || m.kind === args.kind) && (args.offered == null || (m.offered ?? true) === args.offered)) ?? null,
    }),
    routes: t.field({ type: RoutesRef, nullable: true, description: 'Which method for which need.', resolve: (c) => (c.routes ? { value: c.routes, methods: c.methods ?? [] } : null) }),
    betweenSessions: t.exposeString('betweenSessions', { nullable: true, description: 'Whether and how clients can reach the therapist between sessions.' }),
    note: t.exposeString('note', note),
  }),
});

const ConcernsRef = builder.objectRef<Concerns>('Concerns').implement({
  description: 'Private channels for raising concerns (instead of public reviews).',
  fields: (t) => ({
    channels: t.exposeStringList('channels', { nullable: true, description: 'Private ways to raise a concern, e.g. a contact form (a pseudonym is fine).' }),
    note: t.exposeString('note', note),
  }),
});

const SharingRef = builder.objectRef<Sharing>('Sharing').implement({
  description: 'How the policy reaches clients.',
  fields: (t) => ({
    atIntake: t.exposeBoolean('atIntake', { nullable: true, description: 'Reviewed with each client at intake.' }),
    acknowledgement: t.expose('acknowledgement', { type: AcknowledgementRef, nullable: true, description: 'Signed, verbal or none.' }),
    url: t.exposeString('url', { nullable: true, description: 'Where the policy is published.' }),
    note: t.exposeString('note', note),
  }),
});

const TelehealthRef = builder.objectRef<Telehealth>('Telehealth').implement({
  description: 'Where the clinician may practise by video or phone, and where the client must be.',
  fields: (t) => ({
    licensedIn: t.exposeStringList('licensedIn', { nullable: true, description: 'Jurisdictions where the clinician is licensed to practise (US-CA, GB, …).' }),
    clientLocation: t.exposeString('clientLocation', { nullable: true, description: 'Where the client must be during sessions, in the words shown to clients.' }),
    note: t.exposeString('note', note),
  }),
});

export const PolicySpecRef = builder.objectRef<Spec>('PolicySpec').implement({
  description: 'spec: the policy itself.',
  fields: (t) => ({
    contact: t.expose('contact', { type: ContactRef, nullable: true, description: 'Contact methods and routes.' }),
    turnaround: t.expose('turnaround', { type: TurnaroundRef, nullable: true, description: 'The official reply time for messages.' }),
    socialMedia: t.expose('socialMedia', { type: SocialMediaStanceRef, nullable: true, description: 'The stance on social media.' }),
    privacy: t.expose('privacy', { type: PrivacyRef, nullable: true, description: 'Privacy of electronic communication and records.' }),
    concerns: t.expose('concerns', { type: ConcernsRef, nullable: true, description: 'Private channels for concerns.' }),
    sharing: t.expose('sharing', { type: SharingRef, nullable: true, description: 'How the policy reaches clients.' }),
    telehealth: t.expose('telehealth', { type: TelehealthRef, nullable: true, description: 'Telehealth licensure and client location.' }),
  }),
});
