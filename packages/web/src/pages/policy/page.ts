// The policy page, written for the client. Each section is a component with its own GraphQL fragment; this query
// only composes them. Printed, the page is a short intake handout (see styles.css, "Printed").
import { NotFoundError, query } from '../../api.js';
import { h } from '../../dom.js';
import { clinicName, dateElement, validLanguage } from '../../format.js';
import { graphql } from '../../gql/index.js';
import { messagesFor } from '../../messages.js';
import { pageTitle, type PageView } from '../../page.js';
import { paths } from '../../router.js';
import { aboutSection, signatureBlock } from './about.js';
import { concernsSection } from './concerns.js';
import { contactSection } from './contact.js';
import { crisisSection } from './crisis.js';
import { policyHeader, policyHeading } from './header.js';
import { privacySection } from './privacy.js';
import { routesSection } from './routes.js';
import { socialMediaSection } from './social-media.js';
import { telehealthSection } from './telehealth.js';
import { turnaroundSection } from './turnaround.js';
import type { Ui } from './ui.js';

const PolicyPage = graphql(`
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
`);

export async function policyPage(clinic: string, id: string, signal: AbortSignal): Promise<PageView> {
  const { policy } = await query(PolicyPage, { clinic, id }, signal);
  if (!policy) throw new NotFoundError(`no policy "${id}" in clinic "${clinic}"`);
  const pageLang = validLanguage(policy.metadata.language);
  const m = messagesFor(pageLang);
  const name = policy.metadata.clinician?.name;
  const ui: Ui = {
    m,
    lang: m.lang === pageLang.split('-')[0]!.toLowerCase() ? undefined : m.lang,
    pageLang,
    who: name ? { subject: name, object: name } : m.practice,
  };
  const title = policy.metadata.title ?? m.defaultTitle;
  const clinicLabel = policy.clinic.name ?? clinicName(policy.clinic.slug);
  return {
    title: pageTitle(name ? `${name}: ${title}` : title, clinicLabel),
    lang: pageLang,
    crumbs: [
      { label: 'Clinics', href: paths.directory() },
      { label: clinicLabel, href: paths.clinic(policy.clinic.slug) },
      { label: name ?? title },
    ],
    content: [
      policyHeading(ui, policy),
      policy.retiredAt
        ? h(
            'p',
            { class: 'callout retired', lang: ui.lang },
            m.retired.since,
            dateElement(policy.retiredAt, pageLang),
            '. ',
            h('a', { href: paths.clinic(policy.clinic.slug) }, m.retired.current(clinicLabel)),
          )
        : null,
      crisisSection(ui, policy),
      policyHeader(ui, policy, clinicLabel),
      contactSection(ui, policy),
      routesSection(ui, policy),
      turnaroundSection(ui, policy),
      socialMediaSection(ui, policy),
      privacySection(ui, policy),
      telehealthSection(ui, policy),
      concernsSection(ui, policy),
      aboutSection(ui, policy),
      signatureBlock(ui, policy),
    ].filter((node): node is HTMLElement => node !== null),
  };
}
