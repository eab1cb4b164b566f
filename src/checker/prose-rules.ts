import type { Nodes, Parent, Root } from 'mdast';
import type { Diagnostic, Position } from './diagnostics.ts';
import { positionAt } from './diagnostics.ts';
import { lintProse, type ProseProblem } from './prose-lint.ts';
import type { YamlString } from './yaml-source.ts';

/**
 * Where prose is in the handbook's files, and the Chinese prose rules applied to it:
 * text of an MDX body (not code, JSX, expressions or link targets) and YAML text values.
 */

/** A stretch of prose as the reader sees it, each character tied to its place in the source. */
export interface ProseRun {
  text: string;
  /** Source offset of each character of `text`. */
  offsets: number[];
}

/** Stands in for code, JSX and images inside a sentence: neither Chinese nor punctuation nor space. */
const OPAQUE = '\uFFFC';

/** Blocks whose content is not prose. */
const SKIP_BLOCKS = new Set(['code', 'html', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'definition']);
/** Inline nodes shown as something other than text (or not shown): one opaque character each. */
const OPAQUE_INLINES = new Set(['inlineCode', 'mdxTextExpression', 'image', 'imageReference', 'html', 'footnoteReference']);

const EMPHASIS = new Set(['emphasis', 'strong', 'delete']);
/** Inline nodes whose children are read as prose. */
const CONTAINERS = new Set([...EMPHASIS, 'link', 'linkReference', 'mdxJsxTextElement']);
const PUNCTUATION = /\p{P}/u;

function isPhrasing(node: Nodes): boolean {
  return node.type === 'text' || node.type === 'break' || OPAQUE_INLINES.has(node.type) || CONTAINERS.has(node.type);
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}

function pushOpaque(run: ProseRun, offset: number): void {
  run.text += OPAQUE;
  run.offsets.push(offset);
}

/** Appends the prose of inline content; text is taken from the source so positions are exact. */
function appendInline(run: ProseRun, node: Nodes, source: string): void {
  if (node.type === 'text') {
    const start = startOf(node);
    const end = node.position?.end.offset ?? start;
    for (let i = start; i < end; i += 1) {
      run.text += source[i];
      run.offsets.push(i);
    }
  } else if (node.type === 'break') {
    run.text += '\n';
    run.offsets.push(startOf(node));
  } else if (OPAQUE_INLINES.has(node.type)) {
    pushOpaque(run, startOf(node));
  } else if ('children' in node) {
    // <Term …>六个精准</Term>: the tags are markup, the words between them are prose.
    const jsx = node.type === 'mdxJsxTextElement';
    const emphasis = EMPHASIS.has(node.type);
    const before = run.text.length;
    if (jsx) pushOpaque(run, startOf(node));
    for (const child of node.children as Nodes[]) appendInline(run, child, source);
    if (jsx) pushOpaque(run, (node.position?.end.offset ?? 1) - 1);
    // `**贷得到。** 贫困户`: Markdown closes bold that ends in punctuation only before a space or
    // punctuation, so that space is required markup, not a space in the prose. Same at the start.
    if (emphasis && PUNCTUATION.test(run.text.slice(-1))) pushOpaque(run, (node.position?.end.offset ?? 1) - 1);
    if (emphasis && PUNCTUATION.test(run.text[before] ?? '')) {
      run.text = `${run.text.slice(0, before)}${OPAQUE}${run.text.slice(before)}`;
      run.offsets.splice(before, 0, startOf(node));
    }
  }
}

/** Every paragraph, heading and table cell of an MDX body as a run of prose. */
export function proseRuns(tree: Root, source: string): ProseRun[] {
  const runs: ProseRun[] = [];
  const visit = (node: Nodes): void => {
    if (SKIP_BLOCKS.has(node.type) || !('children' in node)) return;
    const children = (node as Parent).children as Nodes[];
    if (children.some(isPhrasing)) {
      const run: ProseRun = { text: '', offsets: [] };
      for (const child of children) appendInline(run, child, source);
      runs.push(run);
    } else children.forEach(visit);
  };
  visit(tree);
  return runs;
}

function toDiagnostic(file: string, at: Position, problem: ProseProblem): Diagnostic {
  return { file, ...at, severity: 'error', message: problem.message };
}

/** Chinese prose rules over an MDX body; `source` is the text the tree was parsed from. */
export function lintMdxProse(file: string, tree: Root, source: string): Diagnostic[] {
  return proseRuns(tree, source).flatMap((run) =>
    lintProse(run.text).map((problem) => toDiagnostic(file, positionAt(source, run.offsets[problem.index]!), problem)),
  );
}

/**
 * Fields that name a document or an issuer as officially written: 中共中央 国务院 keeps its
 * space there. Punctuation and 文号 are still checked.
 */
const OFFICIAL_NAMES = new Set(['title', 'shortTitle', 'issuer', 'aliases', 'source']);

/** Chinese prose rules over the text values of a YAML file or an MDX front matter. */
export function lintYamlProse(file: string, strings: readonly YamlString[]): Diagnostic[] {
  return strings.flatMap((s) => {
    const allowSpaces = s.path.some((key) => typeof key === 'string' && OFFICIAL_NAMES.has(key));
    return lintProse(s.source, { allowSpaces }).map((problem) => toDiagnostic(file, s.at(problem.index), problem));
  });
}
