import type { z } from 'astro/zod';
import { glossarySchema } from './glossary.ts';
import { moduleSchema } from './module.ts';
import { policySchema } from './policy.ts';
import { programmeSchema } from './programme.ts';
import { unitSchema } from './unit.ts';

/** Every collection: where its files live, what they are written in, and their schema. */
export const COLLECTIONS = {
  modules: { dir: 'modules', ext: '.mdx', schema: moduleSchema, label: '课程模块' },
  glossary: { dir: 'glossary', ext: '.yaml', schema: glossarySchema, label: '术语' },
  policies: { dir: 'policies', ext: '.yaml', schema: policySchema, label: '政策文件' },
  units: { dir: 'units', ext: '.yaml', schema: unitSchema, label: '授课单位' },
  programme: { dir: 'programme', ext: '.yaml', schema: programmeSchema, label: '培训安排' },
} as const satisfies Record<string, { dir: string; ext: string; schema: z.ZodType; label: string }>;

export type CollectionName = keyof typeof COLLECTIONS;
