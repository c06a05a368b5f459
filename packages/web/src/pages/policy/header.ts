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

/** Who the policy belongs to, where, and how current it is. */
export function policyHeader(ui: Ui, ref: FragmentType<typeof PolicyHeaderFields>, clinicLabel: string): HTMLElement {
  const policy = getFragmentData(PolicyHeaderFields, ref);
  const { clinician, jurisdiction, reviewed } = policy.metadata;
  const title = policy.metadata.title ?? ui.m.defaultTitle;
  const licensedIn = clinician?.license?.jurisdiction ? jurisdictionName(clinician.license.jurisdiction, ui.pageLang) : null;
  const license = clinician?.license?.number ? h('span', { lang: ui.lang }, ui.m.license(clinician.license.number, licensedIn)) : null;
  const about: Child[] = [clinician?.credentials?.length ? clinician.credentials.join(', ') : null, clinician?.pronouns ?? null, license].filter((part) => part !== null);
  return h(
    'header',
    { class: 'policy-header' },
    h('p', { class: 'eyebrow' }, clinicLabel, jurisdiction ? [' · ', h('span', null, jurisdictionName(jurisdiction, ui.pageLang))] : null),
    h('h1', null, clinician?.name ?? title),
    clinician?.name ? h('p', { class: 'subtitle' }, title) : null,
    about.length > 0 && h('p', { class: 'meta' }, about.flatMap((part, index) => (index === 0 ? [part] : [' · ', part]))),
    h(
      'p',
      { class: 'meta', lang: ui.lang },
      reviewed ? [`${ui.m.lastReviewed} `, dateElement(reviewed, ui.pageLang), ' · '] : null,
      ui.m.version(policy.currentVersion.number),
    ),
  );
}
