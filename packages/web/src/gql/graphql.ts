/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How clients acknowledge the policy. */
export type Acknowledgement =
  | 'NONE'
  | 'SIGNED'
  | 'VERBAL';

/** Where clients get an address the policy does not print. */
export type AddressProvided =
  /** Given at intake or the first appointment. */
  | 'AT_INTAKE'
  /** Shown in the client portal. */
  | 'IN_PORTAL'
  /** Given when the client asks. */
  | 'ON_REQUEST'
  /** Published on the practice's website. */
  | 'ON_WEBSITE';

/** The kind of a contact method. */
export type ContactMethodKind =
  | 'EMAIL'
  /** At the front desk or in session; needs no address. */
  | 'IN_PERSON'
  | 'PHONE'
  | 'PORTAL'
  | 'SECURE_MESSAGING'
  | 'SMS'
  | 'SOCIAL_MEDIA'
  | 'VIDEO'
  | 'WEB_FORM';

/** What a crisis contact is. */
export type CrisisContactKind =
  | 'CRISIS_LINE'
  | 'EMERGENCY'
  | 'OTHER';

export type FieldChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

/** socialMedia.friending.allowed: true, false or "case-by-case". */
export type FriendingAllowed =
  | 'CASE_BY_CASE'
  | 'NO'
  | 'YES';

/** Lint outcome of a published version (a policy with errors is never published). */
export type LintStatus =
  /** No findings and no exceptions. */
  | 'CLEAN'
  /** At least one finding was suppressed by a disable comment (see `exceptions`, each with its reason); never shown as clean. */
  | 'EXCEPTIONS'
  /** Infos only. */
  | 'INFO'
  /** At least one warning. */
  | 'WARNINGS';

/** Comments on a professional page. */
export type PageComments =
  | 'CLOSED'
  | 'MODERATED'
  | 'OPEN';

/** Whether clients may reply or comment publicly. */
export type PublicReplies =
  | 'ALLOWED'
  | 'DISCOURAGED'
  | 'NOT_ALLOWED';

export type Severity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

/** A period the reply time does not count. */
export type TurnaroundExclusion =
  | 'EVENINGS'
  | 'HOLIDAYS'
  | 'NIGHTS'
  | 'OUTSIDE_OFFICE_HOURS'
  | 'VACATIONS'
  | 'WEEKENDS';

/** Whether clients consent to unencrypted channels. */
export type UnencryptedConsent =
  /** Every channel is secure. */
  | 'NOT_NEEDED'
  /** Clients consent to unencrypted channels. */
  | 'REQUIRED';

/** Why a version was written. */
export type VersionReason =
  /** Changed by clinic defaults: the clinic.yaml it extends was published, and its effective policy changed with it. */
  | 'CLINIC_DEFAULTS'
  /** The policy's own files were published. */
  | 'PUBLISHED';

/** Whether video sessions are recorded. */
export type VideoRecording =
  /** Sessions are recorded. */
  | 'ALWAYS'
  /** Sessions are never recorded. */
  | 'NEVER'
  /** Only with the client's consent. */
  | 'WITH_CONSENT';

export type ClinicPageQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ClinicPageQuery = { clinic: { slug: string, name: string | null, jurisdiction: string | null, policyCount: number, policies: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, publishedAt: string, metadata: { title: string | null, language: string | null, effective: string | null, reviewed: string | null, clinician: { name: string | null, credentials: Array<string> | null, pronouns: string | null } | null }, currentVersion: { number: number } } }> } } | null };

export type DirectoryPageQueryVariables = Exact<{
  after?: string | null | undefined;
  first: number;
  policiesPerClinic: number;
}>;


export type DirectoryPageQuery = { clinics: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, name: string | null, jurisdiction: string | null, policyCount: number, policies: { edges: Array<{ node: { slug: string, metadata: { title: string | null, clinician: { name: string | null } | null } } }> } } }> } };

