import { z } from 'astro/zod';
import { text } from './common.ts';
import { named } from './field.ts';
import { speakChinese } from './messages.ts';

/** A teaching or organising unit (授课单位). */
export const unitSchema = speakChinese(
z.strictObject({
  name: named(text, '名称'),
  role: named(text, '职责', '在培训中承担的工作；报道没有写明、由本汇编推定的，要写明“推定”'),
}),
);

export type UnitData = z.infer<typeof unitSchema>;
