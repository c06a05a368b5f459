// The wording of the policy page, in the policy's language where there is a catalog for it.
// Free text from the policy is never rewritten: these messages only phrase structured values
// (enums, booleans, durations) and label the sections around the policy's own words.
import type { DurationUnit } from '@clearframe/schema/facts';
import { humanize } from './format.js';
import type {
  Acknowledgement,
  AddressProvided,
  ContactMethodKind,
  FriendingAllowed,
  PageComments,
  PublicReplies,
  TurnaroundExclusion,
  UnencryptedConsent,
  VideoRecording,
} from './gql/graphql.js';

/** The clinician by name, or the practice when the policy names no clinician. */
export interface Who {
  /** At the start of a sentence. */
  subject: string;
  /** Inside a sentence. */
  object: string;
}


export interface PolicyMessages {
  /** The catalog's language (BCP 47). */
  lang: string;
  practice: Who;
  defaultTitle: string;
  license: (number: string, jurisdiction: string | null | undefined) => string;
  lastReviewed: string;
  version: (n: number) => string;
  crisis: {
    heading: string;
    call: (number: string) => string;
    text: (number: string) => string;
    alsoUse: string;
    /** The first words on the page when the policy gives no number to call; null: the jurisdiction's number is not known. */
    dangerNow: (number: string | null) => string;
  };
  contact: {
    heading: string;
    betweenSessions: string;
    notUsed: string;
    hours: string;
    security: string;
    encrypted: (secure: boolean) => string;
    privacy: string;
    setup: string;
    fallback: string;
    /** Offered only under a condition, in the policy's words. */
    condition: string;
    details: string;
    addressProvided: Record<AddressProvided, string>;
    replyTime: string;
  };
  methodKinds: Record<ContactMethodKind, { name: string; notUsed: string }>;
  routes: { heading: string; administrative: string; clinical: string; urgent: string; crisis: string; seeCrisis: string };
  turnaround: {
    heading: string;
    duration: (min: number, max: number, unit: DurationUnit) => string;
    sentence: (duration: string, excludes: readonly TurnaroundExclusion[] | null | undefined, lang: string) => string;
    notGuaranteed: string;
    byChannel: string;
  };
  social: {
    heading: string;
    doesNotUse: (who: Who) => string;
    friending: string;
    friendingStance: (who: Who, allowed: FriendingAllowed) => string;
    privacyMeaning: string;
    following: string;
    follows: (who: Who, follows: boolean) => string;
    searching: string;
    searches: (who: Who, allowed: boolean) => string;
    exception: string;
    publicReplies: string;
    publicRepliesStance: (who: Who, replies: PublicReplies) => string;
    pages: string;
    reviews: string;
    solicits: (who: Who, solicits: boolean) => string;
    respondsPublicly: (who: Who, responds: boolean) => string;
    publishesTestimonials: (who: Who, publishes: boolean) => string;
    clientsMayFollow: (may: boolean) => string;
    comments: Record<PageComments, string>;
    encounters: string;
  };
  privacy: {
    heading: string;
    risks: string;
    consent: string;
    consentStance: (who: Who, consent: UnencryptedConsent) => string;
    protection: string;
    retention: string;
    registration: string;
    registered: (authority: string, number: string | null | undefined) => string;
    video: string;
    videoSecure: (secure: boolean) => string;
    agreement: (agreement: string) => string;
    recording: Record<VideoRecording, string>;
    records: string;
  };
  telehealth: { heading: string; licensedIn: (who: Who, places: string) => string; clientLocation: string };
  concerns: { heading: string; intro: string };
  about: {
    heading: string;
    atIntake: (acknowledgement: Acknowledgement | null | undefined) => string;
    lastReviewed: string;
    effective: string;
    version: string;
    versionPublished: (n: number) => string;
    online: string;
    print: string;
    history: string;
  };
  /** A retired policy keeps its URL and says so. */
  retired: { since: string; current: (clinic: string) => string };
  handout: {
    /** The opt-in: print the policy's full wording, not only the handout. */
    fullWording: string;
    agreement: (who: Who, acknowledgement: 'signed') => string;
    clientName: string;
    signature: string;
    date: string;
  };
}

