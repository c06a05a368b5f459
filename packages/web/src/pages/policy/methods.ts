// Contact methods as the page shows them in more than one section: their address as a link, and short lists per need.
import { externalLink, h, phoneLink } from '../../dom.js';
import { displayUrl } from '../../format.js';
import type { ContactMethodKind } from '../../gql/graphql.js';
import { addressScheme, methodName } from '../../messages.js';
import type { Ui } from './ui.js';

/** The fields of a contact method that these helpers read. */
export interface MethodSummary {
  id: string;
  kind: ContactMethodKind;
  offered: boolean;
  address?: string | null;
  hours?: string | null;
  product?: string | null;
}

/** A method's address as a link that opens it (call, text, write, visit), or as text. */
export function addressLink(method: MethodSummary): HTMLElement | null {
  if (!method.address) return null;
  switch (addressScheme(method.kind)) {
    case 'tel':
      return phoneLink(method.address, method.address, 'tel');
    case 'sms':
      return phoneLink(method.address, method.address, 'sms');
    case 'mailto':
      return /^[^\s@/]+@[^\s@/]+$/.test(method.address) ? h('a', { href: `mailto:${method.address}` }, method.address) : h('span', null, method.address);
    case 'url':
      return externalLink(method.address, displayUrl(method.address));
    case 'text':
      return h('span', null, method.address);
  }
}

/**
 * A short list of the offered methods for one need: name (linking to the method's details), address and hours. The
 * handout prints each address once, under "How to get in touch", unless `printAddresses` (the crisis box keeps them).
 */
export function methodList(ui: Ui, methods: readonly MethodSummary[], printAddresses = false): HTMLUListElement | null {
  const offered = methods.filter((method) => method.offered);
  if (offered.length === 0) return null;
  return h(
    'ul',
    { class: 'method-list' },
    offered.map((method) =>
      h(
        'li',
        null,
        h('a', { href: `#method-${method.id}`, lang: ui.lang }, methodName(ui.m, method)),
        h('span', { class: printAddresses ? null : 'detail' }, method.address ? [': ', addressLink(method)] : null, method.hours ? [' (', method.hours, ')'] : null),
      ),
    ),
  );
}
