import type { Privacy } from '@clearframe/schema';
import { builder } from '../builder.js';

type DataProtection = NonNullable<Privacy['dataProtection']>;

const note = { nullable: true, description: 'Free text shown to clients.' } as const;

const UnencryptedConsentRef = builder.enumType('UnencryptedConsent', {
  description: 'Whether clients consent to unencrypted channels.',
  values: {
    REQUIRED: { value: 'required', description: 'Clients consent to unencrypted channels.' },
    NOT_NEEDED: { value: 'not-needed', description: 'Every channel is secure.' },
  } as const,
});

export const VideoRecordingRef = builder.enumType('VideoRecording', {
  description: 'Whether video sessions are recorded.',
  values: {
    NEVER: { value: 'never', description: 'Sessions are never recorded.' },
    WITH_CONSENT: { value: 'with-consent', description: "Only with the client's consent." },
    ALWAYS: { value: 'always', description: 'Sessions are recorded.' },
  } as const,
});

const RegistrationRef = builder.objectRef<NonNullable<DataProtection['registration']>>('DataProtectionRegistration').implement({
  description: 'Registration with a data-protection authority (ICO for UK data controllers).',
  fields: (t) => ({
    authority: t.exposeString('authority', { description: 'The authority, e.g. ICO.' }),
    number: t.exposeString('number', { nullable: true, description: 'Registration number, as written.' }),
    note: t.exposeString('note', note),
  }),
});

const DataProtectionRef = builder.objectRef<DataProtection>('DataProtection').implement({
  description: 'How data is protected and where the practice is registered.',
  fields: (t) => ({
    encryption: t.exposeString('encryption', { nullable: true, description: 'How devices and records are encrypted.' }),
    retention: t.exposeString('retention', { nullable: true, description: 'How long records are kept.' }),
    registration: t.expose('registration', { type: RegistrationRef, nullable: true, description: 'Registration with a data-protection authority.' }),
    note: t.exposeString('note', note),
  }),
});

const VideoPrivacyRef = builder.objectRef<NonNullable<Privacy['video']>>('VideoPrivacy').implement({
  description: 'The video platform used for sessions.',
  fields: (t) => ({
    platform: t.exposeString('platform', { nullable: true, description: 'Video platform, e.g. Doxy.me.' }),
    secure: t.exposeBoolean('secure', { nullable: true, description: 'true if the platform is end-to-end encrypted or HIPAA-grade.' }),
    agreement: t.exposeString('agreement', { nullable: true, description: 'Data-processing agreement with the platform (BAA, DPA).' }),
    recording: t.expose('recording', { type: VideoRecordingRef, nullable: true, description: 'Whether sessions are recorded; null when the policy does not say.' }),
    note: t.exposeString('note', note),
  }),
});

export const PrivacyRef = builder.objectRef<Privacy>('Privacy').implement({
  description: 'privacy: risks of electronic communication and how data is protected.',
  fields: (t) => ({
    electronicRisks: t.exposeString('electronicRisks', { nullable: true, description: "The client's own privacy risks of electronic communication." }),
    unencryptedConsent: t.expose('unencryptedConsent', { type: UnencryptedConsentRef, nullable: true, description: 'Required (clients consent to unencrypted channels) or not needed.' }),
    dataProtection: t.expose('dataProtection', { type: DataProtectionRef, nullable: true, description: 'How data is protected.' }),
    video: t.expose('video', { type: VideoPrivacyRef, nullable: true, description: 'The video platform and whether sessions are recorded.' }),
    records: t.exposeString('records', { nullable: true, description: 'Whether messages become part of the clinical record, e.g. "Messages about your care become part of your record."' }),
    note: t.exposeString('note', note),
  }),
});
