/**
 * Finds glossary terms in running text. Chinese has no spaces, so matching is by
 * position: at each place the longest name that starts there wins, and matches never overlap.
 */

export interface TermName {
  id: string;
  name: string;
}

export interface TermMatch extends TermName {
  start: number;
  end: number;
}

export function matchTerms(text: string, names: readonly TermName[]): TermMatch[] {
  const longestFirst = [...names].filter((n) => n.name.length > 0).sort((a, b) => b.name.length - a.name.length);
  const matches: TermMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = longestFirst.find((n) => text.startsWith(n.name, i));
    if (hit) {
      matches.push({ ...hit, start: i, end: i + hit.name.length });
      i += hit.name.length;
    } else i += 1;
  }
  return matches;
}

/** Ids of the terms a text uses, in order of first use. */
export function termsUsed(text: string, names: readonly TermName[]): string[] {
  return [...new Set(matchTerms(text, names).map((m) => m.id))];
}
