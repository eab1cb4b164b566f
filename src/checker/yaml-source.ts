import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { Position } from './diagnostics.ts';

/** A text value as written in the file, for rules that read prose (punctuation, spaces). */
export interface YamlString {
  path: PropertyKey[];
  /** The value's source text, quotes and block indentation included. */
  source: string;
  /** Where character `index` of `source` is in the file. */
  at(index: number): Position;
}

/** Parsed YAML that can say where a field is written, for messages with line numbers. */
export interface YamlSource {
  data: unknown;
  syntaxErrors: { message: string; line: number; column: number }[];
  /** Where the deepest existing part of `path` is written (a missing key points at its parent). */
  locate(path: readonly PropertyKey[]): Position;
  /** Every text value with its path, in file order. */
  strings: YamlString[];
}

/** Chinese for the YAML parser's error codes a trainer is likely to meet, the most telling first. */
const YAML_ERRORS: Record<string, string> = {
  TAB_AS_INDENT: '用了 Tab 键缩进，请改用空格（每级两个空格）',
  MISSING_CHAR: '缺少配对的符号（引号或括号没有闭合）',
  DUPLICATE_KEY: '同一个字段写了两次',
  BAD_INDENT: '缩进不对齐',
  BLOCK_AS_IMPLICIT_KEY: '字段名后的内容格式不对（冒号后应有空格，或该行缩进有误）',
  MULTILINE_IMPLICIT_KEY: '字段名不能跨行（可能少了冒号，或上一行的引号没有闭合）',
  UNEXPECTED_TOKEN: '出现了意外的符号',
  BAD_SCALAR_START: '这个值不能以该符号开头，请给整个值加上引号',
  MULTIPLE_DOCS: '文件中只能有一份内容（多了一行 ---）',
};

/**
 * @param lineOffset lines of the file before this YAML (1 for MDX front matter after `---`)
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  // One error a line, the most telling first: a tab or an open quote sets off others after it.
  const byLine = new Map<number, { message: string; line: number; column: number; rank: number }>();
  for (const e of doc.errors) {
    const { line, column } = at(e.pos[0]);
    const plain = YAML_ERRORS[e.code] ?? 'YAML 格式错误';
    const rank = e.code in YAML_ERRORS ? Object.keys(YAML_ERRORS).indexOf(e.code) : 99;
    const found = byLine.get(line);
    if (!found || rank < found.rank) byLine.set(line, { message: `YAML 格式错误：${plain}（${e.message.split('\n')[0]}）`, line, column, rank });
  }
  // `- **本金**：…` unquoted: YAML reads `*本金**…` as a reference to an anchor and cannot build the value.
  visit(doc, {
    Alias(_, node) {
      const { line, column } = at(node.range?.[0] ?? 0);
      byLine.set(line, { message: `YAML 格式错误：以“*”开头的值会被当作 YAML 的引用，请给整个值加上引号，例如 "${node.source}"`, line, column, rank: -1 });
    },
    Node(_, node) {
      if (!node.anchor) return;
      const { line, column } = at(node.range?.[0] ?? 0);
      byLine.set(line, { message: `YAML 格式错误：以“&”开头的值会被当作 YAML 的锚点，请给整个值加上引号`, line, column, rank: -1 });
    },
  });
  const syntaxErrors = [...byLine.values()].sort((a, b) => a.line - b.line).map(({ message, line, column }) => ({ message, line, column }));

  const locate = (path: readonly PropertyKey[]): Position => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        offset = (node as Node).range?.[0] ?? offset;
      } else break;
    }
    return at(offset);
  };

  const strings: YamlString[] = [];
  const collect = (node: unknown, path: PropertyKey[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) if (isScalar(pair.key)) collect(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => collect(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const [start, end] = node.range;
      strings.push({ path, source: text.slice(start, end), at: (index) => at(start + index) });
    }
  };
  if (!syntaxErrors.length) collect(doc.contents, []);

  return { data: syntaxErrors.length ? undefined : doc.toJS(), syntaxErrors, locate, strings };
}
