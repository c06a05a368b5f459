import { isCollection, isMap, isNode, isPair, isScalar, isSeq, parseAllDocuments, visit, type Node } from 'yaml';

export interface End {
  endLine: number;
  /** 1-based, exclusive: the column after the last character, as SARIF's endColumn. */
  endColumn: number;
}

/**
 * Finds where the YAML node that a finding points at ends: for a key, the end of its value (the whole key/value
 * pair); for a list item or a value, its own end. Built once per file, then looked up by line and column.
 */
export function nodeEnds(source: string): (line: number, column: number) => End | undefined {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const position = (offset: number): End => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { endLine: low + 1, endColumn: offset - lineStarts[low]! + 1 };
  };
  // Trailing blank lines and comments of a block belong to no field.
  const trimmedEnd = (start: number, end: number) => start + source.slice(start, end).trimEnd().length;

  const ends = new Map<number, number>();
  // A key/value pair wins over a collection starting at the same place (the first key of a map).
  const note = (start: number | undefined, end: number | undefined, pair: boolean) => {
    if (start === undefined || end === undefined || (!pair && ends.has(start))) return;
    ends.set(start, trimmedEnd(start, end));
  };
  for (const document of parseAllDocuments(source, { keepSourceTokens: false })) {
    if (!('contents' in document)) continue;
    visit(document, {
      Pair(_, pair) {
        const key = isNode(pair.key) ? (pair.key as Node) : undefined;
        const value = isNode(pair.value) ? (pair.value as Node) : undefined;
        note(key?.range?.[0], contentEnd(value ?? key), true);
      },
      Node(_, node) {
        if (isScalar(node) || isCollection(node)) note(node.range?.[0], contentEnd(node), false);
      },
    });
  }
  return (line, column) => {
    const start = lineStarts[line - 1];
    if (start === undefined) return undefined;
    const end = ends.get(start + column - 1);
    return end === undefined ? undefined : position(end);
  };
}

/** Where a node's content ends: a block collection's range also takes in the comments after its last item. */
function contentEnd(node: Node | undefined): number | undefined {
  if (!node) return undefined;
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1];
    if (isPair(last)) return contentEnd((isNode(last.value) ? last.value : isNode(last.key) ? last.key : undefined) as Node | undefined);
    return contentEnd(isNode(last) ? (last as Node) : undefined);
  }
  return node.range?.[1];
}
