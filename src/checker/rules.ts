import { COLLECTIONS, type CollectionName } from '../model/index.ts';
import type { GlossaryData } from '../model/glossary.ts';
import type { ModuleData } from '../model/module.ts';
import type { PolicyData } from '../model/policy.ts';
import type { ProgrammeData } from '../model/programme.ts';
import { positionAt, type Diagnostic, type Position } from './diagnostics.ts';
import { describePath } from '../model/messages.ts';
import { scheduleConflicts } from '../programme/schedule.ts';
import type { LinkRef } from './links.ts';

/**
 * Rules that look across entries: references resolve, numbers are unique, every module
 * is on the timetable, and a module cites in its text exactly the documents it lists.
 * Pure: entries come in parsed and validated, diagnostics go out.
 */

interface EntryBase {
  id: string;
  /** Path shown to the trainer, relative to the project. */
  file: string;
  locate(path: readonly PropertyKey[]): Position;
}

export type ParsedEntry =
  | (EntryBase & {
      collection: 'modules';
      data: ModuleData;
      /** The file's text with its front matter blanked, so offsets are the file's own. */
      source: string;
      /** Links and images as written, with their positions in the file. */
      links: LinkRef[];
      /** Every id the rendered body has (heading ids as Astro makes them). */
      ids: string[];
    })
  | (EntryBase & { collection: 'glossary'; data: GlossaryData })
  | (EntryBase & { collection: 'policies'; data: PolicyData })
  | (EntryBase & { collection: 'units'; data: { name: string } })
  | (EntryBase & { collection: 'programme'; data: ProgrammeData });

type Of<C extends CollectionName> = Extract<ParsedEntry, { collection: C }>;

interface Reference {
  path: PropertyKey[];
  target: CollectionName;
  id: string;
}

/** Every reference an entry makes to another entry. */
export function referencesOf(entry: ParsedEntry): Reference[] {
  const refs: Reference[] = [];
  const add = (path: PropertyKey[], target: CollectionName, id: string | undefined) => {
    if (id) refs.push({ path, target, id });
  };
  switch (entry.collection) {
    case 'modules':
      add(['unit'], 'units', entry.data.unit);
      entry.data.policies.forEach((id, i) => add(['policies', i], 'policies', id));
      entry.data.later.forEach((l, i) => add(['later', i, 'policy'], 'policies', l.policy));
      break;
    case 'glossary':
      entry.data.related.forEach((id, i) => add(['related', i], 'glossary', id));
      break;
    case 'policies':
      add(['supersededBy'], 'policies', entry.data.supersededBy);
      break;
    case 'programme':
      entry.data.organisers.forEach((id, i) => add(['organisers', i], 'units', id));
      entry.data.days.forEach((day, d) =>
        day.sessions.forEach((s, i) => {
          add(['days', d, 'sessions', i, 'module'], 'modules', s.module);
          add(['days', d, 'sessions', i, 'unit'], 'units', s.unit);
        }),
      );
      break;
  }
  return refs;
}

function at(entry: EntryBase, path: readonly PropertyKey[], severity: Diagnostic['severity'], message: string): Diagnostic {
  return { file: entry.file, ...entry.locate(path), severity, message };
}

function listIds(ids: Iterable<string>): string {
  const all = [...ids].sort();
  return all.length > 12 ? `${all.slice(0, 12).join('、')} 等` : all.join('、') || '（无）';
}

/** Ids present per collection. An entry with its own errors still exists: no second error for it. */
export type KnownIds = ReadonlyMap<CollectionName, ReadonlySet<string>>;

function idsOf(entries: readonly ParsedEntry[]): KnownIds {
  const ids = new Map<CollectionName, Set<string>>();
  for (const e of entries) {
    if (!ids.has(e.collection)) ids.set(e.collection, new Set());
    ids.get(e.collection)!.add(e.id);
  }
  return ids;
}