export type ExceptionItemFragment = { ruleId: string, reason: string, filePath: string, line: number, rule: { docsUrl: string } | null } & { ' $fragmentName'?: 'ExceptionItemFragment' };

export type HistoryPageQueryVariables = Exact<{
  clinic: string;
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type HistoryPageQuery = { policy: { slug: string, clinic: { slug: string, name: string | null }, metadata: { title: string | null, language: string | null, clinician: { name: string | null } | null }, versions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { number: number, publishedAt: string, commit: string | null, commitUrl: string | null, lintStatus: LintStatus, reason: VersionReason, exceptions: Array<{ ' $fragmentRefs'?: { 'ExceptionItemFragment': ExceptionItemFragment } }>, spec: { contact: { methods: Array<{ id: string, kind: ContactMethodKind, product: string | null }> | null } | null }, changes: Array<{ path: string, kind: FieldChangeKind, before: unknown, after: unknown }> } }> } } | null };

export type AboutSectionFragment = { slug: string, publishedAt: string, clinic: { slug: string }, currentVersion: { number: number }, metadata: { effective: string | null, reviewed: string | null }, spec: { sharing: { atIntake: boolean | null, acknowledgement: Acknowledgement | null, url: string | null } | null } } & { ' $fragmentName'?: 'AboutSectionFragment' };

export type ConcernsSectionFragment = { spec: { concerns: { channels: Array<string> | null, note: string | null } | null } } & { ' $fragmentName'?: 'ConcernsSectionFragment' };

export type ContactSectionFragment = { spec: { contact: { betweenSessions: string | null, methods: Array<{ id: string, kind: ContactMethodKind, offered: boolean, address: string | null, secure: boolean | null, hours: string | null, setup: string | null, riskNote: string | null, product: string | null, fallback: string | null, note: string | null, condition: string | null, addressProvided: AddressProvided | null, turnaround: { within: string | null } | null }> | null } | null } } & { ' $fragmentName'?: 'ContactSectionFragment' };

export type CrisisSectionFragment = { metadata: { jurisdiction: string | null }, spec: { contact: { routes: { crisis: { instructions: string | null, note: string | null, contacts: Array<{ name: string, number: string | null, kind: CrisisContactKind | null, text: boolean | null, url: string | null, hours: string | null }> | null, methods: Array<{ id: string, kind: ContactMethodKind, offered: boolean, address: string | null, hours: string | null, product: string | null }> } | null } | null } | null } } & { ' $fragmentName'?: 'CrisisSectionFragment' };

export type PolicyHeaderFragment = { currentVersion: { number: number }, metadata: { title: string | null, jurisdiction: string | null, reviewed: string | null, clinician: { name: string | null, credentials: Array<string> | null, pronouns: string | null, license: { jurisdiction: string | null, number: string | null } | null } | null } } & { ' $fragmentName'?: 'PolicyHeaderFragment' };

export type PolicyPageQueryVariables = Exact<{
  clinic: string;
  id: string;
}>;


export type PolicyPageQuery = { policy: (
    { retiredAt: string | null, clinic: { slug: string, name: string | null }, metadata: { title: string | null, language: string | null, clinician: { name: string | null } | null } }
    & { ' $fragmentRefs'?: { 'PolicyHeaderFragment': PolicyHeaderFragment;'CrisisSectionFragment': CrisisSectionFragment;'ContactSectionFragment': ContactSectionFragment;'RoutesSectionFragment': RoutesSectionFragment;'TurnaroundSectionFragment': TurnaroundSectionFragment;'SocialMediaSectionFragment': SocialMediaSectionFragment;'PrivacySectionFragment': PrivacySectionFragment;'TelehealthSectionFragment': TelehealthSectionFragment;'ConcernsSectionFragment': ConcernsSectionFragment;'AboutSectionFragment': AboutSectionFragment } }
  ) | null };

