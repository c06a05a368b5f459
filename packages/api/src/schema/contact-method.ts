import type { ContactMethod } from '@clearframe/schema';
import { builder } from '../builder.js';
import { TurnaroundRef } from './turnaround.js';

export const ContactMethodKindRef = builder.enumType('ContactMethodKind', {
  description: 'The kind of a contact method.',
  values: {
    PHONE: { value: 'phone' },
    SMS: { value: 'sms' },
    EMAIL: { value: 'email' },
    SECURE_MESSAGING: { value: 'secure-messaging' },
    VIDEO: { value: 'video' },
    PORTAL: { value: 'portal' },
    WEB_FORM: { value: 'web-form' },
    SOCIAL_MEDIA: { value: 'social-media' },
    IN_PERSON: { value: 'in-person', description: 'At the front desk or in session; needs no address.' },
  } as const,
});

const AddressProvidedRef = builder.enumType('AddressProvided', {
  description: 'Where clients get an address the policy does not print.',
  values: {
    AT_INTAKE: { value: 'at-intake', description: 'Given at intake or the first appointment.' },
    ON_REQUEST: { value: 'on-request', description: 'Given when the client asks.' },
    IN_PORTAL: { value: 'in-portal', description: 'Shown in the client portal.' },
    ON_WEBSITE: { value: 'on-website', description: "Published on the practice's website." },
  } as const,
});

export const ContactMethodRef = builder.objectRef<ContactMethod>('ContactMethod').implement({
  description: 'A way to reach the practice, offered or explicitly not offered ("I do not use texting").',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Slug, unique within the policy (routes name methods by it). Not a global id.' }),
    kind: t.expose('kind', { type: ContactMethodKindRef, description: 'phone, sms, email, secure messaging, video, portal, web form, social media or in person.' }),
    offered: t.boolean({ description: 'false means the practice does not use this method. Defaults to true.', resolve: (m) => m.offered ?? true }),
    condition: t.exposeString('condition', {
      nullable: true,
      description: 'Offered only under this condition, e.g. "Only after your first appointment." (the method stays offered; clients see the condition).',
    }),
    address: t.exposeString('address', { nullable: true, description: 'Number, e-mail address, username or URL.' }),
    addressProvided: t.expose('addressProvided', {
      type: AddressProvidedRef,
      nullable: true,
      description: 'The address is given elsewhere (at intake, on request, in the portal, on the website) instead of in the policy.',
    }),
    turnaround: t.expose('turnaround', { type: TurnaroundRef, nullable: true, description: "This method's own reply time, when it differs from spec.turnaround." }),
    secure: t.exposeBoolean('secure', { nullable: true, description: 'End-to-end encrypted or HIPAA-grade.' }),
    hours: t.exposeString('hours', { nullable: true, description: 'When the method is answered, e.g. Mon-Fri 9:00-17:00.' }),
    setup: t.exposeString('setup', { nullable: true, description: 'How to install or join (secure apps).' }),
    riskNote: t.exposeString('riskNote', { nullable: true, description: 'Privacy risks of this channel.' }),
    product: t.exposeString('product', { nullable: true, description: 'App or platform name.' }),
    fallback: t.exposeString('fallback', { nullable: true, description: 'What happens if the connection fails (video).' }),
    note: t.exposeString('note', { nullable: true, description: 'Free text shown to clients.' }),
  }),
});
