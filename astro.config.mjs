// Integrations and the shared Markdown processor only; everything else lives in src/.
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { contentCheck } from './src/checker/integration.ts';
import { liveGlossary } from './src/glossary/source.ts';
import { astroMarkdown } from './src/markdown/pipeline.ts';
import { contentDirFromEnv } from './src/model/content-dir.ts';
import { offline } from './src/offline/integration.ts';
import { searchIndex } from './src/search/integration.ts';

// BASE_PATH lets the same build serve from a sub-path, e.g. a project page on a Git host.
const base = process.env.BASE_PATH ?? '/';
const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  base,
  site: process.env.SITE_URL ?? 'https://jiangan-fupin.github.io',
  trailingSlash: 'always',
  // Order matters: the offline list is written after the search index exists.
  integrations: [contentCheck(), mdx(), searchIndex(), offline()],
  // Astro 7's default processor runs no remark plugins; MDX inherits this one. The checker
  // runs the same plugins (src/markdown/pipeline.ts).
  markdown: {
    processor: unified(astroMarkdown({ base, publicDir: path.join(root, 'public'), terms: liveGlossary(contentDirFromEnv(root)) })),
  },
  devToolbar: { enabled: false },
});