const list = (lang: string, items: readonly string[], type: 'conjunction' | 'disjunction') => new Intl.ListFormat(lang, { style: 'long', type }).format(items);

const en: PolicyMessages = {
  lang: 'en',
  practice: { subject: 'The practice', object: 'the practice' },
  defaultTitle: 'Communications & Social Media Policy',
  license: (number, jurisdiction) => `License ${number}${jurisdiction ? ` (${jurisdiction})` : ''}`,
  lastReviewed: 'Last reviewed',
  version: (n) => `Version ${n}`,
  crisis: {
    heading: 'In a crisis or emergency',
    call: (n) => `Call ${n}`,
    text: (n) => `Text ${n}`,
    alsoUse: 'You can also use:',
    dangerNow: (n) => (n ? `If you are in danger now, call ${n}.` : 'If you are in danger now, call your local emergency number.'),
  },
  contact: {
    heading: 'How to get in touch',
    betweenSessions: 'Between sessions: ',
    notUsed: 'Not used',
    hours: 'Hours',
    security: 'Security',
    encrypted: (secure) => (secure ? 'Encrypted' : 'Not encrypted'),
    privacy: 'Privacy',
    setup: 'Setting it up',
    fallback: 'If the connection fails',
    condition: 'Condition: ',
    details: 'Details: ',
    addressProvided: {
      AT_INTAKE: 'given at your first appointment',
      ON_REQUEST: 'given when you ask',
      IN_PORTAL: 'in the client portal',
      ON_WEBSITE: 'on the practice’s website',
    },
    replyTime: 'Reply time',
  },
  methodKinds: {
    PHONE: { name: 'Phone', notUsed: 'No phone calls' },
    SMS: { name: 'Text message', notUsed: 'No texting' },
    EMAIL: { name: 'E-mail', notUsed: 'No e-mail' },
    SECURE_MESSAGING: { name: 'Secure messaging', notUsed: 'No secure-messaging app' },
    VIDEO: { name: 'Video sessions', notUsed: 'No video sessions' },
    PORTAL: { name: 'Client portal', notUsed: 'No client portal' },
    WEB_FORM: { name: 'Contact form', notUsed: 'No contact form' },
    SOCIAL_MEDIA: { name: 'Social media', notUsed: 'No contact through social media' },
    IN_PERSON: { name: 'In person', notUsed: 'No contact in person' },
  },
  routes: {
    heading: 'Which way for what',
    administrative: 'Appointments, billing and other practical matters',
    clinical: 'Your therapy between sessions: check-ins, homework, journaling',
    urgent: 'Urgent, but not an emergency',
    crisis: 'A crisis or emergency',
    seeCrisis: 'See “In a crisis or emergency” at the top of this page.',
  },
  turnaround: {
    heading: 'How soon you will hear back',
    duration: (min, max, unit) => {
      const words = { hours: ['hour', 'hours'], days: ['day', 'days'], 'business-days': ['business day', 'business days'] } as const;
      return `${min === max ? min : `${min}–${max}`} ${words[unit][max === 1 ? 0 : 1]}`;
    },
    sentence: (duration, excludes, lang) => {
      const lead = `Messages get a reply within ${duration}`;
      if (!excludes) return `${lead}.`;
      if (excludes.length === 0) return `${lead}, counting weekends and holidays too.`;
      const names = {
        WEEKENDS: 'weekends',
        HOLIDAYS: 'public holidays',
        VACATIONS: 'time off',
        EVENINGS: 'evenings',
        NIGHTS: 'nights',
        OUTSIDE_OFFICE_HOURS: 'time outside office hours',
      } as const;
      return `${lead}, not counting ${list(lang, excludes.map((e) => names[e]), 'disjunction')}.`;
    },
    notGuaranteed: 'A faster reply is not guaranteed.',
    byChannel: 'Reply times by way of contact:',
  },
  social: {
    heading: 'Social media',
    doesNotUse: (who) => `${who.subject} does not use social media.`,
    friending: 'Friend and connection requests',
    friendingStance: (who, allowed) =>
      allowed === 'NO'
        ? `${who.subject} does not accept friend or connection requests from clients.`
        : allowed === 'YES'
          ? `${who.subject} may accept friend or connection requests from clients.`
          : `${who.subject} considers friend or connection requests from clients case by case.`,
    privacyMeaning: 'What this means for your privacy: ',
    following: 'Following',
    follows: (who, follows) => `${who.subject} ${follows ? 'may follow' : 'does not follow'} clients on social media.`,
    searching: 'Looking you up online',
    searches: (who, allowed) => `${who.subject} ${allowed ? 'may look' : 'does not look'} clients up online.`,
    exception: 'Exception: ',
    publicReplies: 'Public comments and tags',
    publicRepliesStance: (who, replies) =>
      replies === 'ALLOWED'
        ? `You are welcome to comment on, reply to or tag ${who.object} in public.`
        : `Please ${replies === 'DISCOURAGED' ? 'avoid commenting on, replying to or tagging' : 'do not comment on, reply to or tag'} ${who.object} in public: it can show others that you are a client.`,
    pages: 'Professional pages',
    reviews: 'Reviews and testimonials',
    solicits: (who, solicits) => (solicits ? `${who.subject} may ask clients for reviews or testimonials.` : `${who.subject} will never ask you for a review or testimonial.`),
    respondsPublicly: (who, responds) => `${who.subject} ${responds ? 'may respond' : 'will not respond'} publicly to reviews.`,
    publishesTestimonials: (who, publishes) => `${who.subject} ${publishes ? 'publishes' : 'does not publish'} testimonials.`,
    clientsMayFollow: (may) => (may ? 'Clients are welcome to follow this page.' : 'If you are a client, please don’t follow this page.'),
    comments: { OPEN: 'Comments are open.', MODERATED: 'Comments are moderated.', CLOSED: 'Comments are turned off.' },
    encounters: 'If you meet online by chance',
  },
  privacy: {
    heading: 'Your privacy',
    risks: 'Risks of e-mail and texts',
    consent: 'Your consent',
    consentStance: (who, consent) =>
      consent === 'REQUIRED'
        ? `Before ${who.object} uses a channel that is not encrypted with you, you will be asked to agree to its risks.`
        : 'Every channel offered is encrypted, so no separate consent is needed.',
    protection: 'How records are protected',
    retention: 'How long records are kept',
    registration: 'Data-protection registration',
    registered: (authority, number) => {
      const name = authority.toUpperCase() === 'ICO' ? "the Information Commissioner's Office (ICO)" : authority;
      return number ? `Registered with ${name}, number ${number}.` : `Registered with ${name}.`;
    },
    video: 'Video sessions',
    videoSecure: (secure) => (secure ? 'encrypted' : 'not encrypted'),
    agreement: (agreement) => {
      const names: Record<string, string> = { BAA: 'a business associate agreement (BAA)', DPA: 'a data processing agreement (DPA)' };
      return `covered by ${names[agreement.toUpperCase()] ?? agreement}`;
    },
    recording: { NEVER: 'Sessions are never recorded.', WITH_CONSENT: 'Sessions are recorded only with your consent.', ALWAYS: 'Sessions are recorded.' },
    records: 'Your clinical record',
  },
  telehealth: {
    heading: 'Sessions from a distance',
    licensedIn: (who, places) => `${who.subject} is licensed to practise in ${places}.`,
    clientLocation: 'Where you need to be',
  },
  concerns: { heading: 'If something bothers you', intro: 'You can raise a concern privately:' },
  about: {
    heading: 'About this policy',
    atIntake: (ack) =>
      `You will go through this policy together at your first appointment${ack === 'SIGNED' ? ' and be asked to sign it' : ack === 'VERBAL' ? ' and be asked to confirm that you agree' : ''}.`,
    lastReviewed: 'Last reviewed',
    effective: 'In effect since',
    version: 'Version',
    versionPublished: (n) => `${n}, published `,
    online: 'Online',
    print: 'Print or save as PDF',
    history: 'Version history and what changed',
  },
  retired: { since: 'This policy is no longer in effect. It was retired on ', current: (clinic) => `Current policies at ${clinic}` },
  handout: {
    fullWording: 'Print the full wording, not only the summary',
    agreement: (who) => `I have read this policy and gone through it with ${who.object}.`,
    clientName: 'Client name',
    signature: 'Signature',
    date: 'Date',
  },
};

