import { graphql, getFragmentData, type FragmentType } from '../../gql/index.js';
import { parseWithin } from '@clearframe/schema/facts';
import { detail, say, section, type Ui } from './ui.js';

export const TurnaroundSectionFields = graphql(`
  fragment TurnaroundSection on Policy {
    spec {
      turnaround {
        within
        excludes
        fasterRepliesNotGuaranteed
        note
      }
    }
  }
`);

/** "Messages get a reply within 24 hours, not counting weekends…", in the page's language. */
export function turnaroundSection(ui: Ui, ref: FragmentType<typeof TurnaroundSectionFields>): HTMLElement | null {
  const turnaround = getFragmentData(TurnaroundSectionFields, ref).spec.turnaround;
  if (!turnaround) return null;
  const labels = ui.m.turnaround;
  const duration = parseWithin(turnaround.within);
  return section(
    ui,
    'turnaround',
    labels.heading,
    turnaround.within &&
      say(
        ui,
        labels.sentence(duration ? labels.duration(duration.min, duration.max, duration.unit) : turnaround.within, turnaround.excludes, ui.lang ?? ui.pageLang),
        'turnaround',
      ),
    turnaround.fasterRepliesNotGuaranteed === true && say(ui, labels.notGuaranteed),
    detail(turnaround.note),
  );
}
