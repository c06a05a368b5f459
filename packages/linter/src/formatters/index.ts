import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';

export const formatterNames = ['stylish', 'json', 'sarif', 'github', 'junit', 'markdown'] as const;
export type FormatterName = (typeof formatterNames)[number];

// One dynamic import per format, so the CLI loads only the formatter it prints with.
const loaders: Record<FormatterName, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  markdown: () => import('./markdown.js'),
};

export function isFormatterName(name: string): name is FormatterName {
  return (formatterNames as readonly string[]).includes(name);
}

/**
 * The formatter for `--format <name>`. Each returns the full text to print, ending in a newline,
 * or '' when there is nothing to print (stylish with no findings).
 */
export async function loadFormatter(name: string): Promise<Formatter> {
  if (!isFormatterName(name)) throw new Error(`unknown format "${name}"; use one of ${formatterNames.join(', ')}`);
  const module = await loaders[name]();
  return module.default;
}
