import { decodeSource, parseYaml, type ParsedFile, type Problem } from './parse.js';
import { validatePolicyFile } from './validate.js';

/** Decodes, parses and schema-validates one policy or ClinicDefaults file. */
export function loadPolicySource(path: string, source: Uint8Array | string): { file?: ParsedFile; problems: Problem[] } {
  let text: string;
  if (typeof source === 'string') {
    text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    if (text.includes('\u0000')) return { problems: [{ line: 1, column: 1, pointer: '', message: 'file contains NUL characters: it looks binary, not YAML' }] };
  } else {
    const decoded = decodeSource(source);
    if ('problem' in decoded) return { problems: [decoded.problem] };
    text = decoded.text;
  }
  const parsed = parseYaml(text, path);
  if (!parsed.file || parsed.problems.length > 0 || parsed.file.value === undefined) return parsed;
  return { file: parsed.file, problems: validatePolicyFile(parsed.file) };
}
