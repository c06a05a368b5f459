// Generates N realistic, varied policy files from the example clinic repository.
// Every file is a self-contained CommunicationPolicy (the example policies with their clinic defaults
// merged in), so the linter, the YAML floor and Spectral do the same work on the same bytes.
// About one file in six carries a defect that the linter (and mostly Spectral) reports.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { loadPolicySource, resolveExtends } from '@clearframe/schema';
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';

/** The lint date (`--today`) the generated review dates are relative to. */
export const LINT_DATE = '2026-11-01';

/** Deterministic PRNG (mulberry32), so every run lints the same files. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => next() < p;
  const some = (list, min = 0) => {
    const out = list.filter(() => chance(0.5));
    while (out.length < min) out.push(pick(list.filter((x) => !out.includes(x))));
    return out;
  };
  return { next, int, pick, chance, some };
}

/** The example policies as effective (merged) documents. */
export async function loadExamples(examplesDir) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name) && entry.name !== 'clearframe.config.yaml') files.push(path);
    }
  };
  walk(examplesDir);
  const cache = new Map();
  const load = async (path) => {
    if (!cache.has(path)) {
      try {
        cache.set(path, loadPolicySource(path, readFileSync(path)));
      } catch {
        cache.set(path, undefined);
      }
    }
    return cache.get(path);
  };
  const bases = [];
  for (const path of files.sort()) {
    const loaded = await load(path);
    if (!loaded?.file || loaded.problems.length > 0 || loaded.file.value.kind !== 'CommunicationPolicy') continue;
    const resolved = await resolveExtends(loaded.file, { load, root: examplesDir });
    if (!resolved.policy) continue;
    const value = structuredClone(resolved.policy.value);
    delete value.extends;
    bases.push(value);
  }
  if (bases.length === 0) throw new Error(`no lint-clean CommunicationPolicy found under ${examplesDir}`);
  return bases;
}

const FIRST = ['Aisha', 'Ben', 'Carmen', 'Dmitri', 'Elena', 'Farah', 'Gideon', 'Hana', 'Isaac', 'Jo', 'Kwame', 'Lena', 'Marcus', 'Nadia', 'Owen', 'Pilar', 'Quinn', 'Rosa', 'Sanjay', 'Tess', 'Uma', 'Victor', 'Wen', 'Yusuf', 'Zara', 'Amara', 'Bruno', 'Chloe', 'Declan', 'Esme'];
const LAST = ['Abbott', 'Baptiste', 'Castillo', 'Dlamini', 'Eriksen', 'Fitzgerald', 'Garcia', 'Haddad', 'Ibarra', 'Jensen', 'Kowalski', 'Lindqvist', 'Mensah', 'Nakamura', 'Oyelaran', 'Petrov', 'Quintero', 'Rahman', 'Silva', 'Takahashi', 'Udeh', 'Vasquez', 'Whitfield', 'Xu', 'Yilmaz', 'Zimmermann', 'Moreau', 'Novak', 'Okoro', 'Patel'];
const PLACE = ['maple', 'harbour', 'cedar', 'riverbend', 'juniper', 'stonebridge', 'willow', 'northgate', 'lakeside', 'oakfield', 'hillcrest', 'kestrel', 'foxglove', 'meadow', 'saltmarsh', 'ironwood', 'bluebell', 'quarry', 'elm', 'heron'];
const SUFFIX = ['counselling', 'therapy', 'psychology', 'wellbeing', 'family-therapy', 'mind', 'practice', 'collective'];
const CREDENTIALS = { US: [['PsyD'], ['PhD'], ['LCSW'], ['LPC', 'NCC'], ['LMFT'], ['LMHC']], GB: [['MBACP'], ['UKCP registered psychotherapist'], ['HCPC', 'DClinPsy'], ['MBACP (Accred)']] };
const JURISDICTIONS = { US: ['US-OR', 'US-CA', 'US-WA', 'US-NY', 'US-TX', 'US-IL', 'US-MA', 'US-CO'], GB: ['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB'] };
const WITHIN = ['24h', '24 hours', '48 hours', '2 business days', '1 business day', '3 days', '72 hours', '2d'];
const EXCLUDES = ['weekends', 'holidays', 'vacations'];
const SECURE_APPS = [
  { kind: 'secure-messaging', product: 'Signal', setup: 'Install Signal from your app store and message the number above; set disappearing messages to four weeks.' },
  { kind: 'secure-messaging', product: 'Spruce', setup: 'Accept the Spruce invitation sent to your phone at intake and choose a passcode.' },
  { kind: 'secure-messaging', product: 'Hushmail', setup: 'Use the secure form link; you will get a one-time password by text the first time.' },
  { kind: 'video', product: 'Zoom for Healthcare', setup: 'Join from the link in your reminder; no account is needed. Use headphones if others are at home.', fallback: 'If the call drops, I will phone you within five minutes and we finish by phone.' },
  { kind: 'portal', product: 'TherapyNotes Portal', setup: 'Open the invitation e-mail, set a password and turn on two-step sign-in.' },
];
const SENTENCES = [
  'Please keep clinical details out of ordinary e-mail.',
  'Messages are read during office hours only.',
  'If something cannot wait, use the crisis contacts below rather than a message.',
  'I read everything you send, but we usually take it up in session.',
  'Short practical questions are welcome between sessions.',
  'Voicemails are checked twice a day on working days.',
  'The practice manager can pass on a message if I am away.',
  'Please tell me at intake if you would rather we did not use this channel.',
  'Anything substantial is best brought to our next session.',
  'Replies may be slower around bank holidays.',
  'You can change how we contact you at any time; just let me know.',
  'Shared devices can reveal that you are in therapy, so think about who can see your messages.',
];