export type PrivacySectionFragment = { spec: { privacy: { note: string | null, records: string | null, electronicRisks: string | null, unencryptedConsent: UnencryptedConsent | null, dataProtection: { encryption: string | null, retention: string | null, registration: { authority: string, number: string | null } | null } | null, video: { platform: string | null, secure: boolean | null, agreement: string | null, recording: VideoRecording | null, note: string | null } | null } | null } } & { ' $fragmentName'?: 'PrivacySectionFragment' };

export type RoutesSectionFragment = { spec: { contact: { routes: { administrative: { ' $fragmentRefs'?: { 'RouteMethodsFragment': RouteMethodsFragment } } | null, clinical: { ' $fragmentRefs'?: { 'RouteMethodsFragment': RouteMethodsFragment } } | null, urgent: { ' $fragmentRefs'?: { 'RouteMethodsFragment': RouteMethodsFragment } } | null, crisis: { instructions: string | null } | null } | null } | null } } & { ' $fragmentName'?: 'RoutesSectionFragment' };

export type RouteMethodsFragment = { note: string | null, methods: Array<{ id: string, kind: ContactMethodKind, offered: boolean, address: string | null, hours: string | null, product: string | null }> } & { ' $fragmentName'?: 'RouteMethodsFragment' };

export type SocialMediaSectionFragment = { spec: { socialMedia: { uses: boolean | null, note: string | null, encounters: string | null, friending: { allowed: FriendingAllowed | null, confidentialityNote: string | null, rationale: string | null } | null, following: { therapistFollowsClients: boolean | null, note: string | null } | null, searchingClients: { allowed: boolean | null, exceptions: string | null, note: string | null } | null, interacting: { publicReplies: PublicReplies | null, note: string | null } | null, professionalPages: Array<{ platform: string, url: string | null, note: string | null, clientsMayFollow: boolean | null, comments: PageComments | null }> | null, reviewSites: { solicitTestimonials: boolean | null, publishTestimonials: boolean | null, respondPublicly: boolean | null, note: string | null } | null } | null } } & { ' $fragmentName'?: 'SocialMediaSectionFragment' };

export type TelehealthSectionFragment = { spec: { telehealth: { licensedIn: Array<string> | null, clientLocation: string | null, note: string | null } | null } } & { ' $fragmentName'?: 'TelehealthSectionFragment' };

export type TurnaroundSectionFragment = { spec: { turnaround: { within: string | null, excludes: Array<TurnaroundExclusion> | null, fasterRepliesNotGuaranteed: boolean | null, schedule: string | null, note: string | null } | null, contact: { methods: Array<{ id: string, kind: ContactMethodKind, product: string | null, offered: boolean, turnaround: { within: string | null } | null }> | null } | null } } & { ' $fragmentName'?: 'TurnaroundSectionFragment' };

