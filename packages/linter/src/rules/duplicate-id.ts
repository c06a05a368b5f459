import { locate, toPointer, type ParsedFile, type PolicyDocument, type Problem } from '@clearframe/schema';
import { defineRule } from '../rule.js';

/**
 * Across files the lint engine compares clinic + metadata.id of every policy;
 * within a file, contact method ids are compared here.
 */
export default defineRule({
  meta: {
    id: 'duplicate-id',
    severity: 'error',
    description: 'Disallow two policies with the same clinic and id, and two contact methods with the same id.',
    source: '—',
    scope: 'engine',
  },
});

/** Contact methods of one file (policy or ClinicDefaults) that reuse an id, each reported after its first use. */
export function duplicateMethodIds(file: ParsedFile): Problem[] {
  const methods = (file.value as PolicyDocument).spec?.contact?.methods ?? [];
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  methods.forEach((method, index) => {
    const earlier = first.get(method.id);
    if (earlier === undefined) return void first.set(method.id, index);
    const pointer = toPointer(['spec', 'contact', 'methods', index, 'id']);
    const { line, column } = locate(file, pointer);
    const firstLine = locate(file, toPointer(['spec', 'contact', 'methods', earlier, 'id'])).line;
    problems.push({ line, column, pointer, message: `contact method id "${method.id}" is already used on line ${firstLine}; give each method its own id` });
  });
  return problems;
}