const FRASES = [
  'Leo todos los mensajes, pero normalmente los comentamos en la sesión.',
  'Los mensajes se leen solo en horario de oficina.',
  'Si algo no puede esperar, use los contactos de crisis en lugar de un mensaje.',
  'Puede cambiar la forma de contacto cuando quiera; solo dígamelo.',
  'Las respuestas pueden tardar más en días festivos.',
];

const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function country(jurisdiction) {
  return jurisdiction.startsWith('GB') ? 'GB' : 'US';
}

function phone(r, c) {
  const d = () => String(r.int(10));
  return c === 'GB' ? `+44 ${r.pick(['117', '131', '29', '20', '161'])} ${d()}${d()}${d()} ${d()}${d()}${d()}${d()}` : `+1 ${r.pick(['503', '415', '206', '212', '512', '312', '617', '303'])} 555 0${d()}${d()}${d()}`;
}

function text(r, base, count = 1 + r.int(2), pool = SENTENCES) {
  const extra = Array.from({ length: count }, () => r.pick(pool));
  return [typeof base === 'string' && r.chance(0.6) ? base : undefined, ...extra].filter(Boolean).join(' ');
}

/** One varied policy (plain data) and, separately, its defect (if any) for the summary. */
function variant(r, base, i, clinic, usedIds, defectRate) {
  const p = structuredClone(base);
  const c = country(p.metadata.jurisdiction);
  const pool = p.metadata.language === 'es' ? FRASES : SENTENCES;
  const say = (base) => text(r, base, 1 + r.int(2), pool);
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  let id = slug(`${first}-${last}`);
  while (usedIds.has(id)) id = `${slug(`${first}-${last}`)}-${usedIds.size + r.int(1000)}`;
  usedIds.add(id);
  const domain = `${clinic.slug}.example`;
  p.metadata.id = id;
  if (r.chance(0.5)) p.metadata.clinic = clinic.slug;
  else delete p.metadata.clinic;
  p.metadata.jurisdiction = clinic.jurisdiction;
  p.metadata.clinician = {
    name: `${r.chance(0.4) ? 'Dr. ' : ''}${first} ${last}`,
    credentials: r.pick(CREDENTIALS[c]),
    ...(r.chance(0.7) ? { pronouns: r.pick(['she/her', 'he/him', 'they/them']) } : {}),
    license: { jurisdiction: clinic.jurisdiction, number: `${c === 'GB' ? 'BACP' : 'LIC'} ${1000 + r.int(9000)}` },
  };
  // Reviewed within the year before LINT_DATE; one in twenty is overdue (policy-review-stale).
  const reviewed = new Date(Date.parse(LINT_DATE) - (r.chance(0.05) ? 400 + r.int(300) : r.int(360)) * 86400000);
  p.metadata.reviewed = reviewed.toISOString().slice(0, 10);
  p.metadata.effective = new Date(reviewed.getTime() - r.int(700) * 86400000).toISOString().slice(0, 10);

  const contact = p.spec.contact;
  // Rename, re-address, drop and add contact methods; routes follow the new ids.
  const renames = new Map();
  contact.methods = contact.methods.filter((m) => m.kind === 'sms' || m.kind === 'phone' || !r.chance(0.2));
  for (const m of contact.methods) {
    if (r.chance(0.3) && m.kind !== 'sms') {
      const renamed = `${m.id}-${r.pick(['main', 'clinic', 'office', 'direct'])}`;
      renames.set(m.id, renamed);
      m.id = renamed;
    }
    if (m.offered === false) continue;
    if (m.kind === 'phone' || m.kind === 'sms') m.address = phone(r, c);
    else if (m.kind === 'email') m.address = `${slug(first)}.${slug(last)}@${domain}`;
    else if (typeof m.address === 'string' && m.address.startsWith('https://')) m.address = `https://${domain}/${slug(m.kind)}/${id}`;
    if (typeof m.note === 'string' || r.chance(0.3)) m.note = say(m.note);
  }
  if (r.chance(0.5)) {
    const app = r.pick(SECURE_APPS);
    const mid = slug(`${app.product}-${r.int(10)}`);
    if (!contact.methods.some((m) => m.id === mid)) {
      contact.methods.push({ id: mid, ...app, address: app.kind === 'secure-messaging' ? phone(r, c) : `https://${domain}/${slug(app.product)}/${id}`, secure: true, note: say(undefined) });
    }
  }
  const offered = contact.methods.filter((m) => m.offered !== false);
  const ids = new Set(offered.map((m) => m.id));
  for (const need of ['administrative', 'clinical']) {
    const route = contact.routes?.[need];
    if (!route) continue;
    route.via = (route.via ?? []).map((v) => renames.get(v) ?? v).filter((v) => ids.has(v));
    const candidates = offered.filter((m) => m.kind !== 'social-media' && (need === 'administrative' || m.secure === true || m.kind === 'phone'));
    if (route.via.length === 0 || r.chance(0.3)) route.via = [...new Set([...route.via, r.pick(candidates).id])];
    if (r.chance(0.4)) route.note = say(route.note);
  }
  const crisis = contact.routes?.crisis;
  if (crisis) {
    crisis.via = (crisis.via ?? []).map((v) => renames.get(v) ?? v).filter((v) => ids.has(v) && offered.find((m) => m.id === v).kind === 'phone');
    if (r.chance(0.3)) crisis.note = say(crisis.note);
  }
  if (r.chance(0.5)) contact.betweenSessions = say(contact.betweenSessions);

  const t = (p.spec.turnaround ??= {});
  t.within = r.pick(WITHIN);
  t.excludes = r.chance(0.1) ? [] : r.some(EXCLUDES, 1);
  t.fasterRepliesNotGuaranteed = true;
  if (r.chance(0.5)) t.note = say(t.note);

  const sm = p.spec.socialMedia;
  if (sm && r.chance(0.25)) {
    sm.friending = { allowed: 'case-by-case', rationale: say(sm.friending?.rationale), confidentialityNote: 'Being on my friends list can let other people guess that you were my client.' };
  }
  if (sm && r.chance(0.2)) {
    sm.professionalPages = [{ platform: r.pick(['Facebook', 'Instagram', 'LinkedIn']), url: `https://social.example/${id}`, note: 'If you are a client, please do not follow this page.' }];
    sm.interacting ??= { publicReplies: 'discouraged' };
  }
  if (p.spec.sharing) p.spec.sharing.url = `https://${domain}/policies/${id}`;

  const defect = r.chance(defectRate) ? r.pick(DEFECTS) : undefined;
  const directive = defect?.(p, r);
  return { policy: p, defect: defect?.name, directive };
}

