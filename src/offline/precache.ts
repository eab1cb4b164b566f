import { baseRoot } from '../routes/paths.ts';

/**
 * What the service worker saves for offline reading: every page, the styles and scripts
 * those pages use, and the search index; not the print edition (its page pulls in
 * megabytes of fonts) nor the PDFs, which are saved when a reader first opens one.
 */

const LEFT_OUT = [/\.pdf$/, /^handbook\//, /^sw\.js$/, /\.map$/, /^pagefind\/pagefind-(component-ui|modular-ui|ui)\./, /^pagefind\/pagefind-highlight\./];

/** Bundled assets (_astro/…) a page refers to, as paths relative to the site root. */
export function referencedAssets(html: string): string[] {
  return [...html.matchAll(/(?:href|src)="[^"]*?(_astro\/[^"?#]+)/g)].map((m) => m[1]!);
}

/**
 * Site URLs (with the base) to precache.
 * @param files paths relative to dist/
 * @param assetsInUse bundled assets referred to by the pages that are precached; scripts are
 *   all kept, since they import each other's chunks where no page can see it
 */
export function precacheUrls(files: readonly string[], base: string, assetsInUse: ReadonlySet<string>): string[] {
  const root = baseRoot(base);
  return files
    .map((f) => f.split('\\').join('/'))
    .filter((f) => !LEFT_OUT.some((re) => re.test(f)))
    .filter((f) => !f.startsWith('_astro/') || f.endsWith('.js') || assetsInUse.has(f))
    .map((f) => root + f.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** The first characters of a content hash name the edition: a new build, a new cache. */
export function editionId(hexDigest: string): string {
  return hexDigest.slice(0, 12);
}