function checkReferences(entries: readonly ParsedEntry[], ids: KnownIds): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const entry of entries) {
    for (const ref of referencesOf(entry)) {
      const known = ids.get(ref.target) ?? new Set<string>();
      if (known.has(ref.id)) continue;
      const label = COLLECTIONS[ref.target].label;
      out.push(
        at(entry, ref.path, 'error', `字段 ${describePath(COLLECTIONS[entry.collection].schema, ref.path)} 引用了不存在的${label}“${ref.id}”。现有的${label}编号：${listIds(known)}`),
      );
    }
    if (entry.collection === 'glossary' && entry.data.related.includes(entry.id)) {
      out.push(at(entry, ['related'], 'error', '字段 related（相关术语）不能包含术语自己'));
    }
  }
  return out;
}

/** Values that must be unique within a collection, e.g. each module's order; an absent value is not compared. */
function checkUnique<C extends CollectionName>(
  entries: readonly ParsedEntry[],
  collection: C,
  field: string,
  valueOf: (e: Of<C>) => string | number | undefined,
  advice = `每个${COLLECTIONS[collection].label}必须不同`,
): Diagnostic[] {
  const seen = new Map<string | number, Of<C>>();
  const out: Diagnostic[] = [];
  const inCollection = entries.filter((e): e is Of<C> => e.collection === collection);
  for (const entry of [...inCollection].sort((a, b) => a.file.localeCompare(b.file))) {
    const value = valueOf(entry);
    if (value === undefined) continue;
    const first = seen.get(value);
    if (first) {
      out.push(at(entry, [field], 'error', `字段 ${describePath(COLLECTIONS[collection].schema, [field])} 的值“${value}”与 ${first.file} 重复，${advice}`));
    } else seen.set(value, entry);
  }
  return out;
}

/**
 * The programme must exist once, put every module on the timetable exactly once, in the
 * order of the modules' numbers, with no session starting before the one before it ends.
 */
function checkProgramme(entries: readonly ParsedEntry[], knownIds: KnownIds): Diagnostic[] {
  const programmes = entries.filter((e): e is Of<'programme'> => e.collection === 'programme');
  const modules = entries.filter((e): e is Of<'modules'> => e.collection === 'modules');
  if (programmes.length !== 1) {
    // A programme file with its own errors is reported where it is.
    if ((knownIds.get('programme')?.size ?? 0) > 0) return [];
    return [{ file: `src/content/${COLLECTIONS.programme.dir}/`, severity: 'error', message: `培训安排必须正好一份，现在有 ${programmes.length} 份` }];
  }
  const programme = programmes[0]!;
  const out: Diagnostic[] = [];
  const scheduled = new Map<string, number>();
  const byId = new Map(modules.map((m) => [m.id, m]));
  const lectures: { id: string; path: PropertyKey[] }[] = [];
  programme.data.days.forEach((day, d) => {
    day.sessions.forEach((s, i) => {
      if (!s.module) return;
      if (scheduled.has(s.module)) {
        out.push(at(programme, ['days', d, 'sessions', i, 'module'], 'error', `课程模块“${s.module}”在日程中出现了两次`));
      }
      scheduled.set(s.module, (scheduled.get(s.module) ?? 0) + 1);
      lectures.push({ id: s.module, path: ['days', d, 'sessions', i, 'module'] });
    });
    // A lecture's length is its module's: a module that is missing or broken is reported on its own.
    const minutes = (s: (typeof day.sessions)[number]) => (s.module ? (byId.get(s.module)?.data.minutes ?? 0) : (s.minutes ?? 0));
    for (const c of scheduleConflicts(day.start, day.sessions, minutes)) {
      out.push(
        at(programme, ['days', d, 'sessions', c.index, 'start'], 'error',
          `日程冲突：第 ${d + 1} 天这一节定在 ${c.start} 开始，但上一节到 ${c.previousEnd} 才结束。请缩短前面各讲的 minutes，或把 start 改到 ${c.previousEnd} 或更晚`),
      );
    }
  });
  for (const m of modules) {
    if (!scheduled.has(m.id)) {
      out.push({ file: programme.file, severity: 'error', message: `课程模块“${m.id}”（${m.data.title}，${m.file}）没有排入培训日程 days：请在 ${programme.file} 的 days 中加上 kind: 专题讲座、module: ${m.id}` });
    }
  }
  // 第 N 讲 is the N-th lecture of the timetable: the numbers and the order cannot disagree.
  const complete = modules.every((m) => scheduled.get(m.id) === 1);
  (complete ? lectures : []).forEach((lecture, index) => {
    const m = byId.get(lecture.id);
    if (m && m.data.order !== index + 1) {
      out.push(
        at(m, ['order'], 'error',
          `字段 order（顺序号）是 ${m.data.order}，但这一讲在培训日程中排在第 ${index + 1} 讲；请把 order 改成 ${index + 1}，或在 ${programme.file} 中调整它的位置`),
      );
    }
  });
  return out;
}

