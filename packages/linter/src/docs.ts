import { readFileSync } from 'node:fs';

/** The Markdown docs page of a rule (shipped in the package under docs/rules/). */
export function ruleDoc(id: string): string {
  return readFileSync(new URL(`../docs/rules/${id}.md`, import.meta.url), 'utf8');
}
