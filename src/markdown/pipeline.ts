import type { PluggableList } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkGlossary from '../glossary/remark-glossary.ts';
import type { TermInfo } from '../glossary/term-info.ts';
import remarkBaseLinks from './remark-base-links.ts';
import rehypeImages from './rehype-images.ts';
import rehypeTableCards from './rehype-table-cards.ts';
import rehypeTableLabels from './rehype-table-labels.ts';
import rehypeTableScroll from './rehype-table-scroll.ts';

/**
 * The one list of remark and rehype plugins that turns a module's MDX into its page. Astro
 * runs it (astro.config.mjs) and so does the content checker (analyse.ts), so the checker
 * sees the ids, links and term uses the site will have. Astro's own GFM and SmartyPants
 * switches are off: GFM is first in this list, and SmartyPants (English typography) would
 * quietly turn half-width punctuation, which the checker reports, into curly quotes.
 */
export interface PipelineOptions {
  /** The site's base, "/" or "/sub/path/". */
  base: string;
  /** Where /images/… are, to read their sizes. */
  publicDir: string;
  /** The glossary as it is now: read on every file, so a new alias links without a restart. */
  terms: () => readonly TermInfo[];
  /**
   * `fail` (the site): the first wrong <Term> stops the file. `collect` (the checker): every
   * one becomes a message on the file, so all are reported at once.
   */
  termErrors?: 'fail' | 'collect';
}

export function remarkPlugins(options: PipelineOptions): PluggableList {
  return [
    remarkGfm,
    // Base links first: the glossary linker's own links already carry the base.
    [remarkBaseLinks, { base: options.base }],
    [remarkGlossary, { terms: options.terms, base: options.base, errors: options.termErrors ?? 'fail' }],
  ];
}

export function rehypePlugins(options: PipelineOptions): PluggableList {
  return [rehypeTableLabels, rehypeTableCards, rehypeTableScroll, [rehypeImages, { base: options.base, publicDir: options.publicDir }]];
}

/** The settings for Astro's `unified()` processor. */
export function astroMarkdown(options: PipelineOptions) {
  return { gfm: false, smartypants: false, remarkPlugins: remarkPlugins(options), rehypePlugins: rehypePlugins(options) };
}