/** 国开办发〔2014〕78号 as written in prose. */
const DOC_NUMBER_IN_TEXT = /[\p{Script=Han}]{1,5}〔\d{4}〕\d+号/gu;

/**
 * A module's `policies` list and its text must agree: each listed document is named in
 * the text (by 《title》, 文号 or an alias), and each 文号 in the text is a listed document.
 */
function checkCitations(entries: readonly ParsedEntry[], knownIds: KnownIds): Diagnostic[] {
  const policies = entries.filter((e): e is Of<'policies'> => e.collection === 'policies');
  // A policy file with its own errors has no readable 文号; do not blame the modules citing it.
  const allPoliciesRead = policies.length === (knownIds.get('policies')?.size ?? 0);
  // A 文号 entered twice is reported by checkUnique; cite the first file, as that rule does.
  const byNumber = new Map<string, Of<'policies'>>();
  for (const p of [...policies].sort((a, b) => a.file.localeCompare(b.file))) {
    if (p.data.docNumber && !byNumber.has(p.data.docNumber)) byNumber.set(p.data.docNumber, p);
  }
  const out: Diagnostic[] = [];
  for (const m of entries.filter((e): e is Of<'modules'> => e.collection === 'modules')) {
    const bodyAt = (offset: number): Position => positionAt(m.source, offset);
    m.data.policies.forEach((id, i) => {
      const policy = policies.find((p) => p.id === id);
      if (!policy) return;
      const names = [`《${policy.data.title}》`, policy.data.docNumber, ...policy.data.aliases].filter((n): n is string => Boolean(n));
      if (!names.some((name) => m.source.includes(name))) {
        out.push(at(m, ['policies', i], 'error', `列出了政策文件“${id}”，但正文没有提到它；请在正文中写出《${policy.data.title}》${policy.data.docNumber ? `或${policy.data.docNumber}` : ''}，或从 policies 中删去`));
      }
    });
    for (const match of m.source.matchAll(DOC_NUMBER_IN_TEXT)) {
      // The match may start with words before the issuer's code (依据国开办发〔…〕): compare by ending.
      const number = match[0];
      const known = [...byNumber.keys()].find((n) => number.endsWith(n));
      const where = bodyAt(match.index ?? 0);
      if (!known) {
        if (!allPoliciesRead) continue;
        out.push({ file: m.file, ...where, severity: 'error', message: `正文中的文号“${number}”不在政策文件库中；请先在 src/content/policies/ 中添加这份文件` });
      } else if (!m.data.policies.includes(byNumber.get(known)!.id)) {
        out.push({ file: m.file, ...where, severity: 'error', message: `正文引用了 ${known}，但 policies 中没有列出“${byNumber.get(known)!.id}”` });
      }
    }
  }
  return out;
}

/** All cross-entry rules. */
export function checkCorpus(entries: readonly ParsedEntry[], knownIds: KnownIds = idsOf(entries)): Diagnostic[] {
  return [
    ...checkReferences(entries, knownIds),
    ...checkUnique(entries, 'modules', 'order', (e) => e.data.order),
    ...checkUnique(entries, 'modules', 'title', (e) => e.data.title),
    ...checkUnique(entries, 'glossary', 'number', (e) => e.data.number),
    ...checkUnique(entries, 'glossary', 'term', (e) => e.data.term),
    // The same document added twice under two file names: citations would match either.
    ...checkUnique(entries, 'policies', 'docNumber', (e) => e.data.docNumber, '同一份文件只建一个文件：请删去重复的那个（引用它的课程改用原有编号），或改正文号'),
    ...checkProgramme(entries, knownIds),
    ...checkCitations(entries, knownIds),
  ];
}
