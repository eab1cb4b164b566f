// Integrations and Markdown plugins only; everything else lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/checker/integration.ts';
import { searchIndex } from './src/search/integration.ts';
import { offline } from './src/offline/integration.ts';
import { contentDirFromEnv } from './src/checker/check.ts';
import remarkGlossary from './src/glossary/remark-glossary.ts';
import remarkBaseLinks from './src/markdown/remark-base-links.ts';
import { readGlossary } from './src/glossary/source.ts';
import rehypeTableScroll from './src/markdown/rehype-table-scroll.ts';
import rehypeTableLabels from './src/markdown/rehype-table-labels.ts';
import rehypeTableCards from './src/markdown/rehype-table-cards.ts';
import rehypeImages from './src/markdown/rehype-images.ts';

// BASE_PATH lets the same build serve from a sub-path, e.g. a project page on a Git host.
const base = process.env.BASE_PATH ?? '/';
const root = new URL('.', import.meta.url).pathname;

export default defineConfig({
  base,
  site: process.env.SITE_URL ?? 'https://jiangan-fupin.github.io',
  trailingSlash: 'always',
  // Order matters: the offline list is written after the search index exists.
  integrations: [contentCheck(), mdx(), searchIndex(), offline()],
  // Astro 7's default processor runs no remark plugins; MDX inherits this one.
  markdown: {
    processor: unified({
      // Base links first: the glossary linker's own links already carry the base.
      remarkPlugins: [remarkGfm, [remarkBaseLinks, { base }], [remarkGlossary, { terms: readGlossary(contentDirFromEnv(root)), base }]],
      rehypePlugins: [rehypeTableLabels, rehypeTableCards, rehypeTableScroll, [rehypeImages, { base, publicDir: new URL('public/', import.meta.url).pathname }]],
    }),
  },
  devToolbar: { enabled: false },
});
