import { h } from '../../dom.js';
import { parseWithin } from '@clearframe/schema/facts';
import { graphql, getFragmentData, type FragmentType } from '../../gql/index.js';
import { methodName } from '../../messages.js';
import { addressLink } from './methods.js';
import { detail, facts, section, type Ui } from './ui.js';

export const ContactSectionFields = graphql(`
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
`);

/** Every offered method with its address and how it works, then what the practice does not use ("No texting"). */
export function contactSection(ui: Ui, ref: FragmentType<typeof ContactSectionFields>): HTMLElement | null {
  const contact = getFragmentData(ContactSectionFields, ref).spec.contact;
  const methods = contact?.methods ?? [];
  const offered = methods.filter((m) => m.offered);
  const notOffered = methods.filter((m) => !m.offered);
  const { contact: labels } = ui.m;
  return section(
    ui,
    'contact',
    labels.heading,
    contact?.betweenSessions && h('p', { class: 'callout detail' }, h('strong', { lang: ui.lang }, labels.betweenSessions), contact.betweenSessions),
    offered.length > 0 &&
      h(
        'ul',
        { class: 'methods' },
        offered.map((method) =>
          h(
            'li',
            { id: `method-${method.id}`, class: 'method' },
            h('h3', { lang: ui.lang }, methodName(ui.m, method, offered)),
            method.address && h('p', { class: 'method-address' }, addressLink(method)),
            !method.address &&
              method.addressProvided &&
              h('p', { class: 'method-address', lang: ui.lang }, labels.details, labels.addressProvided[method.addressProvided]),
            method.condition && h('p', { class: 'condition' }, h('strong', { lang: ui.lang }, labels.condition), method.condition),
            detail(method.note),
            facts(ui, [
              [labels.replyTime, replyTime(ui, method.turnaround?.within)],
              [labels.hours, method.hours],
              [labels.security, method.secure == null ? null : h('span', { lang: ui.lang }, labels.encrypted(method.secure))],
              [labels.privacy, method.riskNote, 'detail'],
              [labels.setup, method.setup, 'detail'],
              [labels.fallback, method.fallback, 'detail'],
            ]),
          ),
        ),
      ),
    notOffered.length > 0 && [
      h('h3', { lang: ui.lang }, labels.notUsed),
      h(
        'ul',
        { class: 'not-used' },
        notOffered.map((method) =>
          h(
            'li',
            { id: `method-${method.id}` },
            h('strong', { lang: ui.lang }, `${ui.m.methodKinds[method.kind].notUsed}.`),
            method.note ? h('span', { class: 'detail' }, ` ${method.note}`) : null,
          ),
        ),
      ),
    ],
  );
}

/** A method's own reply time in words ("1–2 business days"), or as written when it is not in the format's shape. */
export function replyTime(ui: Ui, within: string | null | undefined): HTMLElement | null {
  if (!within) return null;
  const duration = parseWithin(within);
  return duration ? h('span', { lang: ui.lang }, ui.m.turnaround.duration(duration.min, duration.max, duration.unit)) : h('span', null, within);
}
