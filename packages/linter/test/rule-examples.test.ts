// Every YAML example in a rule's docs page does what the page says: incorrect examples get the rule's finding, correct ones don't.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { lintCase } from '../src/rule-tester.js';
import { rules } from '../src/rules/index.js';


/** The YAML blocks of a docs page under its "incorrect" and "correct" headings. */
function examples(id: string): { incorrect: string[]; correct: string[] } {
  const text = readFileSync(new URL(`../docs/rules/${id}.md`, import.meta.url), 'utf8');
  const blocks = (from: string, to: string) => {
    const start = text.indexOf(from);
    const section = start === -1 ? '' : text.slice(start, text.indexOf(to, start + from.length) === -1 ? undefined : text.indexOf(to, start + from.length));
    return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  };
  return { incorrect: blocks('Examples of **incorrect**', 'Examples of **correct**'), correct: blocks('Examples of **correct**', '## Options') };
}

/** A docs example as a whole policy file: the page shows only the part that matters, so required fields are added. */
function asPolicy(example: string): string {
  const doc = parseDocument(example);
  const required: [string[], unknown][] = [
    [['apiVersion'], 'clearframe/v1'],
    [['kind'], 'CommunicationPolicy'],
    [['metadata', 'id'], 'sam-lee'],
    [['metadata', 'jurisdiction'], 'US-CA'],
    [['spec'], {}],
  ];
  for (const [path, value] of required) if (!doc.hasIn(path)) doc.setIn(path, value);
  return doc.toString();
}

// duplicate-id needs two files; its page shows them side by side.
const CHECKED = [...rules.keys()].filter((id) => rules.get(id)!.meta.scope === 'policy' && id !== 'duplicate-id');

describe('rule docs examples', () => {
  for (const id of CHECKED) {
    const rule = rules.get(id)!;
    const { incorrect, correct } = examples(id);
    it(`${id}: has incorrect and correct examples`, () => {
      expect(incorrect.length).toBeGreaterThan(0);
      expect(correct.length).toBeGreaterThan(0);
    });
    incorrect.forEach((example, i) => {
      it(`${id}: incorrect example ${i + 1} gets a finding`, async () => {
        expect((await lintCase(rule, { name: `${id} incorrect ${i + 1}`, code: asPolicy(example) })).length).toBeGreaterThan(0);
      });
    });
    correct.forEach((example, i) => {
      it(`${id}: correct example ${i + 1} gets none`, async () => {
        expect(await lintCase(rule, { name: `${id} correct ${i + 1}`, code: asPolicy(example) })).toEqual([]);
      });
    });
  }
});
