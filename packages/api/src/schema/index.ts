import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from '../builder.js';
import './scalars.js';
import './metadata.js';
import './contact-method.js';
import './crisis-contact.js';
import './routes.js';
import './turnaround.js';
import './social-media-stance.js';
import './privacy.js';
import './spec.js';
import './source-file.js';
import './rule.js';
import './lint-finding.js';
import './clinic.js';
import './policy-version.js';
import './policy.js';
import './publish.js';
import './node.js';

builder.queryType({ description: 'Published communications and social-media policies of clinic groups.' });
builder.mutationType({});

export const schema = builder.toSchema();

/** The SDL committed as schema.graphql (sorted, so it diffs well). */
export function printSdl(): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
