import type { ContactMethod } from '@clearframe/schema';

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
