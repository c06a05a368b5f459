import { externalLink, h, safeUrl } from '../../dom.js';
import { dateElement, displayUrl } from '../../format.js';
import { graphql, getFragmentData, type FragmentType } from '../../gql/index.js';
import { paths } from '../../router.js';
import { facts, say, section, type Ui } from './ui.js';

export const AboutSectionFields = graphql(`
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
`);

/** Where the policy lives, how current it is, printing (a short handout by default, the full wording on request), and history. */
export function aboutSection(ui: Ui, ref: FragmentType<typeof AboutSectionFields>): HTMLElement | null {
  const policy = getFragmentData(AboutSectionFields, ref);
  const { reviewed, effective } = policy.metadata;
  const sharing = policy.spec.sharing;
  const { about: labels } = ui.m;
  const pageUrl = new URL(paths.policy(policy.clinic.slug, policy.slug), location.origin).href;
  const online = sharing?.url && safeUrl(sharing.url) ? sharing.url : pageUrl;
  const print = h('button', { type: 'button', class: 'button', lang: ui.lang }, labels.print);
  print.addEventListener('click', () => window.print());
  return section(
    ui,
    'about',
    labels.heading,
    sharing?.atIntake && say(ui, labels.atIntake(sharing.acknowledgement)),
    facts(ui, [
      [labels.lastReviewed, reviewed ? dateElement(reviewed, ui.pageLang) : null],
      [labels.effective, effective ? dateElement(effective, ui.pageLang) : null],
      [labels.version, [h('span', { lang: ui.lang }, labels.versionPublished(policy.currentVersion.number)), dateElement(policy.publishedAt, ui.pageLang)]],
      [labels.online, externalLink(online, displayUrl(online))],
    ]),
    h(
      'div',
      { class: 'actions no-print' },
      print,
      h('label', { class: 'checkbox', lang: ui.lang }, h('input', { type: 'checkbox', id: 'print-full' }), ` ${ui.m.handout.fullWording}`),
      h('a', { href: paths.history(policy.clinic.slug, policy.slug), lang: ui.lang }, labels.history),
    ),
  );
}

/** The place to sign, printed exactly when the policy says clients are asked to sign it (sharing.acknowledgement: signed). */
export function signatureBlock(ui: Ui, ref: FragmentType<typeof AboutSectionFields>): HTMLElement | null {
  const policy = getFragmentData(AboutSectionFields, ref);
  if (policy.spec.sharing?.acknowledgement !== 'SIGNED') return null;
  const { handout: labels } = ui.m;
  const line = (label: string) => h('div', { class: 'signature-line' }, h('span', { lang: ui.lang }, label));
  return h(
    'div',
    { class: 'signature print-only', lang: ui.lang },
    h('p', null, labels.agreement(ui.who, 'signed')),
    h('div', { class: 'signature-lines' }, line(labels.clientName), line(labels.signature), line(labels.date)),
  );
}
