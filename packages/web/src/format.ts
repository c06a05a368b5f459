import { h } from './dom.js';
import { subdivisionName } from './regions.js';

/** The language tag when the browser accepts it (a policy's metadata.language), else English. */
export function validLanguage(tag: string | null | undefined): string {
  if (!tag) return 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** A policy date (YYYY-MM-DD) or an API timestamp as a <time> element, "14 September 2026" in the page's language. */
export function dateElement(value: string, lang = 'en'): HTMLTimeElement {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return h('time', null, value);
  // Policy dates are calendar dates: show them as written, whatever the reader's time zone.
  const text = new Intl.DateTimeFormat(lang, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) }).format(date);
  return h('time', { datetime: dateOnly ? value : date.toISOString() }, text);
}

/** An API timestamp with its time of day, "September 14, 2026 at 3:04 PM UTC", in the reader's time zone. */
export function dateTimeElement(value: string, lang = 'en'): HTMLTimeElement {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return h('time', null, value);
  const text = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(date);
  const zone = new Intl.DateTimeFormat(lang, { timeZoneName: 'short' }).formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
  return h('time', { datetime: date.toISOString() }, zone ? `${text} ${zone}` : text);
}

/** "Oregon, United States", "England, United Kingdom", "Ireland" for an ISO 3166 code, in the page's language. */
export function jurisdictionName(code: string, lang = 'en'): string {
  const country = code.slice(0, 2).toUpperCase();
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(country);
  } catch {
    name = undefined;
  }
  if (!name || name === country) return code;
  if (code.length <= 2) return name;
  const subdivision = subdivisionName(code, lang);
  return subdivision ? `${subdivision}, ${name}` : `${name} (${code})`;
}

/** "a, b and c" (or "a, b or c"). */
export function listText(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction', lang = 'en'): string {
  return new Intl.ListFormat(lang, { style: 'long', type }).format(items);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "frontDesk" or "front-desk" → "Front desk". */
export function humanize(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A clinic's name from its slug ("cedar-hollow" → "Cedar Hollow"), for a clinic whose clinic.yaml gives no
 * metadata.clinicName (Clinic.name is null).
 */
export function clinicName(slug: string): string {
  return slug
    .split('-')
    .filter((word) => word !== '')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** "988lifeline.org", "cedarhollow.example/portal": a web address as people read it. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return url;
    const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '');
    return `${parsed.host}${path}${parsed.search}`;
  } catch {
    return url;
  }
}
