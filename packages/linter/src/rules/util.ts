import { ASYNCHRONOUS_KINDS } from '@clearframe/schema/facts';
import type { ContactMethod, Spec } from '@clearframe/schema';

/** `offered` defaults to true: only an explicit `offered: false` means "I do not use this". */
export function isOffered(method: ContactMethod): boolean {
  return method.offered !== false;
}

/** The offered contact methods that a route's `via` names, in `via` order (unknown and not-offered ids left out). */
export function offeredVia(spec: Spec, via: readonly string[] | undefined): ContactMethod[] {
  const methods = spec.contact?.methods ?? [];
  return (via ?? []).flatMap((id) => methods.filter((m) => m.id === id && isOffered(m)));
}

/** How a method kind reads in a message to a therapist. */
export const KIND_LABEL: Record<ContactMethod['kind'], string> = {
  phone: 'phone',
  sms: 'text messages',
  email: 'e-mail',
  'secure-messaging': 'secure messaging app',
  video: 'video',
  portal: 'client portal',
  'web-form': 'web form',
  'social-media': 'social media',
  'in-person': 'in person',
};

/** An offered contact method with the JSON pointer of its list item in the effective policy. */
export interface OfferedMethod {
  method: ContactMethod;
  pointer: string;
}

/** Contact methods of the given kinds that the practice offers (`offered` defaults to true). */
export function offeredMethods(spec: Spec, kinds: readonly ContactMethod['kind'][]): OfferedMethod[] {
  const methods = spec.contact?.methods;
  if (!Array.isArray(methods)) return [];
  // Rules also run on documents with schema errors: skip items that are not method mappings.
  return methods.flatMap((method, index) =>
    typeof method === 'object' && method !== null && isOffered(method) && kinds.includes(method.kind) ? [{ method, pointer: `/spec/contact/methods/${index}` }] : [],
  );
}

/** Offered methods a client cannot expect an immediate answer on (e-mail, texts, secure messages, portal, web form). */
export function offeredAsynchronousMethods(spec: Spec): OfferedMethod[] {
  return offeredMethods(spec, ASYNCHRONOUS_KINDS);
}

