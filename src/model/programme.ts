import { z } from 'astro/zod';
import { clockTime, entryId, fullDate, text } from './common.ts';
import { named } from './field.ts';
import { speakChinese } from './messages.ts';

export const SESSION_KINDS = ['开班仪式', '专题讲座', '座谈讨论', '休息'] as const;

/**
 * One session of the timetable. A lecture names its module, and its length comes from the
 * module's minutes; every other session states its own title and length.
 */
const session = z
  .strictObject({
    kind: named(z.enum(SESSION_KINDS), '类型'),
    module: named(entryId.optional(), '课程模块', '专题讲座所讲的课程模块编号，即 src/content/modules/ 中的文件名（不含 .mdx）'),
    title: named(text.optional(), '名称', '专题讲座以外的各节必须写'),
    minutes: named(z.number().int().min(5).max(300).optional(), '时长（分钟）', '专题讲座不写，取自课程模块的 minutes'),
    unit: named(entryId.optional(), '授课单位', '授课单位编号'),
    speaker: named(text.optional(), '主讲或主持'),
    start: named(clockTime.optional(), '开始时间', '只在需要固定时刻时写（如下午 "14:00"），不能早于上一节结束'),
    note: named(text.optional(), '说明'),
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

const day = z.strictObject({
  date: named(fullDate, '日期'),
  start: named(clockTime, '开始时间', '这一天第一节的时刻，如 "08:30"'),
  sessions: named(z.array(session).min(1), '各节安排', '按时间顺序'),
});

const planSection = z
  .strictObject({
    title: named(text, '栏目名称'),
    note: named(text.optional(), '填写说明'),
    fields: named(z.array(text).min(1).optional(), '填写项', '填空式栏目的各项'),
    columns: named(z.array(text).min(2).optional(), '列名', '表格式栏目的各列'),
    rows: named(z.array(text).min(1).optional(), '行名', '表格每一行的名称'),
    blankRows: named(z.number().int().min(1).max(20).optional(), '空白行数', '留给填写的空行数'),
  })
  .superRefine((s, ctx) => {
    if (!s.fields && !s.columns) ctx.addIssue({ code: 'custom', path: ['fields'], message: '表格节要写 columns（列名），填空节要写 fields（栏目）' });
    if (s.columns && !s.rows && !s.blankRows) ctx.addIssue({ code: 'custom', path: ['rows'], message: '表格要写 rows（行名）或 blankRows（空白行数）' });
  });

/** The course itself (培训安排), as data. */
export const programmeSchema = speakChinese(
z.strictObject({
  title: named(text, '培训班名称'),
  county: named(text, '县名'),
  venue: named(text, '地点'),
  organisers: named(z.array(entryId).min(1), '组织单位', '授课单位编号，牵头单位写在最前'),
  timesNote: named(text, '时刻说明', '说明日程中哪些是报道载明的、哪些是本汇编推定的'),
  keyFigures: named(
    z.array(z.strictObject({ value: named(text, '数值'), label: named(text, '说明文字') })).min(1),
    '关键数字',
    '首页显示的目标数字，如 50个 建档立卡贫困村',
  ),
  days: named(z.array(day).min(1), '日程'),
  participants: named(
    z
      .array(
        z.strictObject({
          group: named(text, '人员类别'),
          selection: named(text, '选派办法'),
          count: named(z.number().int().min(1).optional(), '人数'),
        }),
      )
      .min(1),
    '参训人员',
  ),
  rules: named(z.array(z.strictObject({ name: named(text, '名称'), text: named(text, '内容') })).min(1), '培训纪律'),
  assessment: named(
    z
      .array(
        z.strictObject({
          name: named(text, '名称'),
          text: named(text, '内容'),
          theme: named(text.optional(), '主题'),
          covers: named(z.array(text).min(1), '应包含的内容'),
        }),
      )
      .min(1),
    '考评要求',
  ),
  discussion: named(
    z.strictObject({
      date: named(fullDate, '日期'),
      part: named(text, '时段'),
      format: named(text, '形式'),
      topics: named(z.array(text).min(1), '讨论题目'),
    }),
    '座谈讨论',
  ),
  planTemplate: named(
    z.strictObject({ title: named(text, '标题'), intro: named(text, '说明'), sections: named(z.array(planSection).min(1), '栏目') }),
    '规划模板',
  ),
}),
);

export type ProgrammeData = z.infer<typeof programmeSchema>;
export type SessionData = ProgrammeData['days'][number]['sessions'][number];
