import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generated } from '../scripts/generated.js';

describe('generated files follow the JSON Schemas', () => {
  it('validators and types are up to date (run `npm run generate -w @clearframe/schema` after editing a schema)', async () => {
    for (const [path, content] of Object.entries(await generated())) {
      expect(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'), path).toBe(content);
    }
  });

  it('the standalone validators need no ajv at run time', () => {
    const code = readFileSync(new URL('../src/generated/validators.js', import.meta.url), 'utf8');
    expect(code).not.toMatch(/require\(|^import /m);
  });
});