/** Each defect edits the policy; some return a text edit instead (for schema or disable-comment cases). */
const DEFECTS = [
  function missingWithin(p) { delete p.spec.turnaround.within; },
  function friendingWithoutNote(p) { if (p.spec.socialMedia) p.spec.socialMedia.friending = { allowed: 'case-by-case', rationale: 'Former clients only, after two years.' }; },
  function noCrisisRoute(p) { delete p.spec.contact.routes.crisis; },
  function crisisWithoutHelp(p) { const c = p.spec.contact.routes.crisis; if (c) { delete c.instructions; delete c.contacts; c.via = []; c.note = 'Call me.'; } },
  function unknownRouteMethod(p) { p.spec.contact.routes.administrative ??= { via: [] }; p.spec.contact.routes.administrative.via = [...(p.spec.contact.routes.administrative.via ?? []), 'fax-line']; },
  function noExcludes(p) { delete p.spec.turnaround.excludes; },
  function solicitsTestimonials(p) { if (p.spec.socialMedia) p.spec.socialMedia.reviewSites = { solicitTestimonials: true, respondPublicly: false }; },
  function noSocialMedia(p) { delete p.spec.socialMedia; },
  function methodWithoutAddress(p) { const m = p.spec.contact.methods.find((x) => x.offered !== false && x.kind === 'phone'); if (m) delete m.address; },
  function typoField() { return { kind: 'typo' }; },
  function unquotedNumber() { return { kind: 'unquoted' }; },
  function disabledWithReason(p) { if (p.spec.socialMedia) { delete p.spec.socialMedia.encounters; return { kind: 'disable' }; } },
];

