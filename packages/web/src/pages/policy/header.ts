import { h, type Child } from '../../dom.js';
import { dateElement, jurisdictionName } from '../../format.js';
import { graphql, getFragmentData, type FragmentType } from '../../gql/index.js';
import type { Ui } from './ui.js';

export const PolicyHeaderFields = graphql(`
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
`);

/** The page's h1: the clinician's name (or the policy's title); the crisis box follows it directly. */
export function policyHeading(ui: Ui, ref: FragmentType<typeof PolicyHeaderFields>): HTMLElement {
  const policy = getFragmentData(PolicyHeaderFields, ref);
  return h('h1', { class: 'policy-name' }, policy.metadata.clinician?.name ?? policy.metadata.title ?? ui.m.defaultTitle);
}

/** Which policy this is, where, whose licence, and how current it is. */
export function policyHeader(ui: Ui, ref: FragmentType<typeof PolicyHeaderFields>, clinicLabel: string): HTMLElement {
  const policy = getFragmentData(PolicyHeaderFields, ref);
  const { clinician, jurisdiction, reviewed } = policy.metadata;
  const title = policy.metadata.title ?? ui.m.defaultTitle;
  const licensedIn = clinician?.license?.jurisdiction ? jurisdictionName(clinician.license.jurisdiction, ui.pageLang) : null;
  const license = clinician?.license?.number ? h('span', { lang: ui.lang }, ui.m.license(clinician.license.number, licensedIn)) : null;
  const about: Child[] = [clinician?.credentials?.length ? clinician.credentials.join(', ') : null, clinician?.pronouns ?? null, license].filter((part) => part !== null);
  return h(
    'div',
    { class: 'policy-header' },
    clinician?.name ? h('p', { class: 'subtitle' }, title) : null,
    h('p', { class: 'eyebrow' }, clinicLabel, jurisdiction ? [' · ', h('span', null, jurisdictionName(jurisdiction, ui.pageLang))] : null),
    about.length > 0 && h('p', { class: 'meta' }, about.flatMap((part, index) => (index === 0 ? [part] : [' · ', part]))),
    h(
      'p',
      { class: 'meta', lang: ui.lang },
      reviewed ? [`${ui.m.lastReviewed} `, dateElement(reviewed, ui.pageLang), ' · '] : null,
      ui.m.version(policy.currentVersion.number),
    ),
  );
}
