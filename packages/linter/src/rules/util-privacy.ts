import type { ContactMethod, Spec } from '@clearframe/schema';

/** An offered contact method with the JSON pointer of its list item in the effective policy. */
export interface OfferedMethod {
  method: ContactMethod;
  pointer: string;
}

/** Contact methods of the given kinds that the practice offers (`offered` defaults to true). */
export function offeredMethods(spec: Spec, kinds: readonly ContactMethod['kind'][]): OfferedMethod[] {
  return (spec.contact?.methods ?? []).flatMap((method, index) =>
    method.offered !== false && kinds.includes(method.kind) ? [{ method, pointer: `/spec/contact/methods/${index}` }] : [],
  );
}
