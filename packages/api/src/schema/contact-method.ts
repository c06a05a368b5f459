import type { ContactMethod } from '@clearframe/schema';
import { builder } from '../builder.js';

export const ContactMethodKindRef = builder.enumType('ContactMethodKind', {
  values: {
    PHONE: { value: 'phone' },
    SMS: { value: 'sms' },
    EMAIL: { value: 'email' },
    SECURE_MESSAGING: { value: 'secure-messaging' },
    VIDEO: { value: 'video' },
    PORTAL: { value: 'portal' },
    WEB_FORM: { value: 'web-form' },
    SOCIAL_MEDIA: { value: 'social-media' },
  } as const,
});

export const ContactMethodRef = builder.objectRef<ContactMethod>('ContactMethod').implement({
  description: 'A way to reach the practice, offered or explicitly not offered ("I do not use texting").',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Slug, unique within the policy (routes name methods by it). Not a global id.' }),
    kind: t.expose('kind', { type: ContactMethodKindRef }),
    offered: t.boolean({ description: 'false means the practice does not use this method. Defaults to true.', resolve: (m) => m.offered ?? true }),
    address: t.exposeString('address', { nullable: true, description: 'Number, e-mail address, username or URL.' }),
    secure: t.exposeBoolean('secure', { nullable: true, description: 'End-to-end encrypted or HIPAA-grade.' }),
    hours: t.exposeString('hours', { nullable: true }),
    setup: t.exposeString('setup', { nullable: true, description: 'How to install or join (secure apps).' }),
    riskNote: t.exposeString('riskNote', { nullable: true, description: 'Privacy risks of this channel.' }),
    product: t.exposeString('product', { nullable: true, description: 'App or platform name.' }),
    fallback: t.exposeString('fallback', { nullable: true, description: 'What happens if the connection fails (video).' }),
    note: t.exposeString('note', { nullable: true }),
  }),
});
