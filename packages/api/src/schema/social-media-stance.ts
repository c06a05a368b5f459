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
  values: { ALLOWED: { value: 'allowed' }, DISCOURAGED: { value: 'discouraged' }, NOT_ALLOWED: { value: 'not-allowed' } } as const,
});

const FriendingRef = builder.objectRef<Of<'friending'>>('Friending').implement({
  fields: (t) => ({
    allowed: t.field({
      type: FriendingAllowedRef,
      nullable: true,
      resolve: (f) => (f.allowed === undefined ? null : f.allowed === 'case-by-case' ? f.allowed : f.allowed ? 'yes' : 'no'),
    }),
    confidentialityNote: t.exposeString('confidentialityNote', { nullable: true, description: 'Why a friend list can reveal who is a client.' }),
    rationale: t.exposeString('rationale', { nullable: true }),
  }),
});

const FollowingRef = builder.objectRef<Of<'following'>>('Following').implement({
  fields: (t) => ({
    therapistFollowsClients: t.exposeBoolean('therapistFollowsClients', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const SearchingClientsRef = builder.objectRef<Of<'searchingClients'>>('SearchingClients').implement({
  fields: (t) => ({
    allowed: t.exposeBoolean('allowed', { nullable: true }),
    exceptions: t.exposeString('exceptions', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const InteractingRef = builder.objectRef<Of<'interacting'>>('Interacting').implement({
  fields: (t) => ({
    publicReplies: t.expose('publicReplies', { type: PublicRepliesRef, nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const ProfessionalPageRef = builder.objectRef<Of<'professionalPages'>[number]>('ProfessionalPage').implement({
  fields: (t) => ({
    platform: t.exposeString('platform'),
    url: t.exposeString('url', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

const ReviewSitesRef = builder.objectRef<Of<'reviewSites'>>('ReviewSites').implement({
  fields: (t) => ({
    solicitTestimonials: t.exposeBoolean('solicitTestimonials', { nullable: true }),
    respondPublicly: t.exposeBoolean('respondPublicly', { nullable: true }),
    note: t.exposeString('note', { nullable: true }),
  }),
});

export const SocialMediaStanceRef = builder.objectRef<SocialMedia>('SocialMediaStance').implement({
  description: 'socialMedia: the practice\'s stance on social media (present even when it does not use any).',
  fields: (t) => ({
    uses: t.exposeBoolean('uses', { nullable: true }),
    friending: t.expose('friending', { type: FriendingRef, nullable: true }),
    following: t.expose('following', { type: FollowingRef, nullable: true }),
    searchingClients: t.expose('searchingClients', { type: SearchingClientsRef, nullable: true }),
    interacting: t.expose('interacting', { type: InteractingRef, nullable: true }),
    professionalPages: t.expose('professionalPages', { type: [ProfessionalPageRef], nullable: true }),
    reviewSites: t.expose('reviewSites', { type: ReviewSitesRef, nullable: true }),
    encounters: t.exposeString('encounters', { nullable: true, description: 'What happens when therapist and client meet online by chance.' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});
