import type { ContactMethod, Spec } from '@clearframe/schema';

/** `offered` defaults to true: only an explicit `offered: false` means "I do not use this". */
export function isOffered(method: ContactMethod): boolean {
  return method.offered !== false;
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
};

/** An offered contact method with the JSON pointer of its list item in the effective policy. */
export interface OfferedMethod {
  method: ContactMethod;
  pointer: string;
}

/** Contact methods of the given kinds that the practice offers (`offered` defaults to true). */
export function offeredMethods(spec: Spec, kinds: readonly ContactMethod['kind'][]): OfferedMethod[] {
  return (spec.contact?.methods ?? []).flatMap((method, index) =>
    isOffered(method) && kinds.includes(method.kind) ? [{ method, pointer: `/spec/contact/methods/${index}` }] : [],
  );
}
