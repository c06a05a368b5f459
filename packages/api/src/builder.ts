import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from './context.js';
import { notFound } from './errors.js';

/** The one schema builder: every file in schema/ adds its types and fields to it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  /** Top-level connections count their rows only when totalCount is asked for. */
  Connection: { totalCount?: () => Promise<number> };
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  plugins: [RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // schema/node.ts defines `nodes` itself, so that one malformed id is null instead of an error for the whole list.
    nodesQueryOptions: false,
    idFieldOptions: { description: 'Global id: refetch the object with node(id:) or nodes(ids:).' },
    nodeQueryOptions: {
      description: 'Fetches any object by its global id.',
      resolve: async (_root, { id }, _ctx, _info, resolveNode) => {
        const node = await resolveNode(id);
        if (node == null) throw notFound(`no ${id.typename} with this id`);
        return node;
      },
    },
  },
});
