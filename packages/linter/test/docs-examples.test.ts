// Every YAML example in docs/rules is linted with its rule, as typescript-eslint checks its docs: an "incorrect" example
// must report the rule and a "correct" one must not. Examples are fragments of a policy: each is linted on its own,
// with only its rule on (schema problems of a fragment, such as a missing metadata.id, do not matter here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig, type ResolvedConfig } from '../src/config.js';
import { lintSources } from '../src/lint.js';
import { TODAY } from '../src/rule-tester.js';
import { rules } from '../src/rules/index.js';

/** The code blocks under each "Examples of incorrect / correct" heading of a rule's docs page. */
function examples(markdown: string): { kind: 'incorrect' | 'correct'; code: string }[] {
  const found: { kind: 'incorrect' | 'correct'; code: string }[] = [];
  let kind: 'incorrect' | 'correct' | undefined;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heading = /^Examples? of \*\*(incorrect|correct)\*\*/.exec(lines[i]!);
    if (heading) kind = heading[1] as 'incorrect' | 'correct';
    else if (/^#/.test(lines[i]!)) kind = undefined;
    else if (kind && lines[i] === '```yaml') {
      const end = lines.indexOf('```', i + 1);
      found.push({ kind, code: lines.slice(i + 1, end).join('\n') + '\n' });
      i = end;
    }
  }
  return found;
}

/** Fragments need a document shell: the kind, and a jurisdiction unless the example sets one. */
function asPolicy(code: string): string {
  const head = /^apiVersion:/m.test(code) ? '' : 'apiVersion: clearframe/v1\n';
  const kind = /^kind:/m.test(code) ? '' : 'kind: CommunicationPolicy\n';
  const metadata = /^metadata:/m.test(code) ? '' : 'metadata: { id: example, jurisdiction: US-CA, reviewed: "2026-05-01" }\n';
  return head + kind + metadata + code;
}

const ENGINE_RULES = new Set(['schema', 'disable-without-reason', 'unused-disable', 'duplicate-id']);

for (const [id, rule] of rules) {
  if (ENGINE_RULES.has(id)) continue;
  const blocks = examples(readFileSync(new URL(`../docs/rules/${id}.md`, import.meta.url), 'utf8'));
  describe(`docs/rules/${id}.md`, () => {
    it('has at least one incorrect and one correct example', () => {
      expect(blocks.filter((b) => b.kind === 'incorrect').length).toBeGreaterThan(0);
      expect(blocks.filter((b) => b.kind === 'correct').length).toBeGreaterThan(0);
    });
    blocks.forEach((block, index) => {
      it(`${block.kind} example ${index + 1} ${block.kind === 'incorrect' ? 'reports' : 'does not report'} ${id}`, async () => {
        const config: ResolvedConfig = {
          ...defaultConfig('/'),
          rules: Object.fromEntries([...rules.keys()].map((other) => [other, { level: other === id ? rule.meta.severity : other === 'schema' ? 'error' : 'off' }])),
        };
        const [result] = await lintSources([{ path: 'policy.yaml', source: asPolicy(block.code) }], { config, today: TODAY });
        const found = result!.messages.filter((m) => m.ruleId === id);
        if (block.kind === 'incorrect') expect(found.length, block.code).toBeGreaterThan(0);
        else expect(found, block.code).toEqual([]);
      });
    });
  });
}
