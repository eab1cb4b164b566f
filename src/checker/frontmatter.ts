/**
 * Splits an MDX file into its YAML front matter and body, keeping line numbers:
 * the front matter's first line is line 2 of the file (after the opening `---`).
 */
export interface SplitSource {
  /** YAML between the fences, or null when the file has none. */
  frontmatter: string | null;
  body: string;
  /** Number of file lines before the body's first line. */
  bodyLineOffset: number;
}

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(source: string): SplitSource {
  const lines = source.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  if (!FENCE.test(lines[0] ?? '')) return { frontmatter: null, body: source, bodyLineOffset: 0 };
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) return { frontmatter: null, body: source, bodyLineOffset: 0 };
  return {
    frontmatter: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    bodyLineOffset: close + 1,
  };
}
