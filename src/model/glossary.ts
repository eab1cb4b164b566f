import { z } from 'astro/zod';
import { expectedCounts } from '../format/numerals.ts';
import { entryId, partialDate, text } from './common.ts';
import { named } from './field.ts';
import { speakChinese } from './messages.ts';

const item = z.strictObject({
  name: named(text, '名称', '条目的名称，与报道注释中的写法一致'),
  practice: named(text, '村级工作中的含义'),
});

/** A wording from another source, e.g. the national 六个精准 beside the county's. */
const otherWording = z.strictObject({
  source: named(text, '出处'),
  date: named(partialDate, '日期'),
  note: named(text, '说明'),
  items: named(z.array(z.strictObject({ name: named(text, '名称') })).min(1), '条目', '与本地表述的条目一一对应'),
});

/** 3+10组合拳 has a group of 3 and a group of 10. */
const group = z.strictObject({
  label: named(text, '分组标记', '名称中表示这一组的部分，如“3”'),
  name: named(text, '组名'),
  note: named(text.optional(), '说明'),
  later: named(partialDate.optional(), '出台日期', '这一组在培训之后才出台时填写'),
  items: named(z.array(item).min(1), '条目'),
});

/** A numbered policy term (术语) from the report's footnotes ①–⑨. */
export const glossarySchema = speakChinese(
z
  .strictObject({
    term: named(text, '术语', '名称中的数字要与条目数一致，如“六个精准”写 6 项'),
    number: named(z.number().int().min(1).max(20), '报道注释编号', '报道注释 ①—⑨ 的序号，不能与其他术语重复'),
    gist: named(text.max(40, { error: '一句话概括最多 40 个字' }), '一句话概括'),
    aliases: named(z.array(text).default([]), '别名', '正文中的其他写法，如“6个精准”，会同样链接到本术语'),
    source: named(text, '出处'),
    explanation: named(text, '释义'),
    items: named(z.array(item).min(1).optional(), '条目', '每项写 name（名称）和 practice（村级工作中的含义）；与 groups 二选一'),
    groups: named(z.array(group).min(2).optional(), '分组', '像“3+10组合拳”那样分组时使用，与 items 二选一'),
    abbreviation: named(text.optional(), '简称字'),
    abbreviationNote: named(text.optional(), '简称说明'),
    national: named(otherWording.optional(), '全国表述', '全国表述与本地表述不同时填写'),
    related: named(z.array(entryId).default([]), '相关术语', '相关术语的编号，即 src/content/glossary/ 中的文件名（不含 .yaml）'),
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
  }),
);

export type GlossaryData = z.infer<typeof glossarySchema>;
