// tsc compiles the TypeScript; the SQL migrations are copied as they are.
import { cpSync } from 'node:fs';

cpSync(new URL('../src/store/migrations/', import.meta.url), new URL('../dist/store/migrations/', import.meta.url), { recursive: true });
