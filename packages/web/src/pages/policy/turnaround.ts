import { graphql, getFragmentData, type FragmentType } from '../../gql/index.js';
import { parseWithin } from '@clearframe/schema/facts';
import { h } from '../../dom.js';
import { methodName } from '../../messages.js';
import { replyTime } from './contact.js';
import { detail, paragraph, say, section, type Ui } from './ui.js';

export const TurnaroundSectionFields = graphql(`
  fragment TurnaroundSection on Policy {
    spec {
      turnaround {
        within
        excludes
        fasterRepliesNotGuaranteed
        schedule
        note
      }
      contact {
        methods {
          id
          kind
          product
          offered
          turnaround {
            within
          }
        }
      }
    }
  }
`);

/** "Messages get a reply within 24 hours, not counting weekends…", a reply window, and each channel's own reply time. */
export function turnaroundSection(ui: Ui, ref: FragmentType<typeof TurnaroundSectionFields>): HTMLElement | null {
  const { spec } = getFragmentData(TurnaroundSectionFields, ref);
  const turnaround = spec.turnaround;
  const offered = (spec.contact?.methods ?? []).filter((method) => method.offered);
  const byChannel = offered.filter((method) => method.turnaround?.within);
  const labels = ui.m.turnaround;
  const duration = parseWithin(turnaround?.within);
  return section(
    ui,
    'turnaround',
    labels.heading,
    turnaround?.within &&
      say(
        ui,
        labels.sentence(duration ? labels.duration(duration.min, duration.max, duration.unit) : turnaround.within, turnaround.excludes, ui.lang ?? ui.pageLang),
        'turnaround',
      ),
    paragraph(turnaround?.schedule, 'turnaround'),
    byChannel.length > 0 && [
      say(ui, labels.byChannel),
      h(
        'ul',
        { class: 'plain-list' },
        byChannel.map((method) => h('li', null, h('span', { lang: ui.lang }, `${methodName(ui.m, method, offered)}: `), replyTime(ui, method.turnaround?.within))),
      ),
    ],
    turnaround?.fasterRepliesNotGuaranteed === true && say(ui, labels.notGuaranteed),
    detail(turnaround?.note),
  );
}
