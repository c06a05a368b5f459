import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/tokens.js';
import { ClinicListDocument, PolicyPageDocument, PublishPoliciesDocument } from '../gql/graphql.js';
import { clinicFiles, graphql, openTestDatabase, testApi, type TestDatabase } from '../helpers.js';

let db: TestDatabase;
let request: ReturnType<typeof graphql>;

/** `count` copies of the fixture clinic's policy, as clinic `clinic`. */
function manyPolicies(clinic: string, count: number, within = '24h') {
  const files = clinicFiles('riverbend');
  const defaults = files.find((f) => f.path.endsWith('clinic.yaml'))!.source.replace('clinic: riverbend', `clinic: ${clinic}`).replace('within: 24h', `within: ${within}`);
  const jane = files.find((f) => f.path.endsWith('jane-rivera.yaml'))!.source;
  return [
    { path: `clinics/${clinic}/clinic.yaml`, source: defaults },
    ...Array.from({ length: count }, (_, i) => ({
      path: `clinics/${clinic}/policies/p${String(i).padStart(3, '0')}.yaml`,
      source: jane.replace('id: jane-rivera', `id: p${String(i).padStart(3, '0')}`),
    })),
  ];
}

beforeAll(async () => {
  db = await openTestDatabase();
  request = graphql(testApi(db.store));
  for (const [clinic, count] of [['big', 100], ['small', 5]] as const) {
    const { token } = await createToken(db.store, clinic);
    for (const within of ['24h', '48h']) {
      const result = await request(PublishPoliciesDocument, { input: { clinic, files: manyPolicies(clinic, count, within) } }, { token });
      expect(result.data?.publishPolicies.status).toBe('PUBLISHED');
    }
  }
});

afterAll(() => db?.close());

async function queriesFor(run: () => Promise<{ errors?: unknown }>): Promise<number> {
  let count = 0;
  db.store.onQuery = () => count++;
  try {
    const result = await run();
    expect(result.errors).toBeUndefined();
  } finally {
    db.store.onQuery = undefined;
  }
  return count;
}

describe('batched loading (no N+1)', () => {
  it('loads a page of 100 policies with clinics, contact methods, routes and versions in a constant number of queries', async () => {
    const ten = await queriesFor(() => request(PolicyPageDocument, { first: 10, versions: 5 }));
    const hundred = await queriesFor(async () => {
      const page = await request(PolicyPageDocument, { first: 100, versions: 5 });
      expect(page.data!.policies.edges).toHaveLength(100);
      expect(page.data!.policies.edges.every((e) => e.node.versions.edges.length === 2 && e.node.spec.contact!.methods!.length === 5)).toBe(true);
      return page;
    });
    expect(hundred).toBe(ten);
    // the page, its total count, the clinics, the versions
    expect(hundred).toBe(4);
  });

  it('loads clinics with their policies in a constant number of queries', async () => {
    const one = await queriesFor(() => request(ClinicListDocument, { first: 1 }));
    const both = await queriesFor(async () => {
      const list = await request(ClinicListDocument, { first: 2 });
      expect(list.data!.clinics.edges.map((e) => [e.node.slug, e.node.policyCount, e.node.policies.edges.length])).toEqual([
        ['big', 100, 10],
        ['small', 5, 5],
      ]);
      return list;
    });
    expect(both).toBe(one);
  });
});
