import { h } from '../../dom.js';
import { graphql, getFragmentData, type FragmentType } from '../../gql/index.js';
import { detail, say, section, type Ui } from './ui.js';

export const ConcernsSectionFields = graphql(`
  fragment ConcernsSection on Policy {
    spec {
      concerns {
        channels
        note
      }
    }
  }
`);

/** Where to raise a concern privately instead of in public. */
export function concernsSection(ui: Ui, ref: FragmentType<typeof ConcernsSectionFields>): HTMLElement | null {
  const concerns = getFragmentData(ConcernsSectionFields, ref).spec.concerns;
  if (!concerns) return null;
  const channels = concerns.channels ?? [];
  return section(
    ui,
    'concerns',
    ui.m.concerns.heading,
    channels.length > 0 && [say(ui, ui.m.concerns.intro), h('ul', null, channels.map((channel) => h('li', null, channel)))],
    detail(concerns.note),
  );
}
