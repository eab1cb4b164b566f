import { z } from 'astro/zod';
import { COURSE_END, formatZhDate, isAfterCourse } from '../format/dates.ts';
import { entryId, line, partialDate, text } from './common.ts';

/** Status as seen from the course (July 2015). */
export const POLICY_STATUS = {
  'in-force': '培训时有效',
  superseded: '培训时有效，后被修订或取代',
  later: '培训后发布',
} as const;

/** 文号 always with 六角括号: 国开办发〔2014〕78号. */
export const DOC_NUMBER = /^[\p{Script=Han}]+〔\d{4}〕\d+号$/u;

/** A cited document (政策文件). */
export const policySchema = z
  .strictObject({
    title: line,
    shortTitle: line.optional(),
    docNumber: z
      .string()
      .regex(DOC_NUMBER, { error: '文号应写成“机关代字〔年份〕序号号”，例如 国开办发〔2014〕78号，括号用六角括号〔〕' })
      .optional(),
    issuer: text,
    date: partialDate.optional(),
    effective: partialDate.optional(),
    status: z.enum(Object.keys(POLICY_STATUS) as [keyof typeof POLICY_STATUS]),
    supersededBy: entryId.optional(),
    aliases: z.array(text).default([]),
    unverified: z.array(z.enum(['date', 'docNumber', 'issuer'])).default([]),
    summary: text,
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
  });

export type PolicyData = z.infer<typeof policySchema>;
