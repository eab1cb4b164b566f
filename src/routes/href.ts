import { withBase } from './paths.ts';

/** A site path with Astro's configured base applied. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
