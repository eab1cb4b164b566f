import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS } from './model/index.ts';
import { contentDirFromEnv } from './model/content-dir.ts';

/**
 * The content model on one page: each collection is a folder of files validated by the
 * schemas in src/model/. References between entries are checked beforehand by the
 * content checker (src/checker/), which reports in Chinese with line numbers.
 */
const base = contentDirFromEnv(process.cwd());
const files = (name: keyof typeof COLLECTIONS) =>
  glob({ pattern: `*${COLLECTIONS[name].ext}`, base: `${base}/${COLLECTIONS[name].dir}` });

export const collections = {
  modules: defineCollection({ loader: files('modules'), schema: COLLECTIONS.modules.schema }),
  glossary: defineCollection({ loader: files('glossary'), schema: COLLECTIONS.glossary.schema }),
  policies: defineCollection({ loader: files('policies'), schema: COLLECTIONS.policies.schema }),
  units: defineCollection({ loader: files('units'), schema: COLLECTIONS.units.schema }),
  programme: defineCollection({ loader: files('programme'), schema: COLLECTIONS.programme.schema }),
};
