import { NotFoundError, query } from '../api.js';
import { externalLink, h, phoneLink, safeUrl, type Child } from '../dom.js';
import { clinicName, dateElement, displayUrl, jurisdictionName, parseDuration, validLanguage } from '../format.js';
import { graphql } from '../gql/index.js';
import type { PolicyPageQuery } from '../gql/graphql.js';
import { pageTitle, type PageView } from '../page.js';
import { paths } from '../router.js';
import { addressScheme, messagesFor, methodName, type PolicyMessages, type Who } from '../messages.js';

const PolicyPage = graphql(`
  query PolicyPage($clinic: String!, $id: String!) {
    policy(clinic: $clinic, id: $id) {
      slug
      publishedAt
      clinic {
        slug
      }
      currentVersion {
        number
      }
      metadata {
        title
        language
        jurisdiction
        effective
        reviewed
        clinician {
          name
          credentials
          pronouns
          license {
            jurisdiction
            number
          }
        }
      }
      spec {
        contact {
          betweenSessions
          methods {
            id
            kind
            offered
            address
            secure
            hours
            setup
            riskNote
            product
            fallback
            note
          }
          routes {
            administrative {
              note
              methods {
                id
              }
            }
            clinical {
              note
              methods {
                id
              }
            }
            crisis {
              instructions
              note
              contacts {
                name
                number
                kind
                text
                url
                hours
              }
              methods {
                id
              }
            }
          }
        }
        turnaround {
          within
          excludes
          fasterRepliesNotGuaranteed
          note
        }
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
          }
          reviewSites {
            solicitTestimonials
            respondPublicly
            note
          }
        }
        privacy {
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
          }
        }
        concerns {
          channels
          note
        }
        sharing {
          atIntake
          acknowledgement
          url
        }
      }
    }
  }
`);

type Policy = NonNullable<PolicyPageQuery['policy']>;
type Spec = Policy['spec'];
type Method = NonNullable<NonNullable<Spec['contact']>['methods']>[number];

/** How the page speaks: the messages, and the lang attribute for elements holding them when no catalog has the policy's language. */
interface Ui {
  m: PolicyMessages;
  lang: string | undefined;
  /** The policy's language, for dates and region names. */
  pageLang: string;
  who: Who;
}

export async function policyPage(clinic: string, id: string, signal: AbortSignal): Promise<PageView> {
  const { policy } = await query(PolicyPage, { clinic, id }, signal);
  if (!policy) throw new NotFoundError(`no policy "${id}" in clinic "${clinic}"`);
  const pageLang = validLanguage(policy.metadata.language);
  const m = messagesFor(pageLang);
  const name = policy.metadata.clinician?.name;
  const ui: Ui = {
    m,
    lang: m.lang === pageLang.split('-')[0]!.toLowerCase() ? undefined : m.lang,
    pageLang,
    who: name ? { subject: name, object: name } : m.practice,
  };
  const methods = policy.spec.contact?.methods ?? [];
  const title = policy.metadata.title ?? m.defaultTitle;
  const clinicLabel = clinicName(policy.clinic.slug);
  return {
    title: pageTitle(name ? `${name}: ${title}` : title, clinicLabel),
    lang: pageLang,
    crumbs: [
      { label: 'Clinics', href: paths.directory() },
      { label: clinicLabel, href: paths.clinic(policy.clinic.slug) },
      { label: name ?? title },
    ],
    content: [
      policyHeader(ui, policy, title, clinicLabel),
      crisisSection(ui, policy.spec, methods),
      contactSection(ui, policy.spec, methods),
      routesSection(ui, policy.spec, methods),
      turnaroundSection(ui, policy.spec),
      socialMediaSection(ui, policy.spec),
      privacySection(ui, policy.spec),
      concernsSection(ui, policy.spec),
      aboutSection(ui, policy),
    ].filter((node): node is HTMLElement => node !== null),
  };
}

