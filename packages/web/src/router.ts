import { SLUG } from '@clearframe/schema/facts';

/** The pages and their stable URLs. */
export type Route =
  | { page: 'directory'; after: string | null }
  | { page: 'clinic'; clinic: string; after: string | null }
  | { page: 'status'; clinic: string; after: string | null }
  | { page: 'policy'; clinic: string; id: string }
  | { page: 'history'; clinic: string; id: string; after: string | null }
  | { page: 'not-found' };

const segment = (value: string) => encodeURIComponent(value);

export const paths = {
  directory: (after?: string) => (after ? `/?after=${segment(after)}` : '/'),
  clinic: (clinic: string, after?: string) => `/clinics/${segment(clinic)}${after ? `?after=${segment(after)}` : ''}`,
  /** The clinicians' view of a clinic: findings, exceptions with their reasons, configuration, reviews due. */
  status: (clinic: string, after?: string) => `/clinics/${segment(clinic)}/status${after ? `?after=${segment(after)}` : ''}`,
  /** The page for clients: the stable, shareable URL that `sharing.url` should point to. */
  policy: (clinic: string, id: string) => `/clinics/${segment(clinic)}/policies/${segment(id)}`,
  history: (clinic: string, id: string, after?: string) =>
    `/clinics/${segment(clinic)}/policies/${segment(id)}/versions${after ? `?after=${segment(after)}` : ''}`,
};


export function matchRoute(url: URL): Route {
  const parts = url.pathname.split('/').filter((part) => part !== '');
  const after = url.searchParams.get('after');
  let decoded: string[];
  try {
    decoded = parts.map((part) => decodeURIComponent(part));
  } catch {
    return { page: 'not-found' };
  }
  const [first, clinic, third, id, fifth, ...rest] = decoded;
  if (decoded.length === 0) return { page: 'directory', after };
  if (first !== 'clinics' || clinic === undefined || !SLUG.test(clinic) || rest.length > 0) return { page: 'not-found' };
  if (third === undefined) return { page: 'clinic', clinic, after };
  if (third === 'status' && id === undefined) return { page: 'status', clinic, after };
  if (third !== 'policies' || id === undefined || !SLUG.test(id)) return { page: 'not-found' };
  if (fifth === undefined) return { page: 'policy', clinic, id };
  if (fifth === 'versions') return { page: 'history', clinic, id, after };
  return { page: 'not-found' };
}

export type Navigate = (url: URL, how: 'load' | 'push' | 'pop') => void;

/**
 * Turns clicks on same-origin links into History API navigations and calls `navigate` for the first
 * load, each such click and each back/forward. Links stay real links: modified clicks, downloads,
 * other targets and in-page #fragments are left to the browser.
 */
export function startRouter(navigate: Navigate): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link || !link.href || link.hasAttribute('download') || (link.target && link.target !== '_self')) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash !== '') return;
    event.preventDefault();
    if (url.href !== location.href) history.pushState(null, '', url.href);
    navigate(url, 'push');
  });
  window.addEventListener('popstate', () => navigate(new URL(location.href), 'pop'));
  navigate(new URL(location.href), 'load');
}
