// Format v1.1 fields through the API: published from YAML, read back through GraphQL, filtered in SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/tokens.js';
import type { Api } from '../../src/yoga.js';
import { PublishPoliciesDocument } from '../gql/graphql.js';
import { graphql, openTestDatabase, testApi, type TestDatabase } from '../helpers.js';

let db: TestDatabase;
let api: Api;

const CLINIC = `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata:
  id: st-annes-defaults
  clinic: st-annes
  clinicName: St. Anne's Counselling
  jurisdiction: US-OR
spec:
  contact:
    methods:
      - id: front-desk
        kind: in-person
        hours: "Mon-Fri 9:00-17:00"
      - id: office-phone
        kind: phone
        addressProvided: at-intake
        turnaround: { within: 1 business day }
    routes:
      administrative: { via: [office-phone] }
      urgent: { via: [office-phone], note: Urgent but not an emergency; we call back the same day. }
      crisis:
        instructions: We are not an emergency service. Call or text 988, or call 911.
        contacts:
          - { name: 988 Suicide & Crisis Lifeline, number: "988", kind: crisis-line, text: true, note: Free and confidential. }
          - { name: Emergency services, number: "911", kind: emergency }
        via: []
      note: Pick the route that fits your need.
    note: Our front desk can help with everything practical.
  turnaround:
    within: 24-48h
    excludes: [weekends, holidays, vacations, evenings]
    schedule: Messages received by Tuesday noon are answered by Thursday 5 pm.
    fasterRepliesNotGuaranteed: true
  socialMedia:
    uses: true
    friending: { allowed: false, note: This protects your privacy. }
    professionalPages:
      - { platform: Facebook, url: https://facebook.example/st-annes, clientsMayFollow: false, comments: closed }
    reviewSites: { solicitTestimonials: false, publishTestimonials: false, respondPublicly: false }
  privacy:
    electronicRisks: E-mail is not encrypted.
    unencryptedConsent: required
    video: { platform: Doxy.me, secure: true, recording: never, note: Use headphones in a private room. }
    records: Messages about your care become part of your clinical record.
`;

const POLICY = `apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata:
  id: maria-lopez
  clinic: st-annes
  title: How we stay in touch
  clinician: { name: Maria Lopez, credentials: [LPC] }
  jurisdiction: US-OR
  effective: "2026-03-01"
  reviewed: "2026-03-01"
extends: ../clinic.yaml
spec:
  contact:
    methods:
      - id: video
        kind: video
        address: https://doxy.me/mlopez
        secure: true
        setup: Open the link a few minutes early.
        fallback: If the call drops, I will phone you.
      - id: texting
        kind: sms
        address: "+1 555 010 0123"
        condition: Only after your first appointment.
        riskNote: Texts are not encrypted.
        turnaround: { within: 8-12 hours }
    routes:
      clinical: { via: [video] }
  sharing: { atIntake: true, acknowledgement: signed }
  telehealth:
    licensedIn: [US-OR, US-WA]
    clientLocation: You need to be in Oregon or Washington during each session.
`;

// Offers video but does not say where the clinician is licensed.
const POLICY_WITHOUT_LICENSURE = POLICY.replace('id: maria-lopez', 'id: sam-lee').replace('name: Maria Lopez', 'name: Sam Lee').replace(/ {2}telehealth:\n( {4}.*\n)+/, '');

