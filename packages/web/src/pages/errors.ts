import { ApiError } from '../api.js';
import { h } from '../dom.js';
import { pageTitle, type PageView } from '../page.js';
import { paths, type Route } from '../router.js';

// Someone who cannot load a policy may be looking for its crisis numbers: never leave them with nothing.
const urgentHelp = () =>
  h('p', { class: 'callout' }, h('strong', null, 'Need help now? '), 'Call your local emergency number or go to the nearest emergency department.');

/** The page for an unknown address, clinic or policy. */
export function notFoundPage(route: Route): PageView {
  const home = { label: 'Clinics', href: paths.directory() };
  if (route.page === 'policy' || route.page === 'history') {
    return {
      title: pageTitle('Policy not found'),
      crumbs: [home, { label: 'Not found' }],
      content: [
        h('h1', null, 'Policy not found'),
        h('p', { class: 'lead' }, `No policy “${route.id}” has been published for the clinic “${route.clinic}”. If your therapist gave you this link, please check it with them.`),
        h('p', null, h('a', { href: paths.directory() }, 'All clinics and their policies')),
        urgentHelp(),
      ],
    };
  }
  if (route.page === 'clinic' || route.page === 'status') {
    return {
      title: pageTitle('Clinic not found'),
      crumbs: [home, { label: 'Not found' }],
      content: [
        h('h1', null, 'Clinic not found'),
        h('p', { class: 'lead' }, `No clinic called “${route.clinic}” has published policies here.`),
        h('p', null, h('a', { href: paths.directory() }, 'All clinics and their policies')),
        urgentHelp(),
      ],
    };
  }
  return {
    title: pageTitle('Page not found'),
    crumbs: [home, { label: 'Not found' }],
    content: [
      h('h1', null, 'Page not found'),
      h('p', { class: 'lead' }, 'There is no page at this address.'),
      h('p', null, h('a', { href: paths.directory() }, 'All clinics and their policies')),
      urgentHelp(),
    ],
  };
}

/** The page shown when the API cannot be reached or cannot answer; `retry` loads the page again. */
export function errorPage(error: unknown, retry: () => void): PageView {
  const button = h('button', { type: 'button', class: 'button' }, 'Try again');
  button.addEventListener('click', retry);
  const reason =
    error instanceof ApiError
      ? `The policy server could not answer this request (${error.code ?? 'error'}: ${error.message}).`
      : 'The policy server did not answer. Check your internet connection, then try again in a moment.';
  return {
    title: pageTitle('Could not load this page'),
    crumbs: [{ label: 'Clinics', href: paths.directory() }, { label: 'Could not load' }],
    content: [h('h1', null, 'This page could not be loaded'), h('p', { class: 'lead' }, reason), h('p', null, button), urgentHelp()],
  };
}
