import { toPointer, type EffectivePolicy, type ParsedFile, type Problem } from '@clearframe/schema';

/** The schema problems of each file of a policy's chain, as the rules must not see them. */
export type InvalidFields = ReadonlyMap<ParsedFile, readonly Problem[]>;

/**
 * A view of an effective policy for one rule run that hides what failed the schema: unknown keys are not there at all
 * (`turnarond:` never counts as `turnaround`), and a present-but-invalid field reads as undefined and marks the run as
 * `touched`, so the engine drops that rule's findings — the `schema` finding already covers the field.
 */
export interface GuardedPolicy {
  value: EffectivePolicy['value'];
  /** True once the current rule has read a field that failed the schema. */
  readonly touched: boolean;
  /** Starts a new rule run. */
  reset(): void;
}

export function guardPolicy(policy: EffectivePolicy, invalid: InvalidFields): GuardedPolicy {
  const unknown = new Map<ParsedFile, Set<string>>();
  const failed = new Map<ParsedFile, string[]>();
  for (const [file, problems] of invalid) {
    for (const p of problems) {
      if (p.missing) continue;
      if (p.unknownKey) (unknown.get(file) ?? unknown.set(file, new Set()).get(file)!).add(p.pointer);
      else (failed.get(file) ?? failed.set(file, []).get(file)!).push(p.pointer);
    }
  }
  let touched = false;
  const isUnknown = (pointer: string) => {
    const origin = policy.origin(pointer);
    return unknown.get(origin.file)?.has(origin.pointer) ?? false;
  };
  const isInvalid = (pointer: string) => {
    const origin = policy.origin(pointer);
    return (failed.get(origin.file) ?? []).some((p) => p === '' || origin.pointer === p || origin.pointer.startsWith(`${p}/`));
  };
  const views = new WeakMap<object, object>();
  const view = (target: object, pointer: string): object => {
    let proxy = views.get(target);
    if (proxy) return proxy;
    const childPointer = (key: string) => pointer + toPointer([key]);
    proxy = new Proxy(target, {
      get(object, key, receiver) {
        if (typeof key === 'symbol') return Reflect.get(object, key, receiver);
        const own = Object.hasOwn(object, key);
        if (Array.isArray(object) && !own) return Reflect.get(object, key, receiver);
        const at = childPointer(key);
        if (own && isUnknown(at)) return undefined;
        if (isInvalid(at)) {
          touched = true;
          return undefined;
        }
        const value: unknown = Reflect.get(object, key, receiver);
        return value !== null && typeof value === 'object' ? view(value, at) : value;
      },
      has(object, key) {
        if (typeof key === 'string' && Object.hasOwn(object, key) && isUnknown(childPointer(key))) return false;
        return Reflect.has(object, key);
      },
      ownKeys(object) {
        return Reflect.ownKeys(object).filter((key) => typeof key !== 'string' || Array.isArray(object) || !isUnknown(childPointer(key)));
      },
      getOwnPropertyDescriptor(object, key) {
        if (typeof key === 'string' && !Array.isArray(object) && Object.hasOwn(object, key) && isUnknown(childPointer(key))) return undefined;
        const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
        if (descriptor && typeof key === 'string' && 'value' in descriptor) {
          const at = childPointer(key);
          if (isInvalid(at)) {
            touched = true;
            return { ...descriptor, value: undefined };
          }
          if (descriptor.value !== null && typeof descriptor.value === 'object') return { ...descriptor, value: view(descriptor.value as object, at) };
        }
        return descriptor;
      },
    });
    views.set(target, proxy);
    return proxy;
  };
  return {
    value: view(policy.value, '') as EffectivePolicy['value'],
    get touched() {
      return touched;
    },
    reset() {
      touched = false;
    },
  };
}
