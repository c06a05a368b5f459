import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deepNesting, MAX_DEPTH, parseYaml } from '../src/parse.js';

const examples = new URL('../../../examples/', import.meta.url);
const yamlFiles = (readdirSync(examples, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.ya?ml$/.test(f));

describe('nesting pre-scan', () => {
  it.each([
    ['900,000 [', '['.repeat(900_000)],
    ['200,000 {a: ', '{a: '.repeat(200_000)],
    ['400,000 "- " on one line', '- '.repeat(400_000) + 'x'],
    ['deep flow after a key', `spec:\n  note: ${'['.repeat(MAX_DEPTH + 1)}`],
  ])('refuses %s before the parser builds it, with the position', (_name, text) => {
    const result = parseYaml(text, 'deep.yaml');
    expect(result.file).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.message).toBe(`nesting deeper than ${MAX_DEPTH} levels; no policy needs that`);
    expect(result.problems[0]!.line).toBeGreaterThanOrEqual(1);
  });

  it('counts brackets in quoted text and comments as text', () => {
    const many = '['.repeat(MAX_DEPTH * 2);
    expect(deepNesting(`a: "${many}"\nb: '${many}'\n# ${many}\nc: x # ${many}\n`)).toBeUndefined();
  });

  it('does not take a quote inside plain text as the start of a quoted scalar', () => {
    expect(deepNesting(`a: 5" wide\n${'['.repeat(MAX_DEPTH + 1)}`)).toBeDefined();
  });

  it('accepts nesting at the limit', () => {
    expect(deepNesting('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH))).toBeUndefined();
  });

  it('passes every example file', () => {
    expect(yamlFiles.length).toBeGreaterThan(3);
    for (const file of yamlFiles) expect(deepNesting(readFileSync(new URL(file, examples), 'utf8')), file).toBeUndefined();
  });
});
