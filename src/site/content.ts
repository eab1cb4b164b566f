import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { TermUse } from '../glossary/term-uses.ts';

/**
 * Collections as pages need them: modules in programme order, terms in the report's
 * order. Missing references cannot happen here (the content checker stopped the build),
 * so a miss is a programming error and throws.
 */

export type ModuleEntry = CollectionEntry<'modules'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type PolicyEntry = CollectionEntry<'policies'>;

export async function getModules(): Promise<ModuleEntry[]> {
  return (await getCollection('modules')).sort((a, b) => a.data.order - b.data.order);
}

export async function getTerms(): Promise<TermEntry[]> {
  return (await getCollection('glossary')).sort((a, b) => a.data.number - b.data.number);
}

export async function getPolicies(): Promise<PolicyEntry[]> {
  return (await getCollection('policies')).sort((a, b) => (a.data.date ?? '').localeCompare(b.data.date ?? ''));
}

/** The programme entry itself, for its source file (the page's “最后更新”). */
export async function getProgrammeEntry() {
  const [programme] = await getCollection('programme');
  if (!programme) throw new Error('缺少培训安排（src/content/programme/）');
  return programme;
}

export async function getProgramme() {
  return (await getProgrammeEntry()).data;
}

async function must<C extends 'units' | 'policies' | 'modules' | 'glossary'>(collection: C, id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`找不到 ${collection}/${id}`);
  return entry;
}

export const getUnit = (id: string) => must('units', id);
export const getPolicy = (id: string) => must('policies', id);
export const getModule = (id: string) => must('modules', id);
export const getTerm = (id: string) => must('glossary', id);

/** A module rendered, with the term uses its glossary linker recorded (src/glossary/remark-glossary.ts). */
export async function renderModule(entry: ModuleEntry) {
  const rendered = await render(entry);
  const termUses = (rendered.remarkPluginFrontmatter.termUses ?? []) as TermUse[];
  return { ...rendered, termUses };
}