function policyHeader(ui: Ui, policy: Policy, title: string, clinicLabel: string): HTMLElement {
  const { clinician, jurisdiction, reviewed } = policy.metadata;
  const license = clinician?.license?.number ? h('span', { lang: ui.lang }, ui.m.license(clinician.license.number, clinician.license.jurisdiction)) : null;
  const about: Child[] = [clinician?.credentials?.length ? clinician.credentials.join(', ') : null, clinician?.pronouns ?? null, license].filter((part) => part !== null);
  return h(
    'header',
    { class: 'policy-header' },
    h('p', { class: 'eyebrow' }, clinicLabel, jurisdiction ? [' · ', h('span', { class: 'nowrap' }, jurisdictionName(jurisdiction, ui.pageLang))] : null),
    h('h1', null, clinician?.name ?? title),
    clinician?.name ? h('p', { class: 'subtitle' }, title) : null,
    about.length > 0 && h('p', { class: 'meta' }, about.flatMap((part, index) => (index === 0 ? [part] : [' · ', part]))),
    h(
      'p',
      { class: 'meta', lang: ui.lang },
      reviewed ? [`${ui.m.lastReviewed} `, dateElement(reviewed, ui.pageLang), ' · '] : null,
      ui.m.version(policy.currentVersion.number),
    ),
  );
}

/** A section with an h2; null when it would be empty. */
function section(ui: Ui, id: string, heading: string, ...children: Child[]): HTMLElement | null {
  const body = children.filter((child) => child !== null && child !== undefined && child !== false && !(Array.isArray(child) && child.length === 0));
  if (body.length === 0) return null;
  return h('section', { id, 'aria-labelledby': `${id}-heading` }, h('h2', { id: `${id}-heading`, lang: ui.lang }, heading), body);
}

const isEmpty = (value: Child) => value === null || value === undefined || value === false || value === '' || (Array.isArray(value) && value.every(isEmpty));

/** dt/dd pairs; pairs whose value is empty are left out, and so is the whole list when nothing is left. */
function facts(ui: Ui, pairs: readonly [string, Child][], className = 'facts'): HTMLDListElement | null {
  const present = pairs.filter(([, value]) => !isEmpty(value));
  if (present.length === 0) return null;
  return h('dl', { class: className }, present.map(([term, value]) => [h('dt', { lang: ui.lang }, term), h('dd', null, value)]));
}

/** Policy text, verbatim. */
const paragraph = (text: string | null | undefined, className?: string) => (text ? h('p', { class: className }, text) : null);

/** A sentence of the page's own wording. */
const say = (ui: Ui, text: string | null | undefined) => (text ? h('p', { lang: ui.lang }, text) : null);

function crisisSection(ui: Ui, spec: Spec, methods: readonly Method[]): HTMLElement | null {
  const crisis = spec.contact?.routes?.crisis;
  if (!crisis) return null;
  const contacts = crisis.contacts ?? [];
  const also = resolveMethods(crisis.methods, methods);
  const element = section(
    ui,
    'crisis',
    ui.m.crisis.heading,
    paragraph(crisis.instructions, 'crisis-instructions'),
    contacts.length > 0 &&
      h(
        'ul',
        { class: 'crisis-contacts' },
        contacts.map((contact) =>
          h(
            'li',
            null,
            h('span', { class: 'crisis-name' }, contact.name),
            contact.number &&
              h(
                'span',
                { class: 'crisis-actions' },
                phoneLink(contact.number, ui.m.crisis.call(contact.number), 'tel', { class: 'call', lang: ui.lang }),
                contact.text ? phoneLink(contact.number, ui.m.crisis.text(contact.number), 'sms', { class: 'call', lang: ui.lang }) : null,
              ),
            contact.hours && h('span', { class: 'crisis-hours' }, contact.hours),
            contact.url && safeUrl(contact.url) ? h('span', null, externalLink(contact.url, displayUrl(contact.url))) : null,
          ),
        ),
      ),
    also.length > 0 && [say(ui, ui.m.crisis.alsoUse), methodList(ui, also)],
    paragraph(crisis.note),
  );
  element?.classList.add('crisis');
  return element;
}

function resolveMethods(named: readonly { id: string }[], methods: readonly Method[]): Method[] {
  return named.map((n) => methods.find((m) => m.id === n.id)).filter((m): m is Method => m !== undefined && m.offered);
}

/** A method's address as a link that opens it (call, text, write, visit), or as text. */
function addressLink(method: Method): HTMLElement | null {
  if (!method.address) return null;
  switch (addressScheme(method.kind)) {
    case 'tel':
      return phoneLink(method.address, method.address, 'tel');
    case 'sms':
      return phoneLink(method.address, method.address, 'sms');
    case 'mailto':
      return /^[^\s@/]+@[^\s@/]+$/.test(method.address) ? h('a', { href: `mailto:${method.address}` }, method.address) : h('span', null, method.address);
    case 'url':
      return externalLink(method.address, displayUrl(method.address));
    case 'text':
      return h('span', null, method.address);
  }
}

