import type { z } from 'astro/zod';

/**
 * A field's Chinese name and what a trainer should know about it, on the schema node
 * itself. Error messages, the field tables in CONTRIBUTING.md, `npm run new` and the
 * editor's hover text (Astro's JSON schemas carry zod's metadata) all read it from here.
 */
export function named<T extends z.ZodType>(schema: T, title: string, description?: string): T {
  return schema.meta(description ? { title, description } : { title }) as T;
}
