/** Anything h() accepts as a child: strings and numbers become text nodes, so data is never parsed as HTML. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes set with setAttribute; null, undefined and false leave the attribute out, true sets it empty. */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    // Event handlers are attached with addEventListener; an on* attribute would be inline script (and the CSP blocks it).
    if (/^on/i.test(name)) throw new Error(`h(): set ${name} with addEventListener, not as an attribute`);
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:', 'sms:']);

/** The URL when it is absolute and uses a protocol a link may safely open (never javascript: or data:), else null. */
/** The link to the next page of a list, when the connection has one (`label` names both the nav and its link). */
export function nextPageLink(pageInfo: { hasNextPage: boolean; endCursor?: string | null }, label: string, href: (cursor: string) => string): HTMLElement | null {
  return pageInfo.hasNextPage && pageInfo.endCursor ? h('nav', { class: 'pager', 'aria-label': label }, h('a', { href: href(pageInfo.endCursor) }, label)) : null;
}

export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link to a URL from a policy, or the plain text when the URL is not one a page should link to. */
export function externalLink(url: string, text: Child = url, attrs: Attrs = {}): HTMLElement {
  const href = safeUrl(url);
  return href ? h('a', { ...attrs, href }, text) : h('span', { class: attrs.class }, text);
}

/** A commit's short hash, linked to its page when the clinic's config names the repository (https only, via safeUrl). */
export function commitElement(commit: string, url: string | null | undefined): HTMLElement {
  const code = h('code', { class: 'commit' }, commit.slice(0, 12));
  return url ? externalLink(url, code) : code;
}

/** Digits and a leading + of a phone number as written ("+1 503 555 0100" → "+15035550100"); null when there are no digits. */
function dialString(number: string): string | null {
  const digits = number.replace(/[^0-9+]/g, '').replace(/(?!^)\+/g, '');
  return /[0-9]/.test(digits) ? digits : null;
}

/** A tel: (or sms:) link for a phone number as written, or the number as text when it has no digits. */
export function phoneLink(number: string, text: Child = number, scheme: 'tel' | 'sms' = 'tel', attrs: Attrs = {}): HTMLElement {
  const dial = dialString(number);
  return dial ? h('a', { ...attrs, href: `${scheme}:${dial}` }, text) : h('span', { class: attrs.class }, text);
}
