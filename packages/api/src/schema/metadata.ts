import type { Metadata } from '@clearframe/schema';
import { builder } from '../builder.js';

type Clinician = NonNullable<Metadata['clinician']>;
type License = NonNullable<Clinician['license']>;

const LicenseRef = builder.objectRef<License>('License').implement({
  description: "The clinician's professional licence.",
  fields: (t) => ({
    jurisdiction: t.exposeString('jurisdiction', { nullable: true, description: 'Where the licence was issued (ISO 3166-1 alpha-2, optionally with a subdivision).' }),
    number: t.exposeString('number', { nullable: true, description: 'Licence or registration number, as written.' }),
  }),
});

const ClinicianRef = builder.objectRef<Clinician>('Clinician').implement({
  description: 'The clinician the policy belongs to (absent for a practice-wide policy).',
  fields: (t) => ({
    name: t.exposeString('name', { nullable: true, description: "The clinician's name as shown to clients." }),
    credentials: t.exposeStringList('credentials', { nullable: true, description: 'Degrees and credentials, e.g. ["PsyD"] or ["LCSW", "MA"].' }),
    pronouns: t.exposeString('pronouns', { nullable: true, description: 'Pronouns, e.g. she/her.' }),
    license: t.expose('license', { type: LicenseRef, nullable: true, description: 'Professional licence: where it is held and its number.' }),
  }),
});

export const PolicyMetadataRef = builder.objectRef<Metadata>('PolicyMetadata').implement({
  description: 'metadata: who the policy belongs to and when it took effect.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'Slug of the policy (or ClinicDefaults file), unique within its clinic. Not a global id: see Policy.id for that.' }),
    clinic: t.exposeString('clinic', { nullable: true, description: 'Clinic slug as written in the file (Policy.clinic always names the clinic).' }),
    clinicName: t.exposeString('clinicName', { nullable: true, description: "The clinic's or practice's display name as written in this file, e.g. St. Anne's Counselling (see Clinic.name)." }),
    title: t.exposeString('title', { nullable: true, description: 'Title of the policy as shown to clients.' }),
    clinician: t.expose('clinician', { type: ClinicianRef, nullable: true, description: 'The clinician this policy belongs to; null for a practice-wide policy.' }),
    jurisdiction: t.exposeString('jurisdiction', { nullable: true, description: 'ISO 3166-1 alpha-2 country code, optionally with an ISO 3166-2 subdivision (US-CA, GB-SCT).' }),
    language: t.exposeString('language', { nullable: true, description: 'BCP 47 language tag.' }),
    effective: t.expose('effective', { type: 'Date', nullable: true, description: 'The date the policy took effect.' }),
    reviewed: t.expose('reviewed', { type: 'Date', nullable: true, description: 'Date of the last review.' }),
  }),
});
