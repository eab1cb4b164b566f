import { z } from 'astro/zod';
import { entryId, fullDate, partialDate, text } from './common.ts';

export const AUDIENCES = ['三职干部', '乡镇扶贫干事', '县扶贫移民局工作人员'] as const;

/** A rule issued after the course (July 2015), shown apart and dated. */
const laterDevelopment = z.strictObject({
  date: partialDate,
  title: text,
  text: text,
  policy: entryId.optional(),
});

/** Front matter of a course module (课程模块). Minimums are the handbook's editorial floor. */
export const moduleSchema = z.strictObject({
  title: text,
  shortTitle: text.max(8, { error: '简称最多 8 个字，用于导航和书眉' }),
  /** Other names readers search for, e.g. 小贷 for 扶贫小额信贷. */
  aliases: z.array(text).default([]),
  order: z.number().int().min(1),
  summary: text,
  unit: entryId,
  minutes: z.number().int().min(10).max(240),
  audience: z.array(z.enum(AUDIENCES)).min(1),
  objectives: z.array(text).min(3),
  keyPoints: z.array(text).min(3),
  policies: z.array(entryId).min(1),
  discussion: z.array(text).min(3),
  selfCheck: z.array(z.strictObject({ question: text, answer: text })).min(4),
  reviewed: fullDate,
  later: z.array(laterDevelopment).default([]),
});

export type ModuleData = z.infer<typeof moduleSchema>;
