import { NotFoundError } from './api.js';
import { h } from './dom.js';
import type { Crumb, PageView } from './page.js';
import { clinicPage } from './pages/clinic.js';
import { directoryPage } from './pages/directory.js';
import { historyPage } from './pages/history.js';
import { policyPage } from './pages/policy/page.js';
import { errorPage, notFoundPage } from './pages/errors.js';
import { statusPage } from './pages/status.js';
import { matchRoute, startRouter, type Navigate, type Route } from './router.js';

const main = document.getElementById('main')!;
const breadcrumbs = document.getElementById('breadcrumbs')!;

function load(route: Route, signal: AbortSignal): Promise<PageView> {
  switch (route.page) {
    case 'directory':
      return directoryPage(route.after, signal);
    case 'clinic':
      return clinicPage(route.clinic, route.after, signal);
    case 'status':
      return statusPage(route.clinic, route.after, signal);
    case 'policy':
      return policyPage(route.clinic, route.id, signal);
    case 'history':
      return historyPage(route.clinic, route.id, route.after, signal);
    case 'not-found':
      return Promise.resolve(notFoundPage(route));
  }
}

function renderCrumbs(crumbs: readonly Crumb[]): void {
  breadcrumbs.replaceChildren(
    h(
      'ol',
      null,
      crumbs.map((crumb, index) =>
        h('li', null, index === crumbs.length - 1 || !crumb.href ? h('span', { 'aria-current': 'page' }, crumb.label) : h('a', { href: crumb.href }, crumb.label)),
      ),
    ),
  );
}

function show(view: PageView): void {
  document.title = view.title;
  document.documentElement.lang = view.lang ?? 'en';
  renderCrumbs(view.crumbs);
  main.replaceChildren(...view.content);
}

/** The element a URL's #fragment names, if any. */
function fragmentTarget(url: URL): HTMLElement | null {
  try {
    return url.hash ? document.getElementById(decodeURIComponent(url.hash.slice(1))) : null;
  } catch {
    return null;
  }
}

let inFlight: AbortController | undefined;
/** Path and query of the page on screen: going back or forward between its #fragments needs no request. */
let shown: string | undefined;

const navigate: Navigate = async (url, how) => {
  if (how === 'pop' && shown === url.pathname + url.search) {
    fragmentTarget(url)?.scrollIntoView();
    return;
  }
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  const route = matchRoute(url);
  main.setAttribute('aria-busy', 'true');
  let view: PageView;
  try {
    view = await load(route, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) return;
    view = error instanceof NotFoundError ? notFoundPage(route) : errorPage(error, () => void navigate(new URL(location.href), 'push'));
  }
  if (controller.signal.aborted) return;
  show(view);
  shown = url.pathname + url.search;
  main.setAttribute('aria-busy', 'false');
  const target = fragmentTarget(url);
  if (target) target.scrollIntoView();
  else if (how === 'push') window.scrollTo(0, 0);
  // After a navigation inside the page, move focus to the new heading so screen readers announce it.
  if (how !== 'load') {
    const heading = main.querySelector('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  }
};

startRouter(navigate);
