import type { Privacy } from '@clearframe/schema';
import { builder } from '../builder.js';

type DataProtection = NonNullable<Privacy['dataProtection']>;

const UnencryptedConsentRef = builder.enumType('UnencryptedConsent', {
  values: { REQUIRED: { value: 'required' }, NOT_NEEDED: { value: 'not-needed' } } as const,
});

const RegistrationRef = builder.objectRef<NonNullable<DataProtection['registration']>>('DataProtectionRegistration').implement({
  description: 'Registration with a data-protection authority (ICO for UK data controllers).',
  fields: (t) => ({
    authority: t.exposeString('authority'),
    number: t.exposeString('number', { nullable: true }),
  }),
});

const DataProtectionRef = builder.objectRef<DataProtection>('DataProtection').implement({
  fields: (t) => ({
    encryption: t.exposeString('encryption', { nullable: true }),
    retention: t.exposeString('retention', { nullable: true }),
    registration: t.expose('registration', { type: RegistrationRef, nullable: true }),
  }),
});

const VideoPrivacyRef = builder.objectRef<NonNullable<Privacy['video']>>('VideoPrivacy').implement({
  fields: (t) => ({
    platform: t.exposeString('platform', { nullable: true }),
    secure: t.exposeBoolean('secure', { nullable: true }),
    agreement: t.exposeString('agreement', { nullable: true, description: 'Data-processing agreement with the platform (BAA, DPA).' }),
  }),
});

export const PrivacyRef = builder.objectRef<Privacy>('Privacy').implement({
  fields: (t) => ({
    electronicRisks: t.exposeString('electronicRisks', { nullable: true, description: "The client's own privacy risks of electronic communication." }),
    unencryptedConsent: t.expose('unencryptedConsent', { type: UnencryptedConsentRef, nullable: true }),
    dataProtection: t.expose('dataProtection', { type: DataProtectionRef, nullable: true }),
    video: t.expose('video', { type: VideoPrivacyRef, nullable: true }),
  }),
});
