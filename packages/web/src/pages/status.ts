// The clinicians' view of a clinic: for each published policy, what the checks found, the exceptions written into it
// with their reasons, the configuration it was checked with, and when it is due for review. Clients never need this page.
import { NotFoundError, query } from '../api.js';
import { commitElement, externalLink, h, nextPageLink, type Child } from '../dom.js';
import { clinicName, dateElement, dateTimeElement, listText, plural } from '../format.js';
import { graphql } from '../gql/index.js';
import type { ClinicStatusPageQuery, Severity } from '../gql/graphql.js';
import { pageTitle, type PageView } from '../page.js';
import { paths } from '../router.js';
import { exceptionsView } from './exceptions.js';

const POLICIES_PER_PAGE = 50;
/** policy-review-stale's default (maxAgeDays) when the policy's configuration does not set one. */
const REVIEW_EVERY_DAYS = 365;

/**
 * maxAgeDays of policy-review-stale in a clearframe.config.yaml, flow or block style; the web ships no YAML parser,
 * and this one option is all the page reads from the file (it shows the whole file as written).
 */
export function reviewEveryDays(config: string | null | undefined): number {
  const entry = config ? /^([ \t]*)policy-review-stale:(.*(?:\n\1[ \t]+.*)*)/m.exec(config) : null;
  const days = entry ? /maxAgeDays:\s*(\d+)/.exec(entry[2]!) : null;
  return days ? Number(days[1]) : REVIEW_EVERY_DAYS;
}

const ClinicStatusPage = graphql(`
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
    withRetired: policies(filter: { clinic: $slug, includeRetired: true }, first: $first) {
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
`);

type StatusPolicy = NonNullable<ClinicStatusPageQuery['clinic']>['policies']['edges'][number]['node'];

export async function statusPage(slug: string, after: string | null, signal: AbortSignal): Promise<PageView> {
  const { clinic, withRetired } = await query(ClinicStatusPage, { slug, first: POLICIES_PER_PAGE, after }, signal);
  const retired = withRetired.edges.filter(({ node }) => node.retiredAt);
  if (!clinic) throw new NotFoundError(`no clinic "${slug}"`);
  const name = clinic.name ?? clinicName(clinic.slug);
  const { edges, pageInfo } = clinic.policies;
  return {
    title: pageTitle(`Review status`, name),
    crumbs: [{ label: 'Clinics', href: paths.directory() }, { label: name, href: paths.clinic(clinic.slug) }, { label: 'Review status' }],
    content: [
      h('h1', null, `Review status: ${name}`),
      h(
        'p',
        { class: 'lead' },
        'For clinicians and staff. What the checks found in each published policy, the exceptions written into it with their reasons, and when it is due for review. Clients see none of this on the policy pages.',
      ),
      edges.length === 0
        ? h('p', null, 'This clinic has not published any policy yet.')
        : h('ul', { class: 'cards' }, edges.map(({ node }) => statusCard(clinic.slug, node))),
      nextPageLink(pageInfo, 'More policies', (cursor) => paths.status(clinic.slug, cursor)),
      retired.length > 0
        ? h(
            'section',
            { 'aria-labelledby': 'retired-heading' },
            h('h2', { id: 'retired-heading' }, 'No longer in effect'),
            h(
              'ul',
              { class: 'plain-list retired-list' },
              retired.map(({ node }) =>
                h(
                  'li',
                  null,
                  h('a', { href: paths.policy(clinic.slug, node.slug) }, node.metadata.clinician?.name ?? node.metadata.title ?? node.slug),
                  ', retired on ',
                  dateTimeElement(node.retiredAt!),
                  ' (its page and history stay online; publishing it again brings it back).',
                ),
              ),
            ),
          )
        : null,
    ].filter((node): node is HTMLElement => node !== null),
  };
}

const SEVERITY_WORD: Record<Severity, string> = { ERROR: 'Must fix', WARNING: 'Should fix', INFO: 'Suggestion' };

