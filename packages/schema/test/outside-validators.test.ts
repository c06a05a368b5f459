// The schema as outside tools use it: ajv (as in ajv-cli) on files read the YAML 1.1 way (as PyYAML-based tools do).
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const schema = JSON.parse(readFileSync(new URL('../src/policy.schema.json', import.meta.url), 'utf8')) as object;
const examples = new URL('../../../examples/clinics/', import.meta.url);
const files = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));

/** Reads YAML as a YAML 1.1 tool does: unquoted dates become timestamps, yes/no become booleans. */
const yaml11 = (text: string): unknown => JSON.parse(JSON.stringify(parse(text, { version: '1.1' })));

describe('outside validators', () => {
  // markdownDescription is an editor annotation; strict ajv needs to be told about it (ajv-cli: --strict-schema=false).
  const ajv = new Ajv2020.default({ allErrors: true, validateFormats: false });
  ajv.addKeyword('markdownDescription');
  const validate = ajv.compile(schema);

  it('strict ajv compiles the schema once markdownDescription is declared', () => {
    expect(typeof validate).toBe('function');
    expect(() => new Ajv2020.default({ validateFormats: false }).compile(schema)).toThrow(/unknown keyword: "markdownDescription"/);
  });

  it('every example file is valid when read the YAML 1.1 way, because its dates are quoted', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const ok = validate(yaml11(readFileSync(new URL(file, examples), 'utf8')));
      expect(validate.errors ?? [], file).toEqual([]);
      expect(ok, file).toBe(true);
    }
  });

  it('an unquoted date is what YAML 1.1 tools reject', () => {
    const policy = 'apiVersion: clearframe/v1\nkind: CommunicationPolicy\nmetadata: { id: jane, jurisdiction: US-CA, effective: 2026-01-15 }\nspec: {}\n';
    expect(validate(yaml11(policy))).toBe(false);
    expect(validate.errors![0]).toMatchObject({ instancePath: '/metadata/effective' });
    expect(validate(yaml11(policy.replace('2026-01-15', '"2026-01-15"')))).toBe(true);
  });
});