export type ClinicStatusPageQueryVariables = Exact<{
  slug: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ClinicStatusPageQuery = { clinic: { slug: string, name: string | null, policies: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, lintStatus: LintStatus, publishedAt: string, metadata: { title: string | null, effective: string | null, reviewed: string | null, clinician: { name: string | null } | null }, currentVersion: { number: number, commit: string | null, commitUrl: string | null, config: { path: string, source: string } | null }, exceptions: Array<{ ' $fragmentRefs'?: { 'ExceptionItemFragment': ExceptionItemFragment } }>, findings: Array<{ ruleId: string, severity: Severity, message: string, filePath: string, line: number, rule: { description: string, docsUrl: string } | null }> } }> } } | null, withRetired: { edges: Array<{ node: { slug: string, retiredAt: string | null, metadata: { title: string | null, clinician: { name: string | null } | null } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExceptionItemFragmentDoc = new TypedDocumentString(`
    fragment ExceptionItem on PolicyException {
  ruleId
  reason
  filePath
  line
  rule {
    docsUrl
  }
}
    `, {"fragmentName":"ExceptionItem"}) as unknown as TypedDocumentString<ExceptionItemFragment, unknown>;
export const AboutSectionFragmentDoc = new TypedDocumentString(`
    fragment AboutSection on Policy {
  slug
  publishedAt
  clinic {
    slug
  }
  currentVersion {
    number
  }
  metadata {
    effective
    reviewed
  }
  spec {
    sharing {
      atIntake
      acknowledgement
      url
    }
  }
}
    `, {"fragmentName":"AboutSection"}) as unknown as TypedDocumentString<AboutSectionFragment, unknown>;
export const ConcernsSectionFragmentDoc = new TypedDocumentString(`
    fragment ConcernsSection on Policy {
  spec {
    concerns {
      channels
      note
    }
  }
}
    `, {"fragmentName":"ConcernsSection"}) as unknown as TypedDocumentString<ConcernsSectionFragment, unknown>;
export const ContactSectionFragmentDoc = new TypedDocumentString(`
    fragment ContactSection on Policy {
  spec {
    contact {
      betweenSessions
      methods {
        id
        kind
        offered
        address
        secure
        hours
        setup
        riskNote
        product
        fallback
        note
        condition
        addressProvided
        turnaround {
          within
        }
      }
    }
  }
}
    `, {"fragmentName":"ContactSection"}) as unknown as TypedDocumentString<ContactSectionFragment, unknown>;
export const CrisisSectionFragmentDoc = new TypedDocumentString(`
    fragment CrisisSection on Policy {
  metadata {
    jurisdiction
  }
  spec {
    contact {
      routes {
        crisis {
          instructions
          note
          contacts {
            name
            number
            kind
            text
            url
            hours
          }
          methods {
            id
            kind
            offered
            address
            hours
            product
          }
        }
      }
    }
  }
}
    `, {"fragmentName":"CrisisSection"}) as unknown as TypedDocumentString<CrisisSectionFragment, unknown>;
export const PolicyHeaderFragmentDoc = new TypedDocumentString(`
    fragment PolicyHeader on Policy {
  currentVersion {
    number
  }
  metadata {
    title
    jurisdiction
    reviewed
    clinician {
      name
      credentials
      pronouns
      license {
        jurisdiction
        number
      }
    }
  }
}
    `, {"fragmentName":"PolicyHeader"}) as unknown as TypedDocumentString<PolicyHeaderFragment, unknown>;
export const PrivacySectionFragmentDoc = new TypedDocumentString(`
    fragment PrivacySection on Policy {
  spec {
    privacy {
      note
      records
      electronicRisks
      unencryptedConsent
      dataProtection {
        encryption
        retention
        registration {
          authority
          number
        }
      }
      video {
        platform
        secure
        agreement
        recording
        note
      }
    }
  }
}
    `, {"fragmentName":"PrivacySection"}) as unknown as TypedDocumentString<PrivacySectionFragment, unknown>;
export const RouteMethodsFragmentDoc = new TypedDocumentString(`
    fragment RouteMethods on Route {
  note
  methods {
    id
    kind
    offered
    address
    hours
    product
  }
}
    `, {"fragmentName":"RouteMethods"}) as unknown as TypedDocumentString<RouteMethodsFragment, unknown>;
export const RoutesSectionFragmentDoc = new TypedDocumentString(`
    fragment RoutesSection on Policy {
  spec {
    contact {
      routes {
        administrative {
          ...RouteMethods
        }
        clinical {
          ...RouteMethods
        }
        urgent {
          ...RouteMethods
        }
        crisis {
          instructions
        }
      }
    }
  }
}
    fragment RouteMethods on Route {
  note
  methods {
    id
    kind
    offered
    address
    hours
    product
  }
}`, {"fragmentName":"RoutesSection"}) as unknown as TypedDocumentString<RoutesSectionFragment, unknown>;
export const SocialMediaSectionFragmentDoc = new TypedDocumentString(`
    fragment SocialMediaSection on Policy {
  spec {
    socialMedia {
      uses
      note
      encounters
      friending {
        allowed
        confidentialityNote
        rationale
      }
      following {
        therapistFollowsClients
        note
      }
      searchingClients {
        allowed
        exceptions
        note
      }
      interacting {
        publicReplies
        note
      }
      professionalPages {
        platform
        url
        note
        clientsMayFollow
        comments
      }
      reviewSites {
        solicitTestimonials
        publishTestimonials
        respondPublicly
        note
      }
    }
  }
}
    `, {"fragmentName":"SocialMediaSection"}) as unknown as TypedDocumentString<SocialMediaSectionFragment, unknown>;
export const TelehealthSectionFragmentDoc = new TypedDocumentString(`
    fragment TelehealthSection on Policy {
  spec {
    telehealth {
      licensedIn
      clientLocation
      note
    }
  }
}
    `, {"fragmentName":"TelehealthSection"}) as unknown as TypedDocumentString<TelehealthSectionFragment, unknown>;
export const TurnaroundSectionFragmentDoc = new TypedDocumentString(`
    fragment TurnaroundSection on Policy {
  spec {
    turnaround {
      within
      excludes
      fasterRepliesNotGuaranteed
      schedule
      note
    }
    contact {
      methods {
        id
        kind
        product
        offered
        turnaround {
          within
        }
      }
    }
  }
}
    `, {"fragmentName":"TurnaroundSection"}) as unknown as TypedDocumentString<TurnaroundSectionFragment, unknown>;
export const ClinicPageDocument = new TypedDocumentString(`
    query ClinicPage($slug: String!, $first: Int!, $after: String) {
  clinic(slug: $slug) {
    slug
    name
    jurisdiction
    policyCount
    policies(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          publishedAt
          metadata {
            title
            language
            effective
            reviewed
            clinician {
              name
              credentials
              pronouns
            }
          }
          currentVersion {
            number
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClinicPageQuery, ClinicPageQueryVariables>;
export const DirectoryPageDocument = new TypedDocumentString(`
    query DirectoryPage($after: String, $first: Int!, $policiesPerClinic: Int!) {
  clinics(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        slug
        name
        jurisdiction
        policyCount
        policies(first: $policiesPerClinic) {
          edges {
            node {
              slug
              metadata {
                title
                clinician {
                  name
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryPageQuery, DirectoryPageQueryVariables>;
export const HistoryPageDocument = new TypedDocumentString(`
    query HistoryPage($clinic: String!, $id: String!, $first: Int!, $after: String) {
  policy(clinic: $clinic, id: $id) {
    slug
    clinic {
      slug
      name
    }
    metadata {
      title
      language
      clinician {
        name
      }
    }
    versions(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          number
          publishedAt
          commit
          commitUrl
          lintStatus
          reason
          exceptions {
            ...ExceptionItem
          }
          spec {
            contact {
              methods {
                id
                kind
                product
              }
            }
          }
          changes {
            path
            kind
            before
            after
          }
        }
      }
    }
  }
}
    fragment ExceptionItem on PolicyException {
  ruleId
  reason
  filePath
  line
  rule {
    docsUrl
  }
}`) as unknown as TypedDocumentString<HistoryPageQuery, HistoryPageQueryVariables>;
export const PolicyPageDocument = new TypedDocumentString(`
    query PolicyPage($clinic: String!, $id: String!) {
  policy(clinic: $clinic, id: $id) {
    retiredAt
    clinic {
      slug
      name
    }
    metadata {
      title
      language
      clinician {
        name
      }
    }
    ...PolicyHeader
    ...CrisisSection
    ...ContactSection
    ...RoutesSection
    ...TurnaroundSection
    ...SocialMediaSection
    ...PrivacySection
    ...TelehealthSection
    ...ConcernsSection
    ...AboutSection
  }
}
    fragment AboutSection on Policy {
  slug
  publishedAt
  clinic {
    slug
  }
  currentVersion {
    number
  }
  metadata {
    effective
    reviewed
  }
  spec {
    sharing {
      atIntake
      acknowledgement
      url
    }
  }
}
fragment ConcernsSection on Policy {
  spec {
    concerns {
      channels
      note
    }
  }
}
fragment ContactSection on Policy {
  spec {
    contact {
      betweenSessions
      methods {
        id
        kind
        offered
        address
        secure
        hours
        setup
        riskNote
        product
        fallback
        note
        condition
        addressProvided
        turnaround {
          within
        }
      }
    }
  }
}
fragment CrisisSection on Policy {
  metadata {
    jurisdiction
  }
  spec {
    contact {
      routes {
        crisis {
          instructions
          note
          contacts {
            name
            number
            kind
            text
            url
            hours
          }
          methods {
            id
            kind
            offered
            address
            hours
            product
          }
        }
      }
    }
  }
}
fragment PolicyHeader on Policy {
  currentVersion {
    number
  }
  metadata {
    title
    jurisdiction
    reviewed
    clinician {
      name
      credentials
      pronouns
      license {
        jurisdiction
        number
      }
    }
  }
}
fragment PrivacySection on Policy {
  spec {
    privacy {
      note
      records
      electronicRisks
      unencryptedConsent
      dataProtection {
        encryption
        retention
        registration {
          authority
          number
        }
      }
      video {
        platform
        secure
        agreement
        recording
        note
      }
    }
  }
}
fragment RoutesSection on Policy {
  spec {
    contact {
      routes {
        administrative {
          ...RouteMethods
        }
        clinical {
          ...RouteMethods
        }
        urgent {
          ...RouteMethods
        }
        crisis {
          instructions
        }
      }
    }
  }
}
fragment RouteMethods on Route {
  note
  methods {
    id
    kind
    offered
    address
    hours
    product
  }
}
fragment SocialMediaSection on Policy {
  spec {
    socialMedia {
      uses
      note
      encounters
      friending {
        allowed
        confidentialityNote
        rationale
      }
      following {
        therapistFollowsClients
        note
      }
      searchingClients {
        allowed
        exceptions
        note
      }
      interacting {
        publicReplies
        note
      }
      professionalPages {
        platform
        url
        note
        clientsMayFollow
        comments
      }
      reviewSites {
        solicitTestimonials
        publishTestimonials
        respondPublicly
        note
      }
    }
  }
}
fragment TelehealthSection on Policy {
  spec {
    telehealth {
      licensedIn
      clientLocation
      note
    }
  }
}
fragment TurnaroundSection on Policy {
  spec {
    turnaround {
      within
      excludes
      fasterRepliesNotGuaranteed
      schedule
      note
    }
    contact {
      methods {
        id
        kind
        product
        offered
        turnaround {
          within
        }
      }
    }
  }
}`) as unknown as TypedDocumentString<PolicyPageQuery, PolicyPageQueryVariables>;
export const ClinicStatusPageDocument = new TypedDocumentString(`
    query ClinicStatusPage($slug: String!, $first: Int!, $after: String) {
  clinic(slug: $slug) {
    slug
    name
    policies(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          lintStatus
          publishedAt
          metadata {
            title
            effective
            reviewed
            clinician {
              name
            }
          }
          currentVersion {
            number
            commit
            commitUrl
            config {
              path
              source
            }
          }
          exceptions {
            ...ExceptionItem
          }
          findings {
            ruleId
            severity
            message
            filePath
            line
            rule {
              description
              docsUrl
            }
          }
        }
      }
    }
  }
  withRetired: policies(
    filter: {clinic: $slug, includeRetired: true}
    first: $first
  ) {
    edges {
      node {
        slug
        retiredAt
        metadata {
          title
          clinician {
            name
          }
        }
      }
    }
  }
}
    fragment ExceptionItem on PolicyException {
  ruleId
  reason
  filePath
  line
  rule {
    docsUrl
  }
}`) as unknown as TypedDocumentString<ClinicStatusPageQuery, ClinicStatusPageQueryVariables>;