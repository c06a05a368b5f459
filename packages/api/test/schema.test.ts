import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import type { GraphQLInputObjectType, GraphQLInterfaceType } from 'graphql';
import { printSdl, schema } from '../src/schema/index.js';
import config from '../codegen.js';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('committed schema artefacts', () => {
  it('schema.graphql is what the builder prints (run `npm run print-schema` after changing the schema)', () => {
    expect(readFileSync(join(root, 'schema.graphql'), 'utf8')).toBe(printSdl());
  });

  it('test/gql/ is what codegen generates from it (run `npm run codegen`)', async () => {
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      expect(readFileSync(join(root, output.filename), 'utf8'), output.filename).toBe(output.content);
    }
  });

  it('has the queries, the mutation and the node types the API promises', () => {
    expect(Object.keys(schema.getQueryType()!.getFields()).sort()).toEqual(['clinic', 'clinics', 'lint', 'node', 'nodes', 'policies', 'policy', 'rule', 'rules']);
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(['publishPolicies', 'retirePolicy']);
    const node = schema.getType('Node') as GraphQLInterfaceType;
    expect(schema.getImplementations(node).objects.map((t) => t.name).sort()).toEqual(['Clinic', 'Policy', 'PolicyVersion']);
    const filter = schema.getType('PolicyFilter') as GraphQLInputObjectType;
    expect(Object.keys(filter.getFields()).sort()).toEqual([
      'clinic',
      'friendingAllowed',
      'includeRetired',
      'jurisdiction',
      'licensedIn',
      'lintStatus',
      'offersMethodKind',
      'reviewedBefore',
      'search',
      'videoRecording',
      'videoWithoutLicensure',
    ]);
  });
});
