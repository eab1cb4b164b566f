/** The table of contents of a module, from its headings (## sections and ### subsections). */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface OutlineItem extends Heading {
  children: Heading[];
}

export function buildOutline(headings: readonly Heading[]): OutlineItem[] {
  const outline: OutlineItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) outline.push({ ...h, children: [] });
    else if (h.depth === 3 && outline.length) outline[outline.length - 1]!.children.push(h);
  }
  return outline;
}

/** The neighbours of an item in a sequence, for previous/next links. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: items[index - 1], next: items[index + 1] };
}
