// tsc compiles the TypeScript; the JSON Schemas and the generated validators are copied as they are.
import { copyFileSync, mkdirSync } from 'node:fs';

const files = ['policy.schema.json', 'config.schema.json', 'generated/validators.js', 'generated/validators.d.ts'];
mkdirSync(new URL('../dist/generated/', import.meta.url), { recursive: true });
for (const file of files) copyFileSync(new URL(`../src/${file}`, import.meta.url), new URL(`../dist/${file}`, import.meta.url));
