import { z } from 'astro/zod';
import { text } from './common.ts';

/** A teaching or organising unit (授课单位). */
export const unitSchema = z.strictObject({ name: text, role: text });

export type UnitData = z.infer<typeof unitSchema>;
