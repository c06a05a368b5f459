import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Node = { [key: string]: unknown };
const read = (name: string) => JSON.parse(readFileSync(new URL(`../src/${name}`, import.meta.url), 'utf8')) as Node;
const schema = read('policy.schema.json');

/** Every property schema in the document, with its dotted location. */
function properties(node: unknown, where: string, out: [string, Node][] = []): [string, Node][] {
  if (Array.isArray(node)) node.forEach((item, i) => properties(item, `${where}[${i}]`, out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === 'properties') for (const [name, sub] of Object.entries(value as Node)) out.push([`${where}.${name}`, sub as Node]);
      properties(value, `${where}.${key}`, out);
    }
  }
  return out;
}

describe('editor help in the JSON Schema', () => {
  const all = properties(schema, '#').filter(([where]) => !/^#\.(if|then)\./.test(where));

  it('gives every property a description (editors show it on hover)', () => {
    expect(all.length).toBeGreaterThan(120);
    const missing = all.filter(([, sub]) => typeof sub.description !== 'string' || sub.description.length < 3).map(([where]) => where);
    expect(missing).toEqual([]);
  });

  it('gives every property of the linter configuration a description', () => {
    const missing = properties(read('config.schema.json'), '#').filter(([, sub]) => typeof sub.description !== 'string').map(([where]) => where);
    expect(missing).toEqual([]);
  });

  it('shows an example in markdownDescription for the v1.1 fields where one helps', () => {
    const withExample = all.filter(([, sub]) => typeof sub.markdownDescription === 'string').map(([where]) => where.split('.').at(-1));
    expect(withExample).toEqual(expect.arrayContaining(['clinicName', 'addressProvided', 'condition', 'turnaround', 'urgent', 'within', 'schedule', 'clientsMayFollow', 'recording', 'records', 'licensedIn']));
    for (const [where, sub] of all) if (typeof sub.markdownDescription === 'string') expect(sub.markdownDescription, where).toContain('```yaml');
  });
  it('lets every mapping under spec carry a free-text note', () => {
    const defs = schema.$defs as Record<string, Node>;
    const resolve = (node: Node): Node => (typeof node.$ref === 'string' ? defs[node.$ref.split('/').at(-1)!]! : node);
    const seen = new Set<Node>();
    const without: string[] = [];
    const walk = (node: Node, where: string) => {
      const n = resolve(node);
      if (seen.has(n)) return;
      seen.add(n);
      const props = n.properties as Record<string, Node> | undefined;
      if (props) {
        if (!props.note) without.push(where);
        for (const [key, sub] of Object.entries(props)) walk(sub, `${where}.${key}`);
      }
      if (n.items) walk(n.items as Node, `${where}[]`);
    };
    for (const [key, sub] of Object.entries((defs.spec!.properties as Record<string, Node>))) walk(sub, `spec.${key}`);
    expect(seen.size).toBeGreaterThan(20);
    expect(without).toEqual([]);
  });
});
