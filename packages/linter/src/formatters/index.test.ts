import { describe, expect, it } from 'vitest';
import github from './github.js';
import { formatterNames, isFormatterName, loadFormatter } from './index.js';
import json from './json.js';
import junit from './junit.js';
import markdown from './markdown.js';
import sarif from './sarif.js';
import stylish from './stylish.js';

describe('loadFormatter', () => {
  it('loads each format by name', async () => {
    const expected = { stylish, json, sarif, github, junit, markdown };
    expect(formatterNames).toEqual(['stylish', 'json', 'sarif', 'github', 'junit', 'markdown']);
    for (const name of formatterNames) expect(await loadFormatter(name)).toBe(expected[name]);
  });

  it('rejects an unknown name, listing the valid ones', async () => {
    await expect(loadFormatter('checkstyle')).rejects.toThrow('unknown format "checkstyle"; use one of stylish, json, sarif, github, junit, markdown');
    // Names are checked against the list, not looked up on an object.
    await expect(loadFormatter('toString')).rejects.toThrow('unknown format "toString"');
    expect(isFormatterName('constructor')).toBe(false);
  });
});
