import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as facts from '../src/facts.js';
import { emergencyNumbers, JURISDICTION_PATTERN, parseWithin, SLUG_PATTERN, WITHIN, WITHIN_PATTERN } from '../src/facts.js';

const schema = JSON.parse(readFileSync(new URL('../src/policy.schema.json', import.meta.url), 'utf8')) as {
  $defs: Record<string, { pattern?: string; properties?: Record<string, { pattern?: string }> }>;
};

describe('shared facts of the format', () => {
  it('are the patterns the JSON Schema uses (one fact, one place)', () => {
    expect(schema.$defs.slug!.pattern).toBe(SLUG_PATTERN);
    expect(schema.$defs.jurisdiction!.pattern).toBe(JURISDICTION_PATTERN);
    expect(schema.$defs.turnaround!.properties!.within!.pattern).toBe(WITHIN_PATTERN);
  });

  it('import nothing, so the web can bundle them', () => {
    const source = readFileSync(new URL('../src/facts.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import /m);
    expect(Object.keys(facts)).toEqual(expect.arrayContaining(['SLUG', 'JURISDICTION', 'WITHIN', 'parseWithin', 'EMERGENCY_NUMBERS']));
  });

  it('are exported from the package as the browser-safe subpath "@clearframe/schema/facts"', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, { default: string }> };
    expect(pkg.exports['./facts']!.default).toBe('./dist/facts.js');
  });

  it('parse single reply times, ranges and working days', () => {
    expect(parseWithin('24h')).toEqual({ min: 24, max: 24, unit: 'hours' });
    expect(parseWithin('48 Hours')).toEqual({ min: 48, max: 48, unit: 'hours' });
    expect(parseWithin('2d')).toEqual({ min: 2, max: 2, unit: 'days' });
    expect(parseWithin('24-48h')).toEqual({ min: 24, max: 48, unit: 'hours' });
    expect(parseWithin('8–12 hours')).toEqual({ min: 8, max: 12, unit: 'hours' });
    expect(parseWithin('1 – 2 business days')).toEqual({ min: 1, max: 2, unit: 'business-days' });
    expect(parseWithin('1 working day')).toEqual({ min: 1, max: 1, unit: 'business-days' });
    expect(parseWithin('3 Working Days')).toEqual({ min: 3, max: 3, unit: 'business-days' });
  });

  it('reject what is not a reply time', () => {
    for (const bad of ['soon', '0h', '24', '1 week', '24-h', '-24h', '24--48h', '24/48h', 'h', 24, undefined]) {
      expect(parseWithin(bad), String(bad)).toBeUndefined();
    }
    expect(WITHIN.test('1 workingday')).toBe(false);
  });

  it('give the emergency numbers of a jurisdiction', () => {
    expect(emergencyNumbers('US-CA')).toEqual(['911']);
    expect(emergencyNumbers('AU-NSW')).toEqual(['000', '112']);
    expect(emergencyNumbers('DE')).toEqual(['112']);
    expect(emergencyNumbers('JP')).toBeUndefined();
  });
});
