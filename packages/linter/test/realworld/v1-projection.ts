// What a therapist would have had to write in format v1 to publish a v1.1 transcription: how "before v1.1" was measured.
import { isMap, isSeq, parseDocument, type Document, type YAMLMap } from 'yaml';

const V1_EXCLUDES = new Set(['weekends', 'holidays', 'vacations']);

/** The v1 version of a v1.1 policy: v1.1-only fields dropped (their words kept in a note where v1 has one), ranges at their upper bound. */
export function toV1(source: string): string {
  const doc = parseDocument(source);
  const drop = (path: string[]) => {
    if (doc.hasIn(path)) doc.deleteIn(path);
  };
  drop(['metadata', 'clinicName']);
  // v1.1 accepts a note on every mapping under spec; v1 had none on these.
  for (const path of [['contact'], ['contact', 'routes'], ['privacy'], ['sharing']]) drop(['spec', ...path, 'note']);
  drop(['spec', 'telehealth']);
  drop(['spec', 'privacy', 'records']);
  drop(['spec', 'privacy', 'video', 'recording']);
  drop(['spec', 'socialMedia', 'reviewSites', 'publishTestimonials']);
  drop(['spec', 'contact', 'routes', 'urgent']);
  const methods = doc.getIn(['spec', 'contact', 'methods']);
  const dropped = new Set<string>();
  if (isSeq(methods)) {
    methods.items = methods.items.filter((item) => {
      const method = item as YAMLMap;
      if (method.get('kind') === 'in-person') dropped.add(String(method.get('id')));
      return method.get('kind') !== 'in-person';
    });
    for (const item of methods.items) {
      const method = item as YAMLMap;
      appendNote(doc, method, method.get('condition'));
      for (const key of ['condition', 'addressProvided', 'turnaround']) method.delete(key);
    }
  }
  for (const route of ['administrative', 'clinical', 'crisis']) {
    const via = doc.getIn(['spec', 'contact', 'routes', route, 'via']);
    if (isSeq(via)) via.items = via.items.filter((id) => !dropped.has(String((id as { value?: unknown }).value ?? id)));
  }
  const pages = doc.getIn(['spec', 'socialMedia', 'professionalPages']);
  if (isSeq(pages)) for (const page of pages.items) for (const key of ['clientsMayFollow', 'comments']) (page as YAMLMap).delete(key);
  const turnaround = doc.getIn(['spec', 'turnaround']);
  if (isMap(turnaround)) {
    const within = turnaround.get('within');
    if (typeof within === 'string') turnaround.set('within', within.replace(/^\d+\s*[-–]\s*/, '').replace(/working day/i, 'business day'));
    const excludes = turnaround.get('excludes');
    if (isSeq(excludes)) {
      const kept = excludes.items.map((i) => String((i as { value?: unknown }).value)).filter((e) => V1_EXCLUDES.has(e));
      if (kept.length === 0 && excludes.items.length > 0) turnaround.delete('excludes');
      else turnaround.set('excludes', doc.createNode(kept, { flow: true }));
    }
    appendNote(doc, turnaround, turnaround.get('schedule'));
    turnaround.delete('schedule');
  }
  return doc.toString({ lineWidth: 0 });
}

function appendNote(doc: Document, map: YAMLMap, text: unknown): void {
  if (typeof text !== 'string') return;
  const note = map.get('note');
  map.set('note', doc.createNode(typeof note === 'string' ? `${note} ${text}` : text));
}
