import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../src/cli.js';

/** Runs the CLI in process, as `clearframe <args>` in `cwd`. */
async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTty: false });
  return { code, stdout, stderr };
}

/** What a therapist types over each "[…]" value of the starter policy. */
const FILLED_IN: Record<string, string> = {
  '[Your Name]': 'Dr. Sam Lee',
  '[your office phone number]': '+1 555 010 0199',
  '[your office hours, e.g. Mon-Fri 9:00-17:00]': 'Mon-Thu 9:00-17:00',
  '[your e-mail address]': 'sam@practice.example',
  '[your ICO registration number]': 'ZA123456',
  'https://[your-website]/communications-policy': 'https://practice.example/communications-policy',
};

/** 1-based numbers of the lines whose value (not a comment) holds a "[your …]" marker. */
const markedLines = (text: string) =>
  text.split('\n').flatMap((line, index) => (/^[^#]*\[[Yy]our[^\]]*\]/.test(line) ? [index + 1] : []));

describe('clearframe init', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearframe-init-'));

  for (const [jurisdiction, name] of [['US-CA', undefined], ['CA', 'Dr. Test'], ['GB', undefined], ['IE', 'Dr. Test'], ['AU', undefined], ['NZ', 'Dr. Test'], ['DE', undefined], ['JP', 'Dr. Test']] as const) {
    it(`${jurisdiction}${name ? ' with --name' : ''}: lint lists exactly the marked lines as placeholder-text, and nothing else`, async () => {
      const id = `starter-${jurisdiction.toLowerCase()}`;
      const written = await cli(['init', '--id', id, '--jurisdiction', jurisdiction, ...(name ? ['--name', name] : [])], dir);
      const text = readFileSync(join(dir, `${id}.yaml`), 'utf8');
      const marked = markedLines(text);
      expect(marked.length).toBe(4 + (name ? 0 : 1) + (jurisdiction === 'GB' ? 1 : 0));
      expect(written).toEqual({ code: 0, stdout: `wrote ${id}.yaml; ${marked.length} lines to fill in: run clearframe lint ${id}.yaml to see them\n`, stderr: '' });

      const lint = await cli(['lint', `${id}.yaml`, '--format', 'json'], dir);
      expect(lint.code).toBe(1);
      const messages = JSON.parse(lint.stdout)[0].messages as { ruleId: string; line: number; severity: string }[];
      expect(messages.map((m) => m.ruleId)).toEqual(marked.map(() => 'placeholder-text'));
      expect(messages.map((m) => m.line)).toEqual(marked);
      expect(messages.every((m) => m.severity === 'error')).toBe(true);
    });
  }

  it('once every marked value is filled in, lint exits 0 with no findings at all', async () => {
    for (const jurisdiction of ['US', 'GB', 'AU', 'DE']) {
      const id = `filled-${jurisdiction.toLowerCase()}`;
      expect((await cli(['init', '--id', id, '--jurisdiction', jurisdiction], dir)).code).toBe(0);
      const path = join(dir, `${id}.yaml`);
      let text = readFileSync(path, 'utf8');
      for (const [marker, value] of Object.entries(FILLED_IN)) text = text.replaceAll(marker, value);
      expect(markedLines(text)).toEqual([]);
      writeFileSync(path, text);
      const lint = await cli(['lint', `${id}.yaml`, '--format', 'json'], dir);
      expect(JSON.parse(lint.stdout)[0].messages, jurisdiction).toEqual([]);
      expect(lint.code).toBe(0);
    }
  });

  it('quotes its dates, so YAML 1.1 tools (the yaml package in 1.1 mode, PyYAML) read them as strings too', async () => {
    expect((await cli(['init', '--id', 'dates', '--output', 'dates.yaml'], dir)).code).toBe(0);
    const text = readFileSync(join(dir, 'dates.yaml'), 'utf8');
    for (const version of ['1.1', '1.2'] as const) {
      const { metadata } = parse(text, { version }) as { metadata: { effective: unknown; reviewed: unknown } };
      expect(metadata.effective, version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(metadata.reviewed, version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    // PyYAML, the YAML 1.1 loader behind many editors' and CI tools' checks, turns an unquoted date into a date object.
    execFileSync('bash', [new URL('../../../scripts/ensure-system-deps.sh', import.meta.url).pathname, 'python3-yaml'], { stdio: 'inherit', timeout: 600_000 });
    const types = execFileSync('python3', ['-c', 'import sys, yaml; m = yaml.safe_load(sys.stdin)["metadata"]; print(type(m["effective"]).__name__, type(m["reviewed"]).__name__)'], { input: text }).toString();
    expect(types.trim()).toBe('str str');
  });

  it('never overwrites a file', async () => {
    expect((await cli(['init', '--id', 'single', '--name', 'Dr. Test'], dir)).stdout).toMatch(/; 4 lines to fill in/);
    expect(await cli(['init', '--id', 'single'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('already exists') });
  });
});
