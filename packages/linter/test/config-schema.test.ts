// clearframe.config.schema.json is generated from the rule modules and committed; editors read it to complete rule ids.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../src/config-schema.js';

const committed = JSON.parse(readFileSync(new URL('../clearframe.config.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('clearframe.config.schema.json', () => {
  it('is up to date with the rules (npm run config-schema -w @clearframe/linter regenerates it)', () => {
    expect(committed).toEqual(configSchema());
  });

  const validate = new Ajv2020.default({ strict: false }).compile(committed);

  it('accepts the example repository config', () => {
    const config = parse(readFileSync(new URL('../../../examples/clearframe.config.yaml', import.meta.url), 'utf8'));
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects an unknown rule id and an unknown option, as the linter does', () => {
    expect(validate({ rules: { 'turnaround-requird': 'off' } })).toBe(false);
    expect(validate({ rules: { 'policy-review-stale': ['warning', { maxAge: 10 }] } })).toBe(false);
    expect(validate({ rules: { 'policy-review-stale': ['warning', { maxAgeDays: 180 }] } })).toBe(true);
  });
});