function toYaml(policy, directive, headerNote) {
  const doc = new Document(policy);
  visit(doc, {
    Pair(_, pair) {
      const key = /** @type {any} */ (pair.key)?.value ?? pair.key;
      if (['via', 'credentials', 'excludes', 'license', 'registration'].includes(key) && (isSeq(pair.value) || isMap(pair.value))) pair.value.flow = true;
      // Long free text is written as folded block scalars (>-), as people write it.
      if (isScalar(pair.value) && typeof pair.value.value === 'string' && pair.value.value.length > 70) pair.value.type = 'BLOCK_FOLDED';
    },
  });
  doc.commentBefore = ` yaml-language-server: $schema=https://clearframe.dev/schema/v1/policy.schema.json\n ${headerNote}`;
  let out = doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
  if (directive?.kind === 'typo') out = out.replace(/^ {2}turnaround:$/m, '  turnarond:');
  if (directive?.kind === 'unquoted') out = out.replace(/number: "(\d+)"/, 'number: $1');
  if (directive?.kind === 'disable') {
    out = out.replace(/^( {2})socialMedia:$/m, '$1# clearframe-disable-next-line online-encounters -- chance encounters are covered in the intake letter\n$1socialMedia:');
  }
  return out;
}

/**
 * Writes `count` policy files into `dir` (clinics/<clinic>/policies/<id>.yaml) plus a
 * clearframe.config.yaml like the example repository's. Returns the sorted list of files.
 */
export function generate(bases, dir, count, { seed = 42, defectRate = 1 / 6 } = {}) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'clearframe.config.yaml'), [
    'extends: recommended',
    'include: ["clinics/**/*.yaml"]',
    'exclude: ["**/drafts/**"]',
    'rules:',
    '  policy-review-stale: [warning, { maxAgeDays: 365 }]',
    '  online-encounters: warning',
    'overrides:',
    '  - files: ["clinics/*-therapy/**"]',
    '    rules: { data-protection-registration: error }',
    '',
  ].join('\n'));
  const r = random(seed);
  const clinics = [];
  const files = [];
  const defects = {};
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length];
    const c = country(base.metadata.jurisdiction);
    // About eight clinicians per clinic; a clinic stays in one country.
    let clinic = clinics.find((k) => k.country === c && k.size < 8 && r.chance(0.7));
    if (!clinic) {
      clinic = { slug: `${r.pick(PLACE)}-${r.pick(SUFFIX)}-${clinics.length}`, country: c, jurisdiction: r.pick(JURISDICTIONS[c]), size: 0, ids: new Set() };
      clinics.push(clinic);
    }
    clinic.size++;
    const { policy, defect, directive } = variant(r, base, i, clinic, clinic.ids, defectRate);
    if (defect) defects[defect] = (defects[defect] ?? 0) + 1;
    const path = join(dir, 'clinics', clinic.slug, 'policies', `${policy.metadata.id}.yaml`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, toYaml(policy, directive, `Generated benchmark policy ${i + 1} of ${count}, varied from ${base.metadata.id}.`));
    files.push(path);
  }
  return { files: files.sort(), clinics: clinics.length, defects, clinicOf: (file) => file.split('/clinics/')[1]?.split('/')[0] };
}
