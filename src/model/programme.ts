import { z } from 'astro/zod';
import { clockTime, entryId, fullDate, text } from './common.ts';

export const SESSION_KINDS = ['开班仪式', '专题讲座', '座谈讨论', '休息'] as const;

/**
 * One session of the timetable. A lecture names its module, and its length comes from the
 * module's minutes; every other session states its own title and length.
 */
const session = z
  .strictObject({
    kind: z.enum(SESSION_KINDS),
    module: entryId.optional(),
    title: text.optional(),
    minutes: z.number().int().min(5).max(300).optional(),
    unit: entryId.optional(),
    speaker: text.optional(),
    start: clockTime.optional(),
    note: text.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.kind === '专题讲座') {
      if (!s.module) ctx.addIssue({ code: 'custom', path: ['module'], message: '专题讲座必须写 module（所讲的课程模块编号）' });
      if (s.minutes !== undefined) ctx.addIssue({ code: 'custom', path: ['minutes'], message: '专题讲座的时长取自课程模块的 minutes，这里不要再写' });
    } else {
      if (s.module) ctx.addIssue({ code: 'custom', path: ['module'], message: `${s.kind}不对应课程模块，不要写 module` });
      if (!s.title) ctx.addIssue({ code: 'custom', path: ['title'], message: `${s.kind}必须写 title（名称）` });
      if (s.minutes === undefined) ctx.addIssue({ code: 'custom', path: ['minutes'], message: `${s.kind}必须写 minutes（时长，分钟）` });
    }
  });

const day = z.strictObject({ date: fullDate, start: clockTime, sessions: z.array(session).min(1) });

const planSection = z
  .strictObject({
    title: text,
    note: text.optional(),
    fields: z.array(text).min(1).optional(),
    columns: z.array(text).min(2).optional(),
    rows: z.array(text).min(1).optional(),
    blankRows: z.number().int().min(1).max(20).optional(),
  })
  .superRefine((s, ctx) => {
    if (!s.fields && !s.columns) ctx.addIssue({ code: 'custom', path: ['fields'], message: '表格节要写 columns（列名），填空节要写 fields（栏目）' });
    if (s.columns && !s.rows && !s.blankRows) ctx.addIssue({ code: 'custom', path: ['rows'], message: '表格要写 rows（行名）或 blankRows（空白行数）' });
  });

/** The course itself (培训安排), as data. */
export const programmeSchema = z.strictObject({
  title: text,
  county: text,
  venue: text,
  organisers: z.array(entryId).min(1),
  timesNote: text,
  keyFigures: z.array(z.strictObject({ value: text, label: text })).min(1),
  days: z.array(day).min(1),
  participants: z.array(z.strictObject({ group: text, selection: text, count: z.number().int().min(1).optional() })).min(1),
  rules: z.array(z.strictObject({ name: text, text: text })).min(1),
  assessment: z.array(z.strictObject({ name: text, text: text, theme: text.optional(), covers: z.array(text).min(1) })).min(1),
  discussion: z.strictObject({ date: fullDate, part: text, format: text, topics: z.array(text).min(1) }),
  planTemplate: z.strictObject({ title: text, intro: text, sections: z.array(planSection).min(1) }),
});

export type ProgrammeData = z.infer<typeof programmeSchema>;
export type SessionData = ProgrammeData['days'][number]['sessions'][number];
