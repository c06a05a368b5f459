// Every property of the policy format (policy.schema.json) is in the GraphQL types, with a description.
import { createRequire } from 'node:module';
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $defs?: Record<string, JsonSchema>;
}

const policySchema = createRequire(import.meta.url)('@clearframe/schema/policy.schema.json') as JsonSchema;
const resolve = (node: JsonSchema): JsonSchema => (node.$ref ? resolve(policySchema.$defs![node.$ref.replace('#/$defs/', '')]!) : node);

/** Walks the JSON Schema and the GraphQL type side by side from `type`: [JSON pointer, GraphQL field or null]. */
function pairs(node: JsonSchema, type: GraphQLObjectType, pointer: string): [string, string | null][] {
  return Object.entries(resolve(node).properties ?? {}).flatMap(([key, property]) => {
    const field = type.getFields()[key];
    if (!field) return [[`${pointer}/${key}`, null]];
    const value = resolve(property);
    const item = value.items ? resolve(value.items) : value;
    const named = getNamedType(field.type);
    const nested = item.properties && isObjectType(named) ? pairs(item, named, `${pointer}/${key}`) : [];
    return [[`${pointer}/${key}`, `${type.name}.${key}`], ...nested];
  });
}

describe('the policy format in GraphQL', () => {
  const policy = schema.getType('Policy') as GraphQLObjectType;
  const found = pairs(policySchema, policy, '');

  it('has a GraphQL field for every JSON Schema property (policy.schema.json → Policy)', () => {
    expect(found.filter(([, field]) => field === null).map(([pointer]) => pointer)).toEqual([]);
    expect(found.length).toBeGreaterThan(100);
    expect(Object.fromEntries(found)).toMatchObject({
      '/metadata/clinicName': 'PolicyMetadata.clinicName',
      '/spec/contact/methods/turnaround/schedule': 'Turnaround.schedule',
      '/spec/telehealth/licensedIn': 'Telehealth.licensedIn',
      '/spec/privacy/video/recording': 'VideoPrivacy.recording',
    });
  });

  it('describes every field of those types', () => {
    const types = new Set(found.flatMap(([, field]) => (field ? [field.split('.')[0]!] : [])));
    const undescribed = [...types].flatMap((name) =>
      Object.values((schema.getType(name) as GraphQLObjectType).getFields())
        .filter((f) => !f.description)
        .map((f) => `${name}.${f.name}`),
    );
    expect(undescribed).toEqual([]);
  });
});
