import { z } from 'astro/zod';
import { FULL_DATE, isRealDate, PARTIAL_DATE, toIsoDateString } from '../format/dates.ts';
import { joinChineseLines } from '../format/zh-text.ts';
import { expected } from './messages.ts';

/** A one-line name or title, kept exactly as written (中共中央 国务院 keeps its space). */
export const line = z.string().trim().min(1, { error: '不能为空' });

/** Non-empty prose; line breaks of a folded YAML block between Chinese characters vanish. */
export const text = z.string().overwrite(joinChineseLines).trim().min(1, { error: '不能为空' });

/** An entry id: lower-case ASCII words joined by hyphens, as in the file names. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An entry id used as a reference: lower-case ASCII words joined by hyphens. */
export const entryId = z
  .string()
  .regex(ENTRY_ID, { error: expected('应为小写英文字母、数字和连字符组成的编号（即文件名去掉扩展名），例如 xiaoe-xindai') });

const notACalendarDate = (iso: string) => `日期“${iso}”不存在（这个月没有这一天），请核对后改正`;

/** 2015, 2015-07 or 2015-07-28: as precise as the source allows. */
export const partialDate = z.preprocess(
  toIsoDateString,
  z
    .string()
    .regex(PARTIAL_DATE, { error: expected('日期应写成 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2015-07-28'), abort: true })
    .refine(isRealDate, { error: (issue) => notACalendarDate(String(issue.input)) }),
);

/** A full calendar date, e.g. when a module was last reviewed. */
export const fullDate = z.preprocess(
  toIsoDateString,
  z
    .string()
    .regex(FULL_DATE, { error: expected('日期应写成 YYYY-MM-DD，例如 2026-11-20'), abort: true })
    .refine(isRealDate, { error: (issue) => notACalendarDate(String(issue.input)) }),
);

export const CLOCK_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/** Clock time of a session, 24-hour: 08:30. */
export const clockTime = z.string().regex(CLOCK_TIME, { error: expected('时间应写成 HH:MM（24小时制，加引号），例如 "08:30"') });