function statusCard(clinic: string, policy: StatusPolicy): HTMLElement {
  const heading = policy.metadata.clinician?.name ?? policy.metadata.title ?? policy.slug;
  return h(
    'li',
    { class: 'card' },
    h('h2', null, h('a', { href: paths.policy(clinic, policy.slug) }, heading)),
    h('p', null, statusBadge(policy)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', null, 'Review'),
      h(
        'dd',
        null,
        reviewDue(policy.metadata.reviewed ?? policy.metadata.effective, policy.metadata.reviewed != null, reviewEveryDays(policy.currentVersion.config?.source)),
      ),
      h('dt', null, 'Checked with'),
      h('dd', null, configView(policy.currentVersion.config)),
      h('dt', null, 'Published'),
      h(
        'dd',
        null,
        `Version ${policy.currentVersion.number}, `,
        dateTimeElement(policy.publishedAt),
        policy.currentVersion.commit ? [' from commit ', commitElement(policy.currentVersion.commit, policy.currentVersion.commitUrl)] : null,
      ),
    ),
    exceptionsView(policy.exceptions),
    findingsList(policy),
    h('p', { class: 'card-links' }, h('a', { href: paths.history(clinic, policy.slug) }, 'Version history', h('span', { class: 'visually-hidden' }, ` of ${heading}'s policy`))),
  );
}

/** The policy's state in plain words; a version with exceptions is never called clean. */
function statusBadge(policy: StatusPolicy): HTMLElement {
  const count = (severity: Severity) => policy.findings.filter((f) => f.severity === severity).length;
  const exceptions = policy.exceptions.length;
  const parts = [plural(exceptions, 'exception'), plural(count('WARNING'), 'warning'), plural(count('INFO'), 'suggestion')].filter((part) => !part.startsWith('0 '));
  if (parts.length === 0 && policy.lintStatus === 'CLEAN') return h('span', { class: 'badge badge-clean' }, 'Nothing to fix');
  if (parts.length === 0) parts.push('Passed with exceptions');
  const tone = exceptions > 0 || count('WARNING') > 0 || policy.lintStatus === 'EXCEPTIONS' ? 'badge badge-warning' : 'badge badge-info';
  return h('span', { class: tone }, listText(parts));
}

/** The configuration the version was checked with: the repository's file as sent, or the recommended preset. */
function configView(config: StatusPolicy['currentVersion']['config']): Child {
  if (!config) return 'the recommended settings (the publish sent no configuration file)';
  return h('details', { class: 'config' }, h('summary', null, config.path), h('pre', null, h('code', null, config.source)));
}

/** "Last reviewed March 1, 2026; next review due by March 1, 2027" (overdue said plainly). */
function reviewDue(date: string | null | undefined, reviewed: boolean, everyDays: number): Child {
  if (!date) return 'No review date recorded: add metadata.reviewed.';
  const due = new Date(`${date}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + everyDays);
  const dueDate = due.toISOString().slice(0, 10);
  const overdue = dueDate < new Date().toISOString().slice(0, 10);
  return [
    reviewed ? 'Last reviewed ' : 'Not reviewed since it took effect on ',
    dateElement(date),
    overdue ? [h('strong', null, '; review overdue since '), dateElement(dueDate)] : ['; next review due by ', dateElement(dueDate)],
    '.',
  ];
}

function findingsList(policy: StatusPolicy): HTMLElement | null {
  if (policy.findings.length === 0) return null;
  return h(
    'div',
    { class: 'findings' },
    h('h3', null, `What the checks found (${policy.findings.length})`),
    h(
      'ul',
      null,
      policy.findings.map((finding) =>
        h(
          'li',
          null,
          h('span', { class: 'finding-severity' }, `${SEVERITY_WORD[finding.severity]}: `),
          finding.rule?.description ?? finding.message,
          h('span', { class: 'finding-detail' }, `${finding.message} (${finding.filePath}, line ${finding.line})`),
          finding.rule ? externalLink(finding.rule.docsUrl, ['How to fix: ', h('code', null, finding.ruleId)], { class: 'rule-link' }) : h('code', null, finding.ruleId),
        ),
      ),
    ),
  );
}