// Spanish, addressing the client as "usted" (as policies written in Spanish do).
const es: PolicyMessages = {
  lang: 'es',
  practice: { subject: 'La consulta', object: 'la consulta' },
  defaultTitle: 'Política de comunicaciones y redes sociales',
  license: (number, jurisdiction) => `Licencia ${number}${jurisdiction ? ` (${jurisdiction})` : ''}`,
  lastReviewed: 'Última revisión:',
  version: (n) => `Versión ${n}`,
  crisis: {
    heading: 'En una crisis o emergencia',
    call: (n) => `Llamar al ${n}`,
    text: (n) => `Enviar texto al ${n}`,
    alsoUse: 'También puede usar:',
    dangerNow: (n) => (n ? `Si está en peligro ahora, llame al ${n}.` : 'Si está en peligro ahora, llame al número de emergencias de su zona.'),
  },
  contact: {
    heading: 'Cómo comunicarse',
    betweenSessions: 'Entre sesiones: ',
    notUsed: 'No se usa',
    hours: 'Horario',
    security: 'Seguridad',
    encrypted: (secure) => (secure ? 'Con cifrado' : 'Sin cifrado'),
    privacy: 'Privacidad',
    setup: 'Cómo empezar',
    fallback: 'Si falla la conexión',
    condition: 'Condición: ',
    details: 'Datos: ',
    addressProvided: {
      AT_INTAKE: 'se los darán en su primera cita',
      ON_REQUEST: 'se los darán si los pide',
      IN_PORTAL: 'en el portal de clientes',
      ON_WEBSITE: 'en el sitio web de la consulta',
    },
    replyTime: 'Plazo de respuesta',
  },
  methodKinds: {
    PHONE: { name: 'Teléfono', notUsed: 'Sin llamadas telefónicas' },
    SMS: { name: 'Mensajes de texto', notUsed: 'Sin mensajes de texto' },
    EMAIL: { name: 'Correo electrónico', notUsed: 'Sin correo electrónico' },
    SECURE_MESSAGING: { name: 'Mensajería segura', notUsed: 'Sin aplicación de mensajería segura' },
    VIDEO: { name: 'Sesiones por video', notUsed: 'Sin sesiones por video' },
    PORTAL: { name: 'Portal de clientes', notUsed: 'Sin portal de clientes' },
    WEB_FORM: { name: 'Formulario de contacto', notUsed: 'Sin formulario de contacto' },
    SOCIAL_MEDIA: { name: 'Redes sociales', notUsed: 'Sin contacto por redes sociales' },
    IN_PERSON: { name: 'En persona', notUsed: 'Sin contacto en persona' },
  },
  routes: {
    heading: 'Qué vía usar para cada cosa',
    administrative: 'Citas, pagos y otros asuntos prácticos',
    clinical: 'Su terapia entre sesiones: consultas breves, tareas, diario',
    urgent: 'Algo urgente, pero que no es una emergencia',
    crisis: 'Una crisis o emergencia',
    seeCrisis: 'Vea «En una crisis o emergencia» al principio de esta página.',
  },
  turnaround: {
    heading: 'Cuándo recibirá respuesta',
    duration: (min, max, unit) => {
      const words = { hours: ['hora', 'horas'], days: ['día', 'días'], 'business-days': ['día hábil', 'días hábiles'] } as const;
      return `${min === max ? min : `${min}–${max}`} ${words[unit][max === 1 ? 0 : 1]}`;
    },
    sentence: (duration, excludes, lang) => {
      const lead = `Los mensajes reciben respuesta en un plazo de ${duration}`;
      if (!excludes) return `${lead}.`;
      if (excludes.length === 0) return `${lead}, contando también fines de semana y festivos.`;
      const names = {
        WEEKENDS: 'fines de semana',
        HOLIDAYS: 'días festivos',
        VACATIONS: 'vacaciones',
        EVENINGS: 'las tardes',
        NIGHTS: 'las noches',
        OUTSIDE_OFFICE_HOURS: 'el tiempo fuera del horario de consulta',
      } as const;
      return `${lead}, sin contar ${list(lang, excludes.map((e) => names[e]), 'conjunction')}.`;
    },
    notGuaranteed: 'No se garantiza una respuesta más rápida.',
    byChannel: 'Plazos de respuesta según la vía de contacto:',
  },
  social: {
    heading: 'Redes sociales',
    doesNotUse: (who) => `${who.subject} no usa redes sociales.`,
    friending: 'Solicitudes de amistad y de contacto',
    friendingStance: (who, allowed) =>
      allowed === 'NO'
        ? `${who.subject} no acepta solicitudes de amistad ni de contacto de clientes.`
        : allowed === 'YES'
          ? `${who.subject} puede aceptar solicitudes de amistad o de contacto de clientes.`
          : `${who.subject} valora cada solicitud de amistad o de contacto de clientes por separado.`,
    privacyMeaning: 'Lo que esto significa para su privacidad: ',
    following: 'Seguir a clientes',
    follows: (who, follows) => `${who.subject} ${follows ? 'puede seguir' : 'no sigue'} a clientes en redes sociales.`,
    searching: 'Búsquedas sobre usted en internet',
    searches: (who, allowed) => `${who.subject} ${allowed ? 'puede buscar' : 'no busca'} información sobre sus clientes en internet.`,
    exception: 'Excepción: ',
    publicReplies: 'Comentarios y etiquetas en público',
    publicRepliesStance: (who, replies) =>
      replies === 'ALLOWED'
        ? `Puede comentar, responder o etiquetar a ${who.object} en público.`
        : `${replies === 'DISCOURAGED' ? 'Le pedimos que evite comentar, responder o etiquetar' : 'Por favor, no comente, responda ni etiquete'} a ${who.object} en público: eso puede revelar a otras personas que usted es cliente.`,
    pages: 'Páginas profesionales',
    reviews: 'Reseñas y testimonios',
    solicits: (who, solicits) => (solicits ? `${who.subject} puede pedir reseñas o testimonios a sus clientes.` : `${who.subject} nunca le pedirá una reseña ni un testimonio.`),
    respondsPublicly: (who, responds) => `${who.subject} ${responds ? 'puede responder' : 'no responderá'} en público a las reseñas.`,
    publishesTestimonials: (who, publishes) => `${who.subject} ${publishes ? 'publica' : 'no publica'} testimonios.`,
    clientsMayFollow: (may) => (may ? 'Los clientes pueden seguir esta página.' : 'Si es cliente, le pedimos que no siga esta página.'),
    comments: { OPEN: 'Los comentarios están abiertos.', MODERATED: 'Los comentarios se moderan.', CLOSED: 'Los comentarios están desactivados.' },
    encounters: 'Si coinciden en internet por casualidad',
  },
  privacy: {
    heading: 'Su privacidad',
    risks: 'Riesgos del correo electrónico y los mensajes de texto',
    consent: 'Su consentimiento',
    consentStance: (who, consent) =>
      consent === 'REQUIRED'
        ? `Antes de que ${who.object} use con usted una vía sin cifrar, se le pedirá que acepte sus riesgos.`
        : 'Todas las vías que se ofrecen van cifradas, así que no hace falta un consentimiento aparte.',
    protection: 'Cómo se protegen los expedientes',
    retention: 'Cuánto tiempo se guardan los expedientes',
    registration: 'Registro de protección de datos',
    registered: (authority, number) => (number ? `Registrado ante ${authority}, número ${number}.` : `Registrado ante ${authority}.`),
    video: 'Sesiones por video',
    videoSecure: (secure) => (secure ? 'cifradas' : 'sin cifrar'),
    agreement: (agreement) => {
      const names: Record<string, string> = { BAA: 'un acuerdo de socio comercial (BAA)', DPA: 'un acuerdo de tratamiento de datos (DPA)' };
      return `con ${names[agreement.toUpperCase()] ?? agreement}`;
    },
    recording: { NEVER: 'Las sesiones nunca se graban.', WITH_CONSENT: 'Las sesiones solo se graban con su consentimiento.', ALWAYS: 'Las sesiones se graban.' },
    records: 'Su expediente clínico',
  },
  telehealth: {
    heading: 'Sesiones a distancia',
    licensedIn: (who, places) => `${who.subject} tiene licencia para ejercer en ${places}.`,
    clientLocation: 'Dónde debe encontrarse',
  },
  concerns: { heading: 'Si algo le incomoda', intro: 'Puede plantear una inquietud en privado:' },
  about: {
    heading: 'Sobre esta política',
    atIntake: (ack) =>
      `Repasarán juntos esta política en su primera cita${ack === 'SIGNED' ? ' y se le pedirá que la firme' : ack === 'VERBAL' ? ' y se le pedirá que confirme que está de acuerdo' : ''}.`,
    lastReviewed: 'Última revisión',
    effective: 'En vigor desde',
    version: 'Versión',
    versionPublished: (n) => `${n}, publicada el `,
    online: 'En internet',
    print: 'Imprimir o guardar como PDF',
    history: 'Historial de versiones y cambios',
  },
  retired: { since: 'Esta política ya no está en vigor. Se retiró el ', current: (clinic) => `Políticas vigentes de ${clinic}` },
  handout: {
    fullWording: 'Imprimir el texto completo, no solo el resumen',
    agreement: (who) => `He leído esta política y la he repasado con ${who.object}.`,
    clientName: 'Nombre del cliente',
    signature: 'Firma',
    date: 'Fecha',
  },
};

