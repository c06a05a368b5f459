import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { parseNodeId } from './pagination.js';

const NODE_TYPES = new Set(['Clinic', 'Policy', 'PolicyVersion']);

/** A global id this API could have issued, or null (malformed, unknown type, not a row id). */
function nodeId(id: string): { id: string; type: string } | null {
  try {
    const { typename, id: raw } = decodeGlobalID(id);
    parseNodeId(raw);
    return NODE_TYPES.has(typename) ? { id: raw, type: typename } : null;
  } catch {
    return null;
  }
}

builder.queryField('nodes', (t) =>
  t.nodeList({
    description: 'Fetches objects by their global ids, in order: null for an id that is malformed or names no object.',
    args: { ids: t.arg.idList({ required: true }) },
    ids: (_root, args) => args.ids.map((id) => nodeId(String(id))),
  }),
);
