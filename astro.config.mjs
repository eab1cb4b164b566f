// Integrations and Markdown plugins only; everything else lives in src/.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeTableScroll from './src/plugins/rehype-table-scroll.ts';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  // BASE_PATH lets the same build serve from a sub-path, e.g. a project page on a Git host.
  base: process.env.BASE_PATH ?? '/',
  site: process.env.SITE_URL ?? 'https://jiangan-fupin.github.io',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx()],
  // Astro 7's default processor runs no remark plugins; MDX inherits this one.
  markdown: { processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeTableScroll] }) },
  devToolbar: { enabled: false },
});
