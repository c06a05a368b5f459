import { h, type Child } from '../../dom.js';
import { graphql, getFragmentData, type FragmentType } from '../../gql/index.js';
import { methodList } from './methods.js';
import { detail, facts, section, type Ui } from './ui.js';

export const RoutesSectionFields = graphql(`
  fragment RoutesSection on Policy {
    spec {
      contact {
        routes {
          administrative {
            ...RouteMethods
          }
          clinical {
            ...RouteMethods
          }
          urgent {
            ...RouteMethods
          }
          crisis {
            instructions
          }
        }
      }
    }
  }
`);

const RouteMethodsFields = graphql(`
  fragment RouteMethods on Route {
    note
    methods {
      id
      kind
      offered
      address
      hours
      product
    }
  }
`);

/** Which way to use for practical matters and for therapy between sessions; crisis points back to the top. */
export function routesSection(ui: Ui, ref: FragmentType<typeof RoutesSectionFields>): HTMLElement | null {
  const routes = getFragmentData(RoutesSectionFields, ref).spec.contact?.routes;
  if (!routes) return null;
  const need = (routeRef: FragmentType<typeof RouteMethodsFields> | null | undefined): Child => {
    const route = getFragmentData(RouteMethodsFields, routeRef);
    if (!route) return null;
    return [methodList(ui, route.methods), detail(route.note)];
  };
  const labels = ui.m.routes;
  return section(
    ui,
    'routes',
    labels.heading,
    facts(
      ui,
      [
        [labels.administrative, need(routes.administrative)],
        [labels.clinical, need(routes.clinical)],
        [labels.urgent, need(routes.urgent)],
        [labels.crisis, routes.crisis ? h('p', null, h('a', { href: '#crisis', lang: ui.lang }, labels.seeCrisis)) : null, 'detail'],
      ],
      'facts facts-stacked',
    ),
  );
}
