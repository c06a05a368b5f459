import { NotFoundError, query } from '../api.js';
import { commitElement, h, nextPageLink, type Child } from '../dom.js';
import { parseWithin } from '@clearframe/schema/facts';
import { clinicName, dateTimeElement, humanize, listText, validLanguage } from '../format.js';
import { graphql } from '../gql/index.js';
import type { ContactMethodKind, HistoryPageQuery } from '../gql/graphql.js';
import { pageTitle, type PageView } from '../page.js';
import { paths } from '../router.js';
import { englishMessages, isMethodKind, methodName } from '../messages.js';
import { exceptionsView } from './exceptions.js';

const VERSIONS_PER_PAGE = 20;

const HistoryPage = graphql(`
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
`);

type Version = NonNullable<HistoryPageQuery['policy']>['versions']['edges'][number]['node'];
type Change = Version['changes'][number];

export async function historyPage(clinic: string, id: string, after: string | null, signal: AbortSignal): Promise<PageView> {
  const { policy } = await query(HistoryPage, { clinic, id, first: VERSIONS_PER_PAGE, after }, signal);
  if (!policy) throw new NotFoundError(`no policy "${id}" in clinic "${clinic}"`);
  const lang = validLanguage(policy.metadata.language);
  const name = policy.metadata.clinician?.name ?? policy.metadata.title ?? policy.slug;
  const clinicLabel = policy.clinic.name ?? clinicName(policy.clinic.slug);
  const policyPath = paths.policy(policy.clinic.slug, policy.slug);
  const { edges, pageInfo } = policy.versions;
  return {
    title: pageTitle(`Version history: ${name}`, clinicLabel),
    crumbs: [
      { label: 'Clinics', href: paths.directory() },
      { label: clinicLabel, href: paths.clinic(policy.clinic.slug) },
      { label: name, href: policyPath },
      { label: 'Version history' },
    ],
    content: [
      h('h1', null, 'Version history'),
      h('p', { class: 'lead' }, `Every published version of ${name}'s policy, newest first, with what changed from the version before. `, h('a', { href: policyPath }, 'Read the current policy'), '.'),
      h(
        'ol',
        { class: 'versions', reversed: true },
        edges.map(({ node }) => versionItem(node, lang)),
      ),
      nextPageLink(pageInfo, 'Older versions', (cursor) => paths.history(policy.clinic.slug, policy.slug, cursor)),
    ].filter((node): node is HTMLElement => node !== null),
  };
}

/** What the checks said about a version, for the clinicians who read the history; never "nothing to fix" when an exception was made. */
const CHECKS: Record<Version['lintStatus'], string> = {
  CLEAN: 'the checks found nothing to fix',
  EXCEPTIONS: 'the checks passed with exceptions written into the policy',
  INFO: 'the checks made suggestions only',
  WARNINGS: 'the checks found warnings to look at',
};

function versionItem(version: Version, lang: string): HTMLElement {
  return h(
    'li',
    { class: 'version', value: version.number },
    h('h2', null, `Version ${version.number}`),
    h('p', { class: 'meta' }, 'Published ', dateTimeElement(version.publishedAt), version.commit ? [' from commit ', commitElement(version.commit, version.commitUrl)] : null, '.'),
    version.reason === 'CLINIC_DEFAULTS' && h('p', { class: 'meta' }, 'Changed with the clinic’s shared settings (its clinic.yaml), not the policy’s own file.'),
    h('div', { class: 'for-clinicians' }, h('p', { class: 'meta' }, `For clinicians: ${CHECKS[version.lintStatus]}.`), exceptionsView(version.exceptions)),
    version.number === 1
      ? h('p', null, 'First published version.')
      : version.changes.length === 0
        ? h('p', null, 'No field changed.')
        : h(
            'ul',
            { class: 'changes' },
            version.changes.map((change) => changeItem(change, version, lang)),
          ),
  );
}

/** One change in words: "Reply time changed from 24 hours to 48 hours."; long or structured values get Before and After. */
function changeItem(change: Change, version: Version, lang: string): HTMLElement {
  const label = fieldLabel(change, version);
  const before = valueText(change.path, change.before);
  const after = valueText(change.path, change.after);
  const short = (value: string | null) => value !== null && value.length <= 80 && !value.includes('\n');
  if (change.kind === 'CHANGED' && short(before) && short(after)) {
    return h('li', { class: 'change' }, h('p', { class: 'change-sentence' }, `${label} changed from `, h('del', { lang }, before), ' to ', h('ins', { lang }, after), '.'));
  }
  if (change.kind === 'ADDED' && short(after)) {
    return h('li', { class: 'change' }, h('p', { class: 'change-sentence' }, `${label} added: `, h('ins', { lang }, after), '.'));
  }
  if (change.kind === 'REMOVED' && short(before)) {
    return h('li', { class: 'change' }, h('p', { class: 'change-sentence' }, `${label} removed (it was `, h('del', { lang }, before), ').'));
  }
  return h(
    'li',
    { class: 'change' },
    h('p', { class: 'change-field' }, `${label} ${CHANGE_KIND[change.kind]}:`),
    h(
      'dl',
      { class: 'change-values' },
      change.kind !== 'ADDED' && [h('dt', null, 'Before'), h('dd', { lang }, h('del', null, valueView(change.before)))],
      change.kind !== 'REMOVED' && [h('dt', null, 'After'), h('dd', { lang }, h('ins', null, valueView(change.after)))],
    ),
  );
}

const CHANGE_KIND = { ADDED: 'added', REMOVED: 'removed', CHANGED: 'changed' } as const;

