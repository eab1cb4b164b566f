/**
 * Every internal link goes through here so the site works at a domain root and under a
 * sub-path. `base` is Astro's BASE_URL ("/" or "/handbook/").
 */
export function withBase(base: string, path: string): string {
  return baseRoot(base) + path.replace(/^\/+/, '');
}

/** The base as a folder, always ending in “/”: "/handbook" → "/handbook/". */
export function baseRoot(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** Site routes, as paths relative to the base. */
export const routes = {
  home: () => '',
  modules: () => 'modules/',
  module: (id: string) => `modules/${id}/`,
  glossary: () => 'glossary/',
  term: (id: string) => `glossary/${id}/`,
  policies: () => 'policies/',
  policy: (id: string) => `policies/${id}/`,
  programme: () => 'programme/',
} as const;
