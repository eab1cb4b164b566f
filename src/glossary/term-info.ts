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

/** An item's key: "3" for the third item, "2-3" for the third item of the second group. */
export const itemKey = (index: number, group?: number) => (group === undefined ? String(index + 1) : `${group + 1}-${index + 1}`);

export function termInfo(id: string, data: GlossaryLike): TermInfo {
  const items = data.groups
    ? data.groups.flatMap((g, gi) => g.items.map((item, i) => ({ key: itemKey(i, gi), name: item.name })))
    : (data.items ?? []).map((item, i) => ({ key: itemKey(i), name: item.name }));
  return { id, term: data.term, names: [data.term, ...(data.aliases ?? [])], items };
}

/** The anchor of an item on its term page. */
export const itemAnchor = (key: string) => `item-${key}`;

/** The anchor of a group (3+10组合拳's “3” and “10”) on its term page. */
export const groupAnchor = (index: number) => `group-${index + 1}`;

/** Every anchor a term page has for its parts: each item, and each group. */
export function termAnchors(id: string, data: GlossaryLike): string[] {
  return [...termInfo(id, data).items.map((i) => itemAnchor(i.key)), ...(data.groups ?? []).map((_, g) => groupAnchor(g))];
}
