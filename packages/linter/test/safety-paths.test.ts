// Issue 10's unfinished and words-only policies, through the CLI as a therapist runs it: both now fail lint.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { editPolicy, TODAY } from '../src/rule-tester.js';

async function lintJson(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'clearframe-safety-'));
  writeFileSync(join(dir, 'policy.yaml'), source);
  let stdout = '';
  const code = await main(['lint', 'policy.yaml', '--format', 'json', '--today', TODAY], { cwd: dir, stdout: (t) => void (stdout += t), stderr: () => {}, isTty: false });
  const [result] = JSON.parse(stdout) as { messages: { ruleId: string; severity: string; line: number; path: string }[] }[];
  return { code, messages: result!.messages };
}

describe('policies no careful reviewer would pass', () => {
  it("an insurer template's \"[insert #]\" as the after-hours number fails with placeholder-text at that line", async () => {
    const source = editPolicy({ set: { 'spec.contact.routes.crisis.contacts.2': { name: 'After-hours line', number: '[insert #]', kind: 'crisis-line' } } });
    const line = source.split('\n').findIndex((l) => l.includes('[insert #]')) + 1;
    const { code, messages } = await lintJson(source);
    expect(code).toBe(1);
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'placeholder-text', severity: 'error', line, path: '/spec/contact/routes/crisis/contacts/2/number' })]);
  });

  it('a crisis route that is only words fails with crisis-route-actionable', async () => {
    const source = editPolicy({ set: { 'spec.contact.routes.crisis': { instructions: 'We are not able to respond to emergencies.' } } });
    const { code, messages } = await lintJson(source);
    expect(code).toBe(1);
    expect(messages.map((m) => `${m.ruleId} ${m.path}`)).toEqual(['crisis-route-actionable /spec/contact/routes/crisis']);
  });
});