/** A short list of methods for one need: name (linking to the method's details), address and hours. */
function methodList(ui: Ui, list: readonly Method[]): HTMLUListElement {
  return h(
    'ul',
    { class: 'method-list' },
    list.map((method) =>
      h(
        'li',
        null,
        h('a', { href: `#method-${method.id}`, lang: ui.lang }, methodName(ui.m, method)),
        method.address ? [': ', addressLink(method)] : null,
        method.hours ? [' (', method.hours, ')'] : null,
      ),
    ),
  );
}

function contactSection(ui: Ui, spec: Spec, methods: readonly Method[]): HTMLElement | null {
  const offered = methods.filter((m) => m.offered);
  const notOffered = methods.filter((m) => !m.offered);
  const { contact: labels } = ui.m;
  return section(
    ui,
    'contact',
    labels.heading,
    spec.contact?.betweenSessions && h('p', { class: 'callout' }, h('strong', { lang: ui.lang }, labels.betweenSessions), spec.contact.betweenSessions),
    offered.length > 0 &&
      h(
        'ul',
        { class: 'methods' },
        offered.map((method) =>
          h(
            'li',
            { id: `method-${method.id}`, class: 'method' },
            h('h3', { lang: ui.lang }, methodName(ui.m, method)),
            method.address && h('p', { class: 'method-address' }, addressLink(method)),
            paragraph(method.note),
            facts(ui, [
              [labels.hours, method.hours],
              [labels.security, method.secure == null ? null : h('span', { lang: ui.lang }, labels.encrypted(method.secure))],
              [labels.privacy, method.riskNote],
              [labels.setup, method.setup],
              [labels.fallback, method.fallback],
            ]),
          ),
        ),
      ),
    notOffered.length > 0 && [
      h('h3', { lang: ui.lang }, labels.notUsed),
      h(
        'ul',
        { class: 'not-used' },
        notOffered.map((method) =>
          h('li', { id: `method-${method.id}` }, h('strong', { lang: ui.lang }, `${ui.m.methodKinds[method.kind].notUsed}.`), method.note ? ` ${method.note}` : null),
        ),
      ),
    ],
  );
}

function routesSection(ui: Ui, spec: Spec, methods: readonly Method[]): HTMLElement | null {
  const routes = spec.contact?.routes;
  if (!routes) return null;
  const need = (route: { note?: string | null; methods: readonly { id: string }[] } | null | undefined): Child => {
    if (!route) return null;
    const list = resolveMethods(route.methods, methods);
    return [list.length > 0 ? methodList(ui, list) : null, paragraph(route.note)];
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
        [labels.crisis, routes.crisis ? h('p', null, h('a', { href: '#crisis', lang: ui.lang }, labels.seeCrisis)) : null],
      ],
      'facts facts-stacked',
    ),
  );
}

function turnaroundSection(ui: Ui, spec: Spec): HTMLElement | null {
  const turnaround = spec.turnaround;
  if (!turnaround) return null;
  const labels = ui.m.turnaround;
  const duration = turnaround.within ? parseDuration(turnaround.within) : null;
  return section(
    ui,
    'turnaround',
    labels.heading,
    turnaround.within &&
      h('p', { class: 'turnaround', lang: ui.lang }, labels.sentence(duration ? labels.duration(duration.count, duration.unit) : turnaround.within, turnaround.excludes, ui.lang ?? ui.pageLang)),
    turnaround.fasterRepliesNotGuaranteed === true && say(ui, labels.notGuaranteed),
    paragraph(turnaround.note),
  );
}

