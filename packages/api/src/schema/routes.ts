import type { ContactMethod, CrisisRoute, Route, Routes } from '@clearframe/schema';
import { builder } from '../builder.js';
import { ContactMethodRef } from './contact-method.js';
import { CrisisContactRef } from './crisis-contact.js';

/** A route with the policy's contact methods, so `methods` can resolve the ids in `via`. */
interface WithMethods<T> {
  value: T;
  methods: ContactMethod[];
}

const methodsOf = (via: string[] | undefined, methods: ContactMethod[]) =>
  (via ?? []).flatMap((id) => methods.filter((m) => m.id === id).slice(0, 1));

const RouteRef = builder.objectRef<WithMethods<Route>>('Route').implement({
  description: 'Which contact methods to use for one kind of need.',
  fields: (t) => ({
    via: t.stringList({ nullable: true, description: 'Ids of the contact methods for this need.', resolve: (r) => r.value.via ?? null }),
    methods: t.field({ type: [ContactMethodRef], description: 'The contact methods named in `via` (unknown ids are left out).', resolve: (r) => methodsOf(r.value.via, r.methods) }),
    note: t.string({ nullable: true, description: 'Free text shown to clients, e.g. "Scheduling and billing".', resolve: (r) => r.value.note ?? null }),
  }),
});

const CrisisRouteRef = builder.objectRef<WithMethods<CrisisRoute>>('CrisisRoute').implement({
  description: 'What to do in a crisis or emergency.',
  fields: (t) => ({
    instructions: t.string({ nullable: true, description: 'What to do in a crisis, in the words shown to clients.', resolve: (r) => r.value.instructions ?? null }),
    contacts: t.field({ type: [CrisisContactRef], nullable: true, description: 'Crisis lines and emergency numbers.', resolve: (r) => r.value.contacts ?? null }),
    via: t.stringList({ nullable: true, description: 'Practice methods also usable in a crisis.', resolve: (r) => r.value.via ?? null }),
    methods: t.field({ type: [ContactMethodRef], description: 'The contact methods named in `via`.', resolve: (r) => methodsOf(r.value.via, r.methods) }),
    note: t.string({ nullable: true, description: 'Free text shown to clients.', resolve: (r) => r.value.note ?? null }),
  }),
});

const route = (value: Route | undefined, methods: ContactMethod[]) => (value ? { value, methods } : null);

export const RoutesRef = builder.objectRef<WithMethods<Routes>>('Routes').implement({
  description: 'Which method for which need (administrative, clinical, urgent, crisis).',
  fields: (t) => ({
    administrative: t.field({ type: RouteRef, nullable: true, description: 'Scheduling, billing and other practical matters.', resolve: (r) => route(r.value.administrative, r.methods) }),
    clinical: t.field({ type: RouteRef, nullable: true, description: 'Clinical matters between sessions.', resolve: (r) => route(r.value.clinical, r.methods) }),
    urgent: t.field({ type: RouteRef, nullable: true, description: 'Urgent but not an emergency, e.g. "we call back the same day".', resolve: (r) => route(r.value.urgent, r.methods) }),
    crisis: t.field({ type: CrisisRouteRef, nullable: true, description: 'A crisis or emergency.', resolve: (r) => (r.value.crisis ? { value: r.value.crisis, methods: r.methods } : null) }),
    note: t.string({ nullable: true, description: 'Free text shown to clients.', resolve: (r) => r.value.note ?? null }),
  }),
});
