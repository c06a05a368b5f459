// What every section of the policy page shares: how the page speaks, and the few building blocks sections are made of.
import { h, type Child } from '../../dom.js';
import type { PolicyMessages, Who } from '../../messages.js';

/** How the page speaks: the messages, and the lang attribute for elements holding them when no catalog has the policy's language. */
export interface Ui {
  m: PolicyMessages;
  lang: string | undefined;
  /** The policy's language, for dates and region names. */
  pageLang: string;
  who: Who;
}

/** A section with an h2; null when it would be empty. */
export function section(ui: Ui, id: string, heading: string, ...children: Child[]): HTMLElement | null {
  const body = children.filter((child) => !isEmpty(child));
  if (body.length === 0) return null;
  return h('section', { id, 'aria-labelledby': `${id}-heading` }, h('h2', { id: `${id}-heading`, lang: ui.lang }, heading), body);
}

export const isEmpty = (value: Child): boolean =>
  value === null || value === undefined || value === false || value === '' || (Array.isArray(value) && value.every(isEmpty));

/** A dt/dd pair; `detail` pairs hold only the policy's longer wording, which the printed handout leaves out unless asked. */
export type Fact = readonly [term: string, value: Child, detail?: 'detail'];

/** dt/dd pairs; pairs whose value is empty are left out, and so is the whole list when nothing is left. */
export function facts(ui: Ui, pairs: readonly Fact[], className = 'facts'): HTMLDListElement | null {
  const present = pairs.filter(([, value]) => !isEmpty(value));
  if (present.length === 0) return null;
  return h(
    'dl',
    { class: className },
    present.map(([term, value, detail]) => [h('dt', { lang: ui.lang, class: detail ?? null }, term), h('dd', { class: detail ?? null }, value)]),
  );
}

/** Policy text, verbatim. */
export const paragraph = (text: string | null | undefined, className?: string) => (text ? h('p', { class: className }, text) : null);

/** Policy text that the printed handout leaves out unless the full wording is asked for. */
export const detail = (text: string | null | undefined) => paragraph(text, 'detail');

/** A sentence of the page's own wording. */
export const say = (ui: Ui, text: string | null | undefined, className?: string) => (text ? h('p', { lang: ui.lang, class: className }, text) : null);
