import { z } from 'astro/zod';
import { expectedCounts } from '../format/numerals.ts';
import { entryId, partialDate, text } from './common.ts';

const item = z.strictObject({ name: text, practice: text });

/** A wording from another source, e.g. the national 六个精准 beside the county's. */
const otherWording = z.strictObject({
  source: text,
  date: partialDate,
  note: text,
  items: z.array(z.strictObject({ name: text })).min(1),
});

/** 3+10组合拳 has a group of 3 and a group of 10. */
const group = z.strictObject({
  label: text,
  name: text,
  note: text.optional(),
  later: partialDate.optional(),
  items: z.array(item).min(1),
});

/** A numbered policy term (术语) from the report's footnotes ①–⑨. */
export const glossarySchema = z
  .strictObject({
    term: text,
    number: z.number().int().min(1).max(20),
    gist: text.max(40, { error: '一句话概括最多 40 个字' }),
    aliases: z.array(text).default([]),
    source: text,
    explanation: text,
    items: z.array(item).min(1).optional(),
    groups: z.array(group).min(2).optional(),
    abbreviation: text.optional(),
    abbreviationNote: text.optional(),
    national: otherWording.optional(),
    related: z.array(entryId).default([]),
  })
  .superRefine((entry, ctx) => {
    if (!entry.items === !entry.groups) {
      ctx.addIssue({ code: 'custom', path: ['items'], message: '每个术语要么写 items（条目），要么写 groups（分组），二者必须且只能有一个' });
      return;
    }
    const counts = expectedCounts(entry.term);
    if (!counts) return;
    const actual = entry.groups ? entry.groups.map((g) => g.items.length) : [entry.items!.length];
    const path = entry.groups ? ['groups'] : ['items'];
    if (counts.join('+') !== actual.join('+')) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `术语“${entry.term}”的名称表示 ${counts.join('+')} 项，实际写了 ${actual.join('+')} 项`,
      });
    }
    if (entry.national && counts.length === 1 && entry.national.items.length !== counts[0]) {
      ctx.addIssue({
        code: 'custom',
        path: ['national', 'items'],
        message: `术语“${entry.term}”的名称表示 ${counts[0]} 项，全国表述实际写了 ${entry.national.items.length} 项`,
      });
    }
  });

export type GlossaryData = z.infer<typeof glossarySchema>;