function socialMediaSection(ui: Ui, spec: Spec): HTMLElement | null {
  const social = spec.socialMedia;
  if (!social) return null;
  const { friending, following, searchingClients: searching, interacting, reviewSites, professionalPages } = social;
  const { social: labels } = ui.m;
  const { who } = ui;
  return section(
    ui,
    'social-media',
    labels.heading,
    social.uses === false && say(ui, labels.doesNotUse(who)),
    paragraph(social.note),
    facts(
      ui,
      [
        [
          labels.friending,
          friending && [
            friending.allowed && say(ui, labels.friendingStance(who, friending.allowed)),
            paragraph(friending.rationale),
            friending.confidentialityNote && h('p', null, h('strong', { lang: ui.lang }, labels.privacyMeaning), friending.confidentialityNote),
          ],
        ],
        [labels.following, following && [following.therapistFollowsClients != null && say(ui, labels.follows(who, following.therapistFollowsClients)), paragraph(following.note)]],
        [
          labels.searching,
          searching && [
            searching.allowed != null && say(ui, labels.searches(who, searching.allowed)),
            searching.exceptions && h('p', null, h('strong', { lang: ui.lang }, labels.exception), searching.exceptions),
            paragraph(searching.note),
          ],
        ],
        [labels.publicReplies, interacting && [interacting.publicReplies && say(ui, labels.publicRepliesStance(who, interacting.publicReplies)), paragraph(interacting.note)]],
        [
          labels.pages,
          professionalPages?.length
            ? h(
                'ul',
                { class: 'plain-list' },
                professionalPages.map((page) =>
                  h('li', null, h('strong', null, page.platform), page.url ? [': ', externalLink(page.url, displayUrl(page.url))] : null, page.note ? [h('br'), page.note] : null),
                ),
              )
            : null,
        ],
        [
          labels.reviews,
          reviewSites && [
            reviewSites.solicitTestimonials != null && say(ui, labels.solicits(who, reviewSites.solicitTestimonials)),
            reviewSites.respondPublicly != null && say(ui, labels.respondsPublicly(who, reviewSites.respondPublicly)),
            paragraph(reviewSites.note),
          ],
        ],
        [labels.encounters, paragraph(social.encounters)],
      ],
      'facts facts-stacked',
    ),
  );
}

function privacySection(ui: Ui, spec: Spec): HTMLElement | null {
  const privacy = spec.privacy;
  if (!privacy) return null;
  const { dataProtection, video } = privacy;
  const { privacy: labels } = ui.m;
  const videoParts: Child[] = video
    ? [video.platform, video.secure == null ? null : h('span', { lang: ui.lang }, labels.videoSecure(video.secure)), video.agreement ? h('span', { lang: ui.lang }, labels.agreement(video.agreement)) : null].filter(
        (part) => part !== null && part !== undefined,
      )
    : [];
  return section(
    ui,
    'privacy',
    labels.heading,
    facts(
      ui,
      [
        [labels.risks, paragraph(privacy.electronicRisks)],
        [labels.consent, privacy.unencryptedConsent ? say(ui, labels.consentStance(ui.who, privacy.unencryptedConsent)) : null],
        [labels.protection, paragraph(dataProtection?.encryption)],
        [labels.retention, paragraph(dataProtection?.retention)],
        [labels.registration, dataProtection?.registration ? say(ui, labels.registered(dataProtection.registration.authority, dataProtection.registration.number)) : null],
        [labels.video, videoParts.length > 0 ? h('p', null, videoParts.flatMap((part, index) => (index === 0 ? [part] : [', ', part])), '.') : null],
      ],
      'facts facts-stacked',
    ),
  );
}

function concernsSection(ui: Ui, spec: Spec): HTMLElement | null {
  const concerns = spec.concerns;
  if (!concerns) return null;
  const channels = concerns.channels ?? [];
  return section(
    ui,
    'concerns',
    ui.m.concerns.heading,
    channels.length > 0 && [say(ui, ui.m.concerns.intro), h('ul', null, channels.map((channel) => h('li', null, channel)))],
    paragraph(concerns.note),
  );
}

function aboutSection(ui: Ui, policy: Policy): HTMLElement | null {
  const { reviewed, effective } = policy.metadata;
  const sharing = policy.spec.sharing;
  const { about: labels } = ui.m;
  const pageUrl = new URL(paths.policy(policy.clinic.slug, policy.slug), location.origin).href;
  const online = sharing?.url && safeUrl(sharing.url) ? sharing.url : pageUrl;
  const print = h('button', { type: 'button', class: 'button', lang: ui.lang }, labels.print);
  print.addEventListener('click', () => window.print());
  return section(
    ui,
    'about',
    labels.heading,
    sharing?.atIntake && say(ui, labels.atIntake(sharing.acknowledgement)),
    facts(ui, [
      [labels.lastReviewed, reviewed ? dateElement(reviewed, ui.pageLang) : null],
      [labels.effective, effective ? dateElement(effective, ui.pageLang) : null],
      [labels.version, [h('span', { lang: ui.lang }, labels.versionPublished(policy.currentVersion.number)), dateElement(policy.publishedAt, ui.pageLang)]],
      [labels.online, externalLink(online, displayUrl(online))],
    ]),
    h('p', { class: 'actions no-print' }, print, ' ', h('a', { href: paths.history(policy.clinic.slug, policy.slug), lang: ui.lang }, labels.history)),
  );
}