const CATALOGS: readonly PolicyMessages[] = [en, es];

/** The catalog for a policy's language (by its primary subtag: en-GB uses en), else English. */
export function messagesFor(lang: string): PolicyMessages {
  const primary = lang.split('-')[0]!.toLowerCase();
  return CATALOGS.find((catalog) => catalog.lang === primary) ?? en;
}

export const englishMessages = en;

export const isMethodKind = (kind: string): kind is ContactMethodKind => Object.hasOwn(en.methodKinds, kind);

interface MethodNaming {
  id: string;
  kind: ContactMethodKind;
  product?: string | null;
}

/** "Secure messaging (Signal)"; given `all`, methods that would read the same get their id added in words ("Phone · Front desk"). */
export function methodName(m: PolicyMessages, method: MethodNaming, all: readonly MethodNaming[] = []): string {
  const base = m.methodKinds[method.kind].name;
  const name = method.product ? `${base} (${method.product})` : base;
  const twins = all.filter((other) => other.kind === method.kind && (other.product ?? null) === (method.product ?? null));
  return twins.length > 1 ? `${name} · ${humanize(method.id)}` : name;
}

/** How a method's address is opened: phone numbers call or text, e-mail addresses write, URLs open. */
export function addressScheme(kind: ContactMethodKind): 'tel' | 'sms' | 'mailto' | 'url' | 'text' {
  switch (kind) {
    case 'PHONE':
      return 'tel';
    case 'SMS':
      return 'sms';
    case 'EMAIL':
      return 'mailto';
    // A secure-messaging address is often a phone number that must not be called ("I don't take calls on this number").
    case 'SECURE_MESSAGING':
      return 'text';
    default:
      return 'url';
  }
}
