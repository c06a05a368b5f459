import { describe, expect, it } from 'vitest';
import { loadPolicySource, resolveExtends, type Loader, type ParsedFile } from '../src/index.js';

function project(files: Record<string, string>) {
  const load: Loader = async (path) => (path in files ? loadPolicySource(path, files[path]!) : undefined);
  const policy = (path: string) => {
    const { file, problems } = loadPolicySource(path, files[path]!);
    expect(problems).toEqual([]);
    return file as ParsedFile;
  };
  return { load, policy };
}

const DEFAULTS = `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend, clinic: riverbend, language: en }
spec:
  contact:
    methods:
      - { id: front-desk, kind: phone, address: "+1 555 010 0100" }
      - { id: portal, kind: portal, address: https://portal.example, setup: Sign in with the link we e-mail you. }
    routes:
      administrative: { via: [front-desk] }
  turnaround: { within: 2 business days, excludes: [weekends] }
  concerns: { channels: [Front desk, Comment card] }
`;

const POLICY = `apiVersion: clearframe/v1
kind: CommunicationPolicy
extends: ../clinic.yaml
metadata:
  id: jane
  jurisdiction: US-CA
spec:
  contact:
    methods:
      - { id: portal, kind: portal, offered: false }
      - { id: cell, kind: sms, offered: false }
  turnaround: { within: 24h }
  concerns: { channels: [] }
`;

describe('extends', () => {
  const files = { '/r/clinic.yaml': DEFAULTS, '/r/policies/jane.yaml': POLICY };

  it('merges maps by key, lists by id, and replaces other lists (even with [])', async () => {
    const { load, policy } = project(files);
    const { policy: effective, problems } = await resolveExtends(policy('/r/policies/jane.yaml'), { load, root: '/r' });
    expect(problems).toEqual([]);
    expect(effective!.value).toEqual({
      apiVersion: 'clearframe/v1',
      kind: 'CommunicationPolicy',
      extends: '../clinic.yaml',
      metadata: { id: 'jane', clinic: 'riverbend', language: 'en', jurisdiction: 'US-CA' },
      spec: {
        contact: {
          methods: [
            { id: 'front-desk', kind: 'phone', address: '+1 555 010 0100' },
            { id: 'portal', kind: 'portal', offered: false },
            { id: 'cell', kind: 'sms', offered: false },
          ],
          routes: { administrative: { via: ['front-desk'] } },
        },
        turnaround: { within: '24h', excludes: ['weekends'] },
        concerns: { channels: [] },
      },
    });
  });

  it('knows which file every field comes from', async () => {
    const { load, policy } = project(files);
    const { policy: effective } = await resolveExtends(policy('/r/policies/jane.yaml'), { load, root: '/r' });
    const where = (pointer: string) => {
      const origin = effective!.origin(pointer);
      return `${origin.file.path}#${origin.pointer}`;
    };
    expect(where('/spec/contact/methods/0/address')).toBe('/r/clinic.yaml#/spec/contact/methods/0/address');
    expect(where('/spec/contact/methods/1')).toBe('/r/policies/jane.yaml#/spec/contact/methods/0');
    expect(where('/spec/contact/methods/1/setup')).toBe('/r/policies/jane.yaml#/spec/contact/methods/0/setup');
    expect(where('/spec/contact/methods/2/kind')).toBe('/r/policies/jane.yaml#/spec/contact/methods/1/kind');
    expect(where('/spec/contact/routes/administrative/via')).toBe('/r/clinic.yaml#/spec/contact/routes/administrative/via');
    expect(where('/spec/turnaround/excludes')).toBe('/r/clinic.yaml#/spec/turnaround/excludes');
    expect(where('/spec/turnaround/within')).toBe('/r/policies/jane.yaml#/spec/turnaround/within');
    expect(where('/spec/turnaround/note')).toBe('/r/policies/jane.yaml#/spec/turnaround/note');
    expect(where('/spec/socialMedia')).toBe('/r/policies/jane.yaml#/spec/socialMedia');
    expect(where('/metadata/language')).toBe('/r/clinic.yaml#/metadata/language');
    expect(where('/metadata/id')).toBe('/r/policies/jane.yaml#/metadata/id');
  });

  const failure = async (extra: Record<string, string>, policyText = POLICY) => {
    const { load, policy } = project({ ...extra, '/r/policies/jane.yaml': policyText });
    const { policy: effective, problems } = await resolveExtends(policy('/r/policies/jane.yaml'), { load, root: '/r' });
    expect(effective).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 1, pointer: '/extends' });
    return problems[0]!.message;
  };

  it('a missing target is a problem on the extends key', async () => {
    expect(await failure({})).toBe('extends target "../clinic.yaml" does not exist (looked for /r/clinic.yaml)');
  });

  it('a target that is not ClinicDefaults', async () => {
    expect(await failure({ '/r/clinic.yaml': POLICY.replace('extends: ../clinic.yaml\n', '') })).toMatch(/is not a ClinicDefaults file/);
  });

  it('a target with schema problems', async () => {
    expect(await failure({ '/r/clinic.yaml': DEFAULTS + 'bogus: 1\n' })).toMatch(/has 1 schema problem; fix that file first/);
  });

  it('a cycle', async () => {
    const cyclic = DEFAULTS.replace('kind: ClinicDefaults\n', 'kind: ClinicDefaults\nextends: policies/jane.yaml\n');
    expect(await failure({ '/r/clinic.yaml': cyclic })).toMatch(/extends cycle/);
  });

  it('path traversal out of the repository', async () => {
    expect(await failure({}, POLICY.replace('../clinic.yaml', '../../../etc/clinic.yaml'))).toMatch(/outside the repository/);
  });
});
