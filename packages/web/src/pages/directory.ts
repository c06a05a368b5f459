import { query } from '../api.js';
import { h, nextPageLink } from '../dom.js';
import { clinicName, jurisdictionName, plural } from '../format.js';
import { graphql } from '../gql/index.js';
import { pageTitle, SITE_NAME, type PageView } from '../page.js';
import { paths } from '../router.js';

const CLINICS_PER_PAGE = 50;
const POLICIES_PER_CLINIC = 20;

const DirectoryPage = graphql(`
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
`);

export async function directoryPage(after: string | null, signal: AbortSignal): Promise<PageView> {
  const { clinics } = await query(DirectoryPage, { after, first: CLINICS_PER_PAGE, policiesPerClinic: POLICIES_PER_CLINIC }, signal);
  const list = clinics.edges.map(({ node: clinic }) => {
    const name = clinic.name ?? clinicName(clinic.slug);
    const shown = clinic.policies.edges.length;
    return h(
      'li',
      { class: 'card' },
      h('h2', null, h('a', { href: paths.clinic(clinic.slug) }, name)),
      h(
        'p',
        { class: 'meta' },
        plural(clinic.policyCount, 'published policy', 'published policies'),
        clinic.jurisdiction ? ` · ${jurisdictionName(clinic.jurisdiction)}` : null,
      ),
      shown > 0 &&
        h(
          'ul',
          { class: 'plain-list', 'aria-label': `Policies at ${name}` },
          clinic.policies.edges.map(({ node: policy }) =>
            h('li', null, h('a', { href: paths.policy(clinic.slug, policy.slug) }, policy.metadata.clinician?.name ?? policy.metadata.title ?? policy.slug)),
          ),
        ),
      clinic.policyCount > shown && h('p', null, h('a', { href: paths.clinic(clinic.slug) }, `All ${clinic.policyCount} policies at ${name}`)),
    );
  });
  return {
    title: pageTitle('Clinics'),
    crumbs: [{ label: 'Clinics' }],
    content: [
      h('h1', null, 'Clinics'),
      h(
        'p',
        { class: 'lead' },
        'Each clinic publishes how its therapists can be reached, what to do in a crisis, and how they handle social media. Choose your therapist to read their policy.',
      ),
      clinics.totalCount === 0
        ? h('p', null, `No clinic has published a policy on ${SITE_NAME} yet.`)
        : h('ul', { class: 'cards' }, list),
      nextPageLink(clinics.pageInfo, 'More clinics', (cursor) => paths.directory(cursor)),
    ].filter((node): node is HTMLElement => node !== null),
  };
}
