import { locate, toPointer } from '@clearframe/schema';
import { defineRule } from '../rule.js';
import type { ProjectPolicy } from '../types.js';

/** Within a file: contact method ids. Across the files of a run: clinic + metadata.id of every policy. */
export default defineRule({
  meta: {
    id: 'duplicate-id',
    severity: 'error',
    description: 'Disallow two policies with the same clinic and id, and two contact methods with the same id.',
    source: '—',
    messages: {
      duplicateMethodId: 'contact method id "{{id}}" is already used on line {{firstLine}}; give each method its own id',
      duplicatePolicyId: 'policy id is used more than once in clinic "{{clinic}}": also in {{others}}',
      duplicateUnscopedPolicyId: 'policy id is used more than once among policies with no clinic: also in {{others}}',
    },
  },
  checkFile({ file, report }) {
    const methods = (file.value as { spec?: { contact?: { methods?: unknown } } } | null)?.spec?.contact?.methods;
    if (!Array.isArray(methods)) return;
    const first = new Map<string, number>();
    methods.forEach((method: unknown, index) => {
      const id = (method as { id?: unknown } | null)?.id;
      if (typeof id !== 'string') return;
      const earlier = first.get(id);
      if (earlier === undefined) return void first.set(id, index);
      const firstLine = locate(file, toPointer(['spec', 'contact', 'methods', earlier, 'id'])).line;
      report(toPointer(['spec', 'contact', 'methods', index, 'id']), 'duplicateMethodId', { id, firstLine });
    });
  },
  checkProject({ policies, report }) {
    const byKey = new Map<string, ProjectPolicy[]>();
    for (const policy of policies) {
      const key = `${policy.clinic}\u0000${policy.id}`;
      const same = byKey.get(key);
      if (same) same.push(policy);
      else byKey.set(key, [policy]);
    }
    for (const same of byKey.values()) {
      if (same.length < 2) continue;
      for (const policy of same) {
        const others = same.filter((p) => p !== policy).map((p) => p.filePath);
        if (policy.clinic === '') report(policy, '/metadata/id', 'duplicateUnscopedPolicyId', { others: others.join(', ') });
        else report(policy, '/metadata/id', 'duplicatePolicyId', { clinic: policy.clinic, others: others.join(', ') });
      }
    }
  },
});
