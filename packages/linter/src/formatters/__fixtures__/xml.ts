export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const TOKEN = /<\/([A-Za-z][\w.-]*)>|<([A-Za-z][\w.-]*)((?:\s+[A-Za-z][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
const ATTRIBUTE = /([A-Za-z][\w.-]*)="([^"]*)"/g;
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  if (/&(?!(#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);)/.test(text)) throw new Error(`bare & in ${JSON.stringify(text)}`);
  if (text.includes(']]>')) throw new Error('"]]>" in text');
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(\w+));/g, (_, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name!]!,
  );
}

/**
 * A strict parser for the XML the junit formatter writes (declaration, elements, attributes, text), for tests:
 * throws on anything not well-formed, such as a bare `&`, a `<` in text, a mismatched tag or an illegal character.
 */
export function parseXml(xml: string): XmlElement {
  if (!xml.startsWith(DECLARATION)) throw new Error('no XML declaration');
  if (ILLEGAL.test(xml)) throw new Error('character not allowed in XML 1.0');
  const body = xml.slice(DECLARATION.length);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(body);
    if (!match) throw new Error(`malformed XML at ${JSON.stringify(body.slice(at, at + 40))}`);
    const [, close, open, attributes = '', selfClosing, text] = match;
    const parent = stack.at(-1);
    if (text !== undefined) {
      if (parent) parent.text += decode(text);
      else if (text.trim()) throw new Error('text outside the root element');
    } else if (close) {
      const element = stack.pop();
      if (element?.name !== close) throw new Error(`</${close}> does not close <${element?.name}>`);
      if (stack.length === 0) root = element;
    } else {
      if (!parent && root) throw new Error('more than one root element');
      const element: XmlElement = { name: open!, attributes: {}, children: [], text: '' };
      for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
        if (name! in element.attributes) throw new Error(`duplicate attribute ${name}`);
        // Attribute-value normalisation: literal whitespace becomes a space; character references survive.
        element.attributes[name!] = decode(value!.replace(/[\t\n\r]/g, ' '));
      }
      parent?.children.push(element);
      if (!selfClosing) stack.push(element);
      else if (!parent) root = element;
    }
  }
  if (stack.length > 0 || !root) throw new Error('unclosed element');
  return root;
}
