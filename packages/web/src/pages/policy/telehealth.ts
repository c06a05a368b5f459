import { jurisdictionName, listText } from '../../format.js';
import { graphql, getFragmentData, type FragmentType } from '../../gql/index.js';
import { detail, facts, paragraph, say, section, type Ui } from './ui.js';

export const TelehealthSectionFields = graphql(`
  fragment TelehealthSection on Policy {
    spec {
      telehealth {
        licensedIn
        clientLocation
        note
      }
    }
  }
`);

/** Where the clinician may practise from a distance, and where the client needs to be during sessions. */
export function telehealthSection(ui: Ui, ref: FragmentType<typeof TelehealthSectionFields>): HTMLElement | null {
  const telehealth = getFragmentData(TelehealthSectionFields, ref).spec.telehealth;
  if (!telehealth) return null;
  const labels = ui.m.telehealth;
  const places = (telehealth.licensedIn ?? []).map((code) => jurisdictionName(code, ui.pageLang));
  return section(
    ui,
    'telehealth',
    labels.heading,
    places.length > 0 && say(ui, labels.licensedIn(ui.who, listText(places, 'conjunction', ui.lang ?? ui.pageLang))),
    facts(ui, [[labels.clientLocation, paragraph(telehealth.clientLocation)]], 'facts facts-stacked'),
    detail(telehealth.note),
  );
}
