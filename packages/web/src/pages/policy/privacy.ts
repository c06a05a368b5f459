import { h, type Child } from '../../dom.js';
import { graphql, getFragmentData, type FragmentType } from '../../gql/index.js';
import { detail, facts, paragraph, say, section, type Ui } from './ui.js';

export const PrivacySectionFields = graphql(`
  fragment PrivacySection on Policy {
    spec {
      privacy {
        note
        records
        electronicRisks
        unencryptedConsent
        dataProtection {
          encryption
          retention
          registration {
            authority
            number
          }
        }
        video {
          platform
          secure
          agreement
          recording
          note
        }
      }
    }
  }
`);

/** The client's privacy: risks of e-mail and texts, consent, how records are protected and kept, video. */
export function privacySection(ui: Ui, ref: FragmentType<typeof PrivacySectionFields>): HTMLElement | null {
  const privacy = getFragmentData(PrivacySectionFields, ref).spec.privacy;
  if (!privacy) return null;
  const { dataProtection, video } = privacy;
  const { privacy: labels } = ui.m;
  const videoParts: Child[] = video
    ? [
        video.platform,
        video.secure == null ? null : h('span', { lang: ui.lang }, labels.videoSecure(video.secure)),
        video.agreement ? h('span', { lang: ui.lang }, labels.agreement(video.agreement)) : null,
      ].filter((part) => part !== null && part !== undefined)
    : [];
  return section(
    ui,
    'privacy',
    labels.heading,
    detail(privacy.note),
    facts(
      ui,
      [
        [labels.risks, detail(privacy.electronicRisks), 'detail'],
        [labels.consent, privacy.unencryptedConsent ? say(ui, labels.consentStance(ui.who, privacy.unencryptedConsent)) : null],
        [labels.protection, detail(dataProtection?.encryption), 'detail'],
        [labels.retention, detail(dataProtection?.retention), 'detail'],
        [labels.registration, dataProtection?.registration ? say(ui, labels.registered(dataProtection.registration.authority, dataProtection.registration.number)) : null],
        [
          labels.video,
          [
            videoParts.length > 0 ? h('p', null, videoParts.flatMap((part, index) => (index === 0 ? [part] : [', ', part])), '.') : null,
            video?.recording ? say(ui, labels.recording[video.recording]) : null,
            detail(video?.note),
          ],
        ],
        [labels.records, paragraph(privacy.records)],
      ],
      'facts facts-stacked',
    ),
  );
}
