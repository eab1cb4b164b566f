import { z } from 'astro/zod';
import { COURSE_END, formatZhDate, isAfterCourse } from '../format/dates.ts';
import { entryId, line, partialDate, text } from './common.ts';
import { named } from './field.ts';
import { expected, speakChinese } from './messages.ts';

/** Status as seen from the course (July 2015). */
export const POLICY_STATUS = {
  'in-force': '培训时有效',
  superseded: '培训时有效，后被修订或取代',
  later: '培训后发布',
} as const;

/** 文号 always with 六角括号: 国开办发〔2014〕78号. */
export const DOC_NUMBER = /^[\p{Script=Han}]+〔\d{4}〕\d+号$/u;

/** A cited document (政策文件). */
export const policySchema = speakChinese(
z
  .strictObject({
    title: named(line, '文件全称', '不加书名号'),
    shortTitle: named(line.optional(), '简称'),
    docNumber: named(
      z
        .string()
        .regex(DOC_NUMBER, { error: expected('文号应写成“机关代字〔年份〕序号号”，例如 国开办发〔2014〕78号，括号用六角括号〔〕') })
        .optional(),
      '文号',
      '年份用六角括号〔〕；没有文号的文件（如法律）不写这一行',
    ),
    issuer: named(text, '发文机关'),
    date: named(partialDate.optional(), '发布日期', '精确到能核实的程度；确实无法核实时删去这一行，并在 unverified 中写 date'),
    effective: named(partialDate.optional(), '施行日期'),
    status: named(
      z.enum(Object.keys(POLICY_STATUS) as [keyof typeof POLICY_STATUS]),
      '状态',
      'in-force＝培训时有效；superseded＝培训时有效，后被取代（须写 supersededBy）；later＝培训后发布',
    ),
    supersededBy: named(entryId.optional(), '取代它的文件', '取代它的政策文件编号'),
    aliases: named(z.array(text).default([]), '别名', '正文中对这份文件的简称，如“小额信贷指导意见”；写出简称也算引用'),
    unverified: named(z.array(z.enum(['date', 'docNumber', 'issuer'])).default([]), '未核实的字段', '确实无法核实的字段；页面上会注明“未核实”'),
    summary: named(text, '内容摘要', '一段话说明文件的主要内容'),
  })
  .superRefine((policy, ctx) => {
    if (!policy.date && !policy.unverified.includes('date')) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: '缺少发布日期；确实无法核实时，在 unverified 中写上 date' });
    }
    if ((policy.status === 'superseded') !== Boolean(policy.supersededBy)) {
      ctx.addIssue({ code: 'custom', path: ['supersededBy'], message: '状态为 superseded（已被取代）时必须写 supersededBy，其他状态不写' });
    }
    if (policy.date && policy.status === 'later' && !isAfterCourse(policy.date)) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: `状态为 later（培训后发布），但发布日期 ${formatZhDate(policy.date)} 不晚于培训结束（${formatZhDate(COURSE_END)}）` });
    }
    if (policy.date && policy.status !== 'later' && isAfterCourse(policy.date)) {
      ctx.addIssue({ code: 'custom', path: ['status'], message: `发布日期 ${formatZhDate(policy.date)} 晚于培训结束，状态应为 later（培训后发布）` });
    }
  }),
);

export type PolicyData = z.infer<typeof policySchema>;
