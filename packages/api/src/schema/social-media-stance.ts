import type { SocialMedia } from '@clearframe/schema';
import { builder } from '../builder.js';

type Of<K extends keyof SocialMedia> = NonNullable<SocialMedia[K]>;

export const FriendingAllowedRef = builder.enumType('FriendingAllowed', {
  description: 'socialMedia.friending.allowed: true, false or "case-by-case".',
  values: { YES: { value: 'yes' }, NO: { value: 'no' }, CASE_BY_CASE: { value: 'case-by-case' } } as const,
});

/** The format's value (true, false or "case-by-case") for a FriendingAllowed enum value. */
export function friendingValue(value: 'yes' | 'no' | 'case-by-case'): boolean | 'case-by-case' {
  return value === 'case-by-case' ? value : value === 'yes';
}

const PublicRepliesRef = builder.enumType('PublicReplies', {
  description: 'Whether clients may reply or comment publicly.',
  values: { ALLOWED: { value: 'allowed' }, DISCOURAGED: { value: 'discouraged' }, NOT_ALLOWED: { value: 'not-allowed' } } as const,
});

const PageCommentsRef = builder.enumType('PageComments', {
  description: 'Comments on a professional page.',
  values: { OPEN: { value: 'open' }, MODERATED: { value: 'moderated' }, CLOSED: { value: 'closed' } } as const,
});

const note = { nullable: true, description: 'Free text shown to clients.' } as const;

const FriendingRef = builder.objectRef<Of<'friending'>>('Friending').implement({
  description: 'Whether clients may friend or connect with the clinician on personal accounts.',
  fields: (t) => ({
    allowed: t.field({
      type: FriendingAllowedRef,
      nullable: true,
      description: 'Yes, no or case by case.',
      resolve: (f) => (f.allowed === undefined ? null : f.allowed === 'case-by-case' ? f.allowed : f.allowed ? 'yes' : 'no'),
    }),
    confidentialityNote: t.exposeString('confidentialityNote', { nullable: true, description: 'Why a friend list can reveal who is a client.' }),
    rationale: t.exposeString('rationale', { nullable: true, description: 'Why the practice takes this stance.' }),
    note: t.exposeString('note', note),
  }),
});

const FollowingRef = builder.objectRef<Of<'following'>>('Following').implement({
  description: 'Whether the clinician follows clients online.',
  fields: (t) => ({
    therapistFollowsClients: t.exposeBoolean('therapistFollowsClients', { nullable: true, description: 'true if the clinician follows clients on social media.' }),
    note: t.exposeString('note', note),
  }),
});

const SearchingClientsRef = builder.objectRef<Of<'searchingClients'>>('SearchingClients').implement({
  description: 'Whether the clinician searches for clients online.',
  fields: (t) => ({
    allowed: t.exposeBoolean('allowed', { nullable: true, description: 'true if the clinician searches for clients online.' }),
    exceptions: t.exposeString('exceptions', { nullable: true, description: 'When the clinician would search anyway, e.g. imminent safety concerns.' }),
    note: t.exposeString('note', note),
  }),
});

const InteractingRef = builder.objectRef<Of<'interacting'>>('Interacting').implement({
  description: 'Public replies and comments between clients and the clinician.',
  fields: (t) => ({
    publicReplies: t.expose('publicReplies', { type: PublicRepliesRef, nullable: true, description: 'Allowed, discouraged or not allowed.' }),
    note: t.exposeString('note', note),
  }),
});

const ProfessionalPageRef = builder.objectRef<Of<'professionalPages'>[number]>('ProfessionalPage').implement({
  description: "A professional page or account of the practice.",
  fields: (t) => ({
    platform: t.exposeString('platform', { description: 'Platform, e.g. Facebook or Instagram.' }),
    url: t.exposeString('url', { nullable: true, description: 'Link to the page.' }),
    clientsMayFollow: t.exposeBoolean('clientsMayFollow', {
      nullable: true,
      description: 'false: "if you are a client, please don\'t follow this page" (Kolmes); null when the policy does not say.',
    }),
    comments: t.expose('comments', { type: PageCommentsRef, nullable: true, description: 'Whether comments on the page are open, moderated or closed.' }),
    note: t.exposeString('note', note),
  }),
});

const ReviewSitesRef = builder.objectRef<Of<'reviewSites'>>('ReviewSites').implement({
  description: 'Review sites and testimonials.',
  fields: (t) => ({
    solicitTestimonials: t.exposeBoolean('solicitTestimonials', { nullable: true, description: 'true if clients are asked for testimonials or reviews (APA 5.05, NASW 4.07 do not allow it).' }),
    publishTestimonials: t.exposeBoolean('publishTestimonials', { nullable: true, description: 'true if the practice publishes testimonials (not allowed in Australia).' }),
    respondPublicly: t.exposeBoolean('respondPublicly', { nullable: true, description: 'true if the clinician replies publicly to reviews.' }),
    note: t.exposeString('note', note),
  }),
});

export const SocialMediaStanceRef = builder.objectRef<SocialMedia>('SocialMediaStance').implement({
  description: 'socialMedia: the practice\'s stance on social media (present even when it does not use any).',
  fields: (t) => ({
    uses: t.exposeBoolean('uses', { nullable: true, description: 'Whether the practice uses social media at all.' }),
    friending: t.expose('friending', { type: FriendingRef, nullable: true, description: 'Friend and connection requests from clients.' }),
    following: t.expose('following', { type: FollowingRef, nullable: true, description: 'Whether the clinician follows clients.' }),
    searchingClients: t.expose('searchingClients', { type: SearchingClientsRef, nullable: true, description: 'Whether the clinician searches for clients online.' }),
    interacting: t.expose('interacting', { type: InteractingRef, nullable: true, description: 'Public replies and comments.' }),
    professionalPages: t.expose('professionalPages', { type: [ProfessionalPageRef], nullable: true, description: "The practice's professional pages or accounts." }),
    reviewSites: t.expose('reviewSites', { type: ReviewSitesRef, nullable: true, description: 'Review sites and testimonials.' }),
    encounters: t.exposeString('encounters', { nullable: true, description: 'What happens when therapist and client meet online by chance.' }),
    note: t.exposeString('note', note),
  }),
});