const post = async (query: string, variables: object = {}) => {
  const response = await api.fetch('http://clearframe.test/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data: Record<string, unknown>; errors?: unknown[] };
};

beforeAll(async () => {
  db = await openTestDatabase();
  api = testApi(db.store);
  const { token } = await createToken(db.store, 'st-annes');
  const files = [
    { path: 'clinics/st-annes/clinic.yaml', source: CLINIC },
    { path: 'clinics/st-annes/policies/maria-lopez.yaml', source: POLICY },
    { path: 'clinics/st-annes/policies/sam-lee.yaml', source: POLICY_WITHOUT_LICENSURE },
  ];
  const published = await graphql(api)(PublishPoliciesDocument, { input: { clinic: 'st-annes', files } }, { token });
  expect(published.errors).toBeUndefined();
  expect(published.data?.publishPolicies.status, JSON.stringify(published.data?.publishPolicies)).toBe('PUBLISHED');
});

afterAll(() => db?.close());

describe('format v1.1 in GraphQL', () => {
  it("names the clinic by its clinicName, and null when it has none", async () => {
    const { data } = await post('{ clinic(slug: "st-annes") { slug name defaults { metadata { clinicName } } } }');
    expect(data.clinic).toEqual({ slug: 'st-annes', name: "St. Anne's Counselling", defaults: { metadata: { clinicName: "St. Anne's Counselling" } } });
  });

  it('serves every new field of the effective policy', async () => {
    const { data, errors } = await post(`{ policy(clinic: "st-annes", id: "maria-lopez") { spec {
      contact {
        note
        methods { id kind offered condition address addressProvided turnaround { within } }
        routes { note urgent { via note methods { id } } crisis { contacts { name note } } }
      }
      turnaround { within excludes schedule }
      socialMedia { friending { note } professionalPages { platform clientsMayFollow comments } reviewSites { publishTestimonials } }
      privacy { video { recording note } records }
      telehealth { licensedIn clientLocation }
    } } }`);
    expect(errors).toBeUndefined();
    const spec = (data.policy as { spec: Record<string, unknown> }).spec;
    expect(spec).toMatchObject({
      contact: {
        note: 'Our front desk can help with everything practical.',
        routes: {
          note: 'Pick the route that fits your need.',
          urgent: { via: ['office-phone'], note: 'Urgent but not an emergency; we call back the same day.', methods: [{ id: 'office-phone' }] },
          crisis: { contacts: [{ name: '988 Suicide & Crisis Lifeline', note: 'Free and confidential.' }, { name: 'Emergency services', note: null }] },
        },
      },
      turnaround: { within: '24-48h', excludes: ['WEEKENDS', 'HOLIDAYS', 'VACATIONS', 'EVENINGS'], schedule: 'Messages received by Tuesday noon are answered by Thursday 5 pm.' },
      socialMedia: {
        friending: { note: 'This protects your privacy.' },
        professionalPages: [{ platform: 'Facebook', clientsMayFollow: false, comments: 'CLOSED' }],
        reviewSites: { publishTestimonials: false },
      },
      privacy: { video: { recording: 'NEVER', note: 'Use headphones in a private room.' }, records: 'Messages about your care become part of your clinical record.' },
      telehealth: { licensedIn: ['US-OR', 'US-WA'], clientLocation: 'You need to be in Oregon or Washington during each session.' },
    });
    const methods = (spec.contact as { methods: { id: string }[] }).methods;
    expect(Object.fromEntries(methods.map((m) => [m.id, m]))).toMatchObject({
      'front-desk': { kind: 'IN_PERSON', offered: true, address: null, addressProvided: null, condition: null, turnaround: null },
      'office-phone': { kind: 'PHONE', address: null, addressProvided: 'AT_INTAKE', turnaround: { within: '1 business day' } },
      texting: { kind: 'SMS', offered: true, condition: 'Only after your first appointment.', turnaround: { within: '8-12 hours' } },
    });
  });

  it('filters on the new fields', async () => {
    const slugs = async (filter: object) => {
      const { data, errors } = await post('query($f: PolicyFilter) { policies(filter: $f) { edges { node { slug } } } }', { f: filter });
      expect(errors).toBeUndefined();
      return (data.policies as { edges: { node: { slug: string } }[] }).edges.map((e) => e.node.slug);
    };
    expect(POLICY_WITHOUT_LICENSURE).not.toContain('telehealth');
    expect(await slugs({ offersMethodKind: 'IN_PERSON' })).toEqual(['maria-lopez', 'sam-lee']);
    expect(await slugs({ licensedIn: 'us-wa' })).toEqual(['maria-lopez']);
    expect(await slugs({ licensedIn: 'US' })).toEqual(['maria-lopez']);
    expect(await slugs({ licensedIn: 'US-CA' })).toEqual([]);
    expect(await slugs({ videoRecording: 'NEVER' })).toEqual(['maria-lopez', 'sam-lee']);
    expect(await slugs({ videoRecording: 'ALWAYS' })).toEqual([]);
    expect(await slugs({ videoWithoutLicensure: true })).toEqual(['sam-lee']);
    expect(await slugs({ videoWithoutLicensure: false })).toEqual(['maria-lopez']);
  });
});
