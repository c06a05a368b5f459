import { NotFoundError, query } from '../api.js';
import { h, nextPageLink } from '../dom.js';
import { clinicName, dateElement, jurisdictionName, plural, validLanguage } from '../format.js';
import { graphql } from '../gql/index.js';
import type { ClinicPageQuery } from '../gql/graphql.js';
import { pageTitle, type PageView } from '../page.js';
import { paths } from '../router.js';

const POLICIES_PER_PAGE = 100;

const ClinicPage = graphql(`
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
`);

type ClinicPolicy = NonNullable<ClinicPageQuery['clinic']>['policies']['edges'][number]['node'];

export async function clinicPage(slug: string, after: string | null, signal: AbortSignal): Promise<PageView> {
  const { clinic } = await query(ClinicPage, { slug, first: POLICIES_PER_PAGE, after }, signal);
  // The API answers NOT_FOUND for an unknown clinic; a null without an error means the same.
  if (!clinic) throw new NotFoundError(`no clinic "${slug}"`);
  const name = clinic.name ?? clinicName(clinic.slug);
  const { pageInfo, edges } = clinic.policies;
  return {
    title: pageTitle(name),
    crumbs: [{ label: 'Clinics', href: paths.directory() }, { label: name }],
    content: [
      h('h1', null, name),
      h(
        'p',
        { class: 'lead' },
        plural(clinic.policyCount, 'published policy', 'published policies'),
        clinic.jurisdiction ? ` · ${jurisdictionName(clinic.jurisdiction)}` : null,
      ),
      h(
        'section',
        { 'aria-labelledby': 'clinicians-heading' },
        h('h2', { id: 'clinicians-heading' }, 'Clinicians and their policies'),
        edges.length === 0
          ? h('p', null, 'This clinic has not published any policy yet.')
          : h('ul', { class: 'cards' }, edges.map(({ node }) => policyCard(clinic.slug, node))),
      ),
      nextPageLink(pageInfo, 'More policies', (cursor) => paths.clinic(clinic.slug, cursor)),
      h(
        'p',
        { class: 'callout' },
        h('strong', null, 'For clinicians and staff: '),
        h('a', { href: paths.status(clinic.slug) }, `review status of ${name}'s policies`),
        '.',
      ),
    ].filter((node): node is HTMLElement => node !== null),
  };
}

function policyCard(clinic: string, policy: ClinicPolicy): HTMLElement {
  const { clinician, title, reviewed, effective, language } = policy.metadata;
  const heading = clinician?.name ?? title ?? policy.slug;
  const about = [clinician?.credentials?.length ? clinician.credentials.join(', ') : null, clinician?.pronouns ?? null].filter((part) => part !== null);
  return h(
    'li',
    { class: 'card' },
    h('h3', null, h('a', { href: paths.policy(clinic, policy.slug) }, heading)),
    about.length > 0 && h('p', { class: 'meta' }, about.join(' · ')),
    h(
      'dl',
      { class: 'facts' },
      title && [h('dt', null, 'Policy'), h('dd', { lang: language ? validLanguage(language) : null }, title)],
      h('dt', null, 'Last reviewed'),
      h('dd', null, reviewed ? dateElement(reviewed) : effective ? ['not recorded; in effect since ', dateElement(effective)] : 'not recorded'),
      h('dt', null, 'Version'),
      h('dd', null, `${policy.currentVersion.number}, published `, dateElement(policy.publishedAt)),
    ),
    h('p', { class: 'card-links' }, h('a', { href: paths.history(clinic, policy.slug) }, `Version history`, h('span', { class: 'visually-hidden' }, ` of ${heading}'s policy`))),
  );
}
