import { emergencyNumbers } from '@clearframe/schema/facts';
import { externalLink, h, phoneLink, safeUrl } from '../../dom.js';
import { displayUrl } from '../../format.js';
import { graphql, getFragmentData, type FragmentType } from '../../gql/index.js';
import { methodList } from './methods.js';
import { detail, paragraph, say, type Ui } from './ui.js';

export const CrisisSectionFields = graphql(`
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
`);

/**
 * Always first on the page, so the first button to call is on a phone's first screen: the numbers to call, then the
 * policy's instructions. When the policy gives no number to call, it opens with the jurisdiction's emergency number.
 */
export function crisisSection(ui: Ui, ref: FragmentType<typeof CrisisSectionFields>): HTMLElement {
  const policy = getFragmentData(CrisisSectionFields, ref);
  const crisis = policy.spec.contact?.routes?.crisis;
  const contacts = crisis?.contacts ?? [];
  const callable = contacts.some((contact) => contact.number && /[0-9]/.test(contact.number));
  // The table of the policy format's crisis semantics: the first number is the one to suggest.
  const emergency = callable || !policy.metadata.jurisdiction ? null : (emergencyNumbers(policy.metadata.jurisdiction)?.[0] ?? null);
  const { crisis: labels } = ui.m;
  const also = crisis ? methodList(ui, crisis.methods, true) : null;
  return h(
    'section',
    { id: 'crisis', class: 'crisis', 'aria-labelledby': 'crisis-heading' },
    h('h2', { id: 'crisis-heading', lang: ui.lang }, labels.heading),
    !callable && [
      say(ui, labels.dangerNow(emergency), 'danger-now'),
      emergency && h('p', { class: 'crisis-actions' }, phoneLink(emergency, labels.call(emergency), 'tel', { class: 'call', lang: ui.lang })),
    ],
    contacts.length > 0 &&
      h(
        'ul',
        { class: 'crisis-contacts' },
        contacts.map((contact) =>
          h(
            'li',
            null,
            h('span', { class: 'crisis-name' }, contact.name),
            contact.number &&
              h(
                'span',
                { class: 'crisis-actions' },
                phoneLink(contact.number, labels.call(contact.number), 'tel', { class: 'call', lang: ui.lang }),
                contact.text ? phoneLink(contact.number, labels.text(contact.number), 'sms', { class: 'call', lang: ui.lang }) : null,
              ),
            contact.hours && h('span', { class: 'crisis-hours' }, contact.hours),
            contact.url && safeUrl(contact.url) ? h('span', null, externalLink(contact.url, displayUrl(contact.url))) : null,
          ),
        ),
      ),
    paragraph(crisis?.instructions, 'crisis-instructions'),
    also && [say(ui, labels.alsoUse), also],
    detail(crisis?.note),
  );
}
