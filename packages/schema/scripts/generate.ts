// Generates the committed files that follow the JSON Schemas: ahead-of-time validators and TypeScript types.
// Run `npm run generate -w @clearframe/schema` after editing a schema; a test fails when they are stale.
import { writeFileSync } from 'node:fs';
import { generated } from './generated.js';

for (const [path, content] of Object.entries(await generated())) {
  writeFileSync(new URL(`../${path}`, import.meta.url), content);
  console.log(`wrote ${path}`);
}
