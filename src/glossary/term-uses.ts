import type { Heading } from '../site/outline.ts';

/** Where a module uses glossary terms, from the uses the term linker records while rendering. */

export interface TermUse {
  id: string;
  /** Index into the module's headings (document order); -1 before the first heading. */
  section: number;
}

/** Term ids in order of first use, each once. */
export function termIdsUsed(uses: readonly TermUse[]): string[] {
  return [...new Set(uses.map((u) => u.id))];
}

/** The sections of a module where a term appears, each once, in document order. */
export function sectionsUsing(termId: string, uses: readonly TermUse[], headings: readonly Heading[]): (Heading | null)[] {
  const sections = [...new Set(uses.filter((u) => u.id === termId).map((u) => u.section))].sort((a, b) => a - b);
  return sections.map((i) => (i >= 0 ? (headings[i] ?? null) : null));
}
