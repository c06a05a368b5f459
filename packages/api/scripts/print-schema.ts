// Writes schema.graphql from the Pothos builder; test/schema.test.ts fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { printSdl } from '../src/schema/index.js';

writeFileSync(new URL('../schema.graphql', import.meta.url), printSdl());
