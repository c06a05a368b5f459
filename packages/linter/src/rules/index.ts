import type { Rule } from '../types.js';
import betweenSessions from './between-sessions.js';
import concernChannel from './concern-channel.js';
import contactByNeed from './contact-by-need.js';
import contactMethodDetails from './contact-method-details.js';
import crisisNumberJurisdiction from './crisis-number-jurisdiction.js';
import crisisNumberOutdated from './crisis-number-outdated.js';
import crisisRouteActionable from './crisis-route-actionable.js';
import crisisRouteAsyncOnly from './crisis-route-async-only.js';
import crisisRouteRequired from './crisis-route-required.js';
import dataProtectionRegistration from './data-protection-registration.js';
import disableWithoutReason from './disable-without-reason.js';
import duplicateId from './duplicate-id.js';
import fasterReplyDisclaimer from './faster-reply-disclaimer.js';
import followingClients from './following-clients.js';
import friendingConfidentiality from './friending-confidentiality.js';
import messageRecords from './message-records.js';
import onlineEncounters from './online-encounters.js';
import placeholderText from './placeholder-text.js';
import policyReviewStale from './policy-review-stale.js';
import professionalPageStance from './professional-page-stance.js';
import publicInteraction from './public-interaction.js';
import publishedUrl from './published-url.js';
import reviewSites from './review-sites.js';
import routeUnknownMethod from './route-unknown-method.js';
import schema from './schema.js';
import searchingClients from './searching-clients.js';
import secureAppSetup from './secure-app-setup.js';
import sharingAtIntake from './sharing-at-intake.js';
import socialMediaChannel from './social-media-channel.js';
import socialMediaSection from './social-media-section.js';
import telehealthLicensure from './telehealth-licensure.js';
import testimonialSolicitation from './testimonial-solicitation.js';
import textingStance from './texting-stance.js';
import turnaroundExceptions from './turnaround-exceptions.js';
import turnaroundRequired from './turnaround-required.js';
import unencryptedChannelRisk from './unencrypted-channel-risk.js';
import unusedDisable from './unused-disable.js';
import videoFallback from './video-fallback.js';
import videoPlatformSecure from './video-platform-secure.js';
import videoRecordingStance from './video-recording-stance.js';

/** Every rule of the catalog, by id, sorted. */
export const rules: ReadonlyMap<string, Rule> = new Map(
  [
    betweenSessions,
    concernChannel,
    contactByNeed,
    contactMethodDetails,
    crisisNumberJurisdiction,
    crisisNumberOutdated,
    crisisRouteActionable,
    crisisRouteAsyncOnly,
    crisisRouteRequired,
    dataProtectionRegistration,
    disableWithoutReason,
    duplicateId,
    fasterReplyDisclaimer,
    followingClients,
    friendingConfidentiality,
    messageRecords,
    onlineEncounters,
    placeholderText,
    policyReviewStale,
    professionalPageStance,
    publicInteraction,
    publishedUrl,
    reviewSites,
    routeUnknownMethod,
    schema,
    searchingClients,
    secureAppSetup,
    sharingAtIntake,
    socialMediaChannel,
    socialMediaSection,
    telehealthLicensure,
    testimonialSolicitation,
    textingStance,
    turnaroundExceptions,
    turnaroundRequired,
    unencryptedChannelRisk,
    unusedDisable,
    videoFallback,
    videoPlatformSecure,
    videoRecordingStance,
  ].map((rule) => [rule.meta.id, rule]),
);
