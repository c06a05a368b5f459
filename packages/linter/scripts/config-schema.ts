// Writes clearframe.config.schema.json (editor completion for rule ids and options) from the rule modules.
import { writeFileSync } from 'node:fs';
import { configSchema } from '../src/config-schema.js';

writeFileSync(new URL('../clearframe.config.schema.json', import.meta.url), `${JSON.stringify(configSchema(), null, 2)}\n`);
