import { externalLink, h } from '../../dom.js';
import { displayUrl } from '../../format.js';
import { graphql, getFragmentData, type FragmentType } from '../../gql/index.js';
import { detail, facts, say, section, type Ui } from './ui.js';

export const SocialMediaSectionFields = graphql(`
  fragment SocialMediaSection on Policy {
    spec {
      socialMedia {
        uses
        note
        encounters
        friending {
          allowed
          confidentialityNote
          rationale
        }
        following {
          therapistFollowsClients
          note
        }
        searchingClients {
          allowed
          exceptions
          note
        }
        interacting {
          publicReplies
          note
        }
        professionalPages {
          platform
          url
          note
          clientsMayFollow
          comments
        }
        reviewSites {
          solicitTestimonials
          publishTestimonials
          respondPublicly
          note
        }
      }
    }
  }
`);

/** The social-media stance in plain sentences; the policy's own explanations follow each one. */
export function socialMediaSection(ui: Ui, ref: FragmentType<typeof SocialMediaSectionFields>): HTMLElement | null {
  const social = getFragmentData(SocialMediaSectionFields, ref).spec.socialMedia;
  if (!social) return null;
  const { friending, following, searchingClients: searching, interacting, reviewSites, professionalPages } = social;
  const { social: labels } = ui.m;
  const { who } = ui;
  return section(
    ui,
    'social-media',
    labels.heading,
    social.uses === false && say(ui, labels.doesNotUse(who)),
    detail(social.note),
    facts(
      ui,
      [
        [
          labels.friending,
          friending && [
            friending.allowed && say(ui, labels.friendingStance(who, friending.allowed)),
            detail(friending.rationale),
            friending.confidentialityNote && h('p', null, h('strong', { lang: ui.lang }, labels.privacyMeaning), friending.confidentialityNote),
          ],
        ],
        [labels.following, following && [following.therapistFollowsClients != null && say(ui, labels.follows(who, following.therapistFollowsClients)), detail(following.note)]],
        [
          labels.searching,
          searching && [
            searching.allowed != null && say(ui, labels.searches(who, searching.allowed)),
            searching.exceptions && h('p', { class: 'detail' }, h('strong', { lang: ui.lang }, labels.exception), searching.exceptions),
            detail(searching.note),
          ],
        ],
        [labels.publicReplies, interacting && [interacting.publicReplies && say(ui, labels.publicRepliesStance(who, interacting.publicReplies)), detail(interacting.note)]],
        [
          labels.pages,
          professionalPages?.length
            ? h(
                'ul',
                { class: 'plain-list' },
                professionalPages.map((page) =>
                  h(
                    'li',
                    null,
                    h('strong', null, page.platform),
                    page.url ? [': ', externalLink(page.url, displayUrl(page.url))] : null,
                    page.clientsMayFollow != null && h('span', { class: 'block', lang: ui.lang }, labels.clientsMayFollow(page.clientsMayFollow)),
                    page.comments && h('span', { class: 'block', lang: ui.lang }, labels.comments[page.comments]),
                    page.note ? h('span', { class: 'block detail' }, page.note) : null,
                  ),
                ),
              )
            : null,
        ],
        [
          labels.reviews,
          reviewSites && [
            reviewSites.solicitTestimonials != null && say(ui, labels.solicits(who, reviewSites.solicitTestimonials)),
            reviewSites.publishTestimonials != null && say(ui, labels.publishesTestimonials(who, reviewSites.publishTestimonials)),
            reviewSites.respondPublicly != null && say(ui, labels.respondsPublicly(who, reviewSites.respondPublicly)),
            detail(reviewSites.note),
          ],
        ],
        [labels.encounters, detail(social.encounters), 'detail'],
      ],
      'facts facts-stacked',
    ),
  );
}
