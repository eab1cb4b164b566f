/** What the built print page (dist/handbook/index.html) says the book contains. */

const decode = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

export interface HandbookHtml {
  /** 目录 lines in order, with their level. */
  toc: { text: string; level: number }[];
  /** Every running head a chapter sets (data-running). */
  runningHeads: string[];
  /** Text of every h1–h4. */
  headings: string[];
}

export function readHandbookHtml(html: string): HandbookHtml {
  const toc = [...html.matchAll(/<li class="toc-(\d)"[^>]*>[\s\S]*?<span class="toc-text"[^>]*>([\s\S]*?)<\/span>/g)].map((m) => ({
    level: Number(m[1]),
    text: decode(m[2]!),
  }));
  const runningHeads = [...html.matchAll(/data-running="([^"]*)"/g)].map((m) => decode(m[1]!));
  const headings = [...html.matchAll(/<h([1-4])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map((m) => decode(m[2]!).trim());
  return { toc, runningHeads, headings };
}