// Whole fields with a name of their own ("Reply time" rather than "Reply time › Within").
const PATH_LABELS: Record<string, string> = {
  '/spec/turnaround/within': 'Reply time',
  '/spec/turnaround/excludes': 'Times the reply time does not count',
  '/spec/turnaround/fasterRepliesNotGuaranteed': '“A faster reply is not guaranteed”',
  '/metadata/reviewed': 'Last review date',
  '/metadata/effective': 'Date in effect',
};

const EXCLUSIONS: Record<string, string> = { weekends: 'weekends', holidays: 'public holidays', vacations: 'time off' };

/** A scalar or a list of scalars in words ("24 hours", "yes", "weekends and public holidays"); null for anything structured. */
function valueText(path: string, value: unknown): string | null {
  if (value === null || value === undefined) return 'not set';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    const duration = path.endsWith('/within') ? parseWithin(value) : undefined;
    return duration ? englishMessages.turnaround.duration(duration.min, duration.max, duration.unit) : value;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    if (value.length === 0) return 'none';
    return listText(path.endsWith('/excludes') ? value.map((item) => EXCLUSIONS[item] ?? item) : value);
  }
  return null;
}

// Names of policy fields as a client or clinic administrator would say them.
const FIELD_LABELS: Record<string, string> = {
  metadata: 'Details',
  clinician: 'Clinician',
  reviewed: 'Last reviewed',
  effective: 'In effect since',
  contact: 'Contact',
  methods: 'Contact methods',
  betweenSessions: 'Between sessions',
  routes: 'Which way for what',
  administrative: 'Practical matters',
  clinical: 'Therapy between sessions',
  crisis: 'Crisis',
  contacts: 'Crisis contacts',
  via: 'Methods',
  offered: 'Offered',
  riskNote: 'Privacy note',
  setup: 'Setting it up',
  fallback: 'If the connection fails',
  turnaround: 'Reply time',
  within: 'Within',
  excludes: 'Not counting',
  fasterRepliesNotGuaranteed: 'Faster reply not guaranteed',
  socialMedia: 'Social media',
  uses: 'Uses social media',
  friending: 'Friend requests',
  confidentialityNote: 'Privacy note',
  searchingClients: 'Looking clients up online',
  interacting: 'Public comments and tags',
  publicReplies: 'Public replies',
  professionalPages: 'Professional pages',
  reviewSites: 'Reviews and testimonials',
  solicitTestimonials: 'Asks for testimonials',
  respondPublicly: 'Responds publicly',
  encounters: 'Meeting online by chance',
  privacy: 'Privacy',
  electronicRisks: 'Risks of e-mail and texts',
  unencryptedConsent: 'Consent to unencrypted channels',
  dataProtection: 'Data protection',
  concerns: 'Raising a concern',
  channels: 'Channels',
  sharing: 'Sharing',
  atIntake: 'Reviewed at intake',
  url: 'Web address',
};

/** "Phone › Hours" for /spec/contact/methods/0/hours, "Social media › Friend requests" for /spec/socialMedia/friending. */
function fieldLabel(change: Change, version: Version): string {
  const named = PATH_LABELS[change.path];
  if (named) return named;
  const segments = change.path
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const labels: string[] = [];
  segments.forEach((segment, index) => {
    if (index === 0 && segment === 'spec') return;
    if (/^\d+$/.test(segment)) {
      if (segments[index - 1] === 'methods') {
        // A method's name says enough: "Text message › Note", not "Contact › Contact methods › Text message › Note".
        labels.splice(0, labels.length, methodLabel(Number(segment), change, version));
      } else {
        labels.push(`item ${Number(segment) + 1}`);
      }
      return;
    }
    labels.push(FIELD_LABELS[segment] ?? humanize(segment));
  });
  return labels.length > 0 ? labels.join(' › ') : 'The whole policy';
}

interface MethodRef {
  id: string;
  kind: ContactMethodKind;
  product?: string | null;
}

const isMethodRef = (value: unknown): value is { id: string; kind: string; product?: string } =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { kind?: unknown }).kind === 'string';

/** A contact method named by its index: in this version's list, or (added or removed whole) by the item itself. */
function methodLabel(index: number, change: Change, version: Version): string {
  const methods: MethodRef[] = version.spec.contact?.methods ?? [];
  const item = change.kind === 'REMOVED' ? change.before : change.kind === 'ADDED' ? change.after : undefined;
  if (isMethodRef(item)) {
    // The document spells kinds as in YAML (secure-messaging); the schema's enum as SECURE_MESSAGING.
    const kind = item.kind.toUpperCase().replace(/-/g, '_');
    return isMethodKind(kind) ? methodName(englishMessages, { id: item.id, kind, product: item.product ?? null }) : humanize(item.id);
  }
  const method = methods[index];
  return method ? methodName(englishMessages, method, methods) : `method ${index + 1}`;
}

/** A JSON value from a policy as text: lists joined, objects as "field: value" lines; never parsed as HTML. */
function valueView(value: unknown): Child {
  if (value === null || value === undefined) return h('em', null, 'not set');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return h('em', null, 'none');
    if (value.every((item) => typeof item !== 'object' || item === null)) return value.map((item) => (item === null ? 'not set' : String(item))).join(', ');
    return h('ul', { class: 'value-list' }, value.map((item) => h('li', null, valueView(item))));
  }
  if (typeof value === 'object') {
    return h(
      'ul',
      { class: 'value-list' },
      Object.entries(value).map(([key, item]) => h('li', null, h('span', { class: 'value-key' }, `${FIELD_LABELS[key] ?? humanize(key)}: `), valueView(item))),
    );
  }
  return String(value);
}

