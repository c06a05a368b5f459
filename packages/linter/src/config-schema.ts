import { createRequire } from 'node:module';
import { rules } from './rules/index.js';

const require = createRequire(import.meta.url);

/**
 * The JSON Schema of clearframe.config.yaml for editors: the format's config schema with every rule id listed, its
 * description, its default severity and its options, so yaml-language-server completes and checks them.
 */
export function configSchema(): Record<string, unknown> {
  const base = require('@clearframe/schema/config.schema.json') as { $defs: Record<string, unknown> } & Record<string, unknown>;
  const properties = Object.fromEntries(
    [...rules.values()].map(({ meta }) => {
      const options = {
        type: 'object',
        additionalProperties: false,
        properties: { ...meta.options?.properties },
      };
      const entry = {
        description: `${meta.description} (default: ${meta.severity}; source: ${meta.source})`,
        markdownDescription: `${meta.description}\n\nDefault: \`${meta.severity}\` · Source: ${meta.source} · [Docs](${meta.docsUrl})`,
        anyOf: [
          { $ref: '#/$defs/level' },
          { type: 'array', prefixItems: [{ $ref: '#/$defs/level' }, options], minItems: 1, maxItems: 2, items: false },
        ],
      };
      return [meta.id, entry];
    }),
  );
  return {
    ...base,
    $id: 'https://clearframe.dev/schema/v1/clearframe.config.schema.json',
    $defs: { ...base.$defs, rules: { type: 'object', additionalProperties: false, properties } },
  };
}
