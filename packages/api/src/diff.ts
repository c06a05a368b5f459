import { toPointer } from '@clearframe/schema';
import { canonicalJson } from './canonical.js';

export type FieldChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED';

/** One difference between two versions of a policy. */
export interface FieldChange {
  /** JSON pointer of the field; list items that carry an `id` are named by their index in the newer version (the older one for removals). */
  path: string;
  kind: FieldChangeKind;
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const byId = (list: unknown[]): list is { id: string }[] => list.every((item) => isObject(item) && typeof item.id === 'string');

/**
 * The field-level differences from `before` to `after`: maps are compared key by key, lists of
 * items with ids (contact methods) item by id, other lists and scalars as a whole.
 */
export function diff(before: unknown, after: unknown, path: readonly (string | number)[] = []): FieldChange[] {
  if (canonicalJson(before) === canonicalJson(after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => {
      if (!(key in after)) return [{ path: toPointer([...path, key]), kind: 'REMOVED' as const, before: before[key], after: null }];
      if (!(key in before)) return [{ path: toPointer([...path, key]), kind: 'ADDED' as const, before: null, after: after[key] }];
      return diff(before[key], after[key], [...path, key]);
    });
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length > 0 && after.length > 0 && byId(before) && byId(after)) {
    const changes: FieldChange[] = [];
    after.forEach((item, index) => {
      const old = before.find((b) => b.id === item.id);
      if (old === undefined) changes.push({ path: toPointer([...path, index]), kind: 'ADDED', before: null, after: item });
      else changes.push(...diff(old, item, [...path, index]));
    });
    before.forEach((item, index) => {
      if (!after.some((a) => a.id === item.id)) changes.push({ path: toPointer([...path, index]), kind: 'REMOVED', before: item, after: null });
    });
    return changes;
  }
  return [{ path: toPointer(path), kind: 'CHANGED', before: before ?? null, after: after ?? null }];
}
