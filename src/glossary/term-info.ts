/**
 * What the glossary linker needs to know about each term: the names it is written under
 * and its items with their anchors on the term page (item-3, or item-2-3 inside groups).
 */
export interface TermItemRef {
  /** As a trainer writes it in <Term item="…">: "3", or "2-3" for group 2, item 3. */
  key: string;
  name: string;
}

export interface TermInfo {
  id: string;
  term: string;
  names: string[];
  items: TermItemRef[];
}

interface GlossaryLike {
  term: string;
  aliases?: string[];
  items?: { name: string }[];
  groups?: { items: { name: string }[] }[];
}

export function termInfo(id: string, data: GlossaryLike): TermInfo {
  const items = data.groups
    ? data.groups.flatMap((g, gi) => g.items.map((item, i) => ({ key: `${gi + 1}-${i + 1}`, name: item.name })))
    : (data.items ?? []).map((item, i) => ({ key: String(i + 1), name: item.name }));
  return { id, term: data.term, names: [data.term, ...(data.aliases ?? [])], items };
}

/** The anchor of an item on its term page. */
export const itemAnchor = (key: string) => `item-${key}`;
