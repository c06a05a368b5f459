/**
 * A copy of a string that owns its characters. Values parsed from a file are often V8 slices of the whole file text;
 * keeping one (in a finding or a directive) until the end of a run would keep every file's text alive.
 */
export function detach(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
