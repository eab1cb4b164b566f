import { parseFrontmatter } from '@astrojs/markdown-remark';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');

/** A temporary copy of the valid fixture tree, to add files to. */
export function validCopy(label = 'valid'): string {
  const dir = mkdtempSync(path.join(tmpdir(), `handbook-${label}-`));
  cpSync(path.join(FIXTURES, 'valid'), dir, { recursive: true });
  return dir;
}

/** A temporary content tree: the valid fixture with a broken case's files laid over it. */
export function brokenTree(caseName: string): string {
  const dir = validCopy(caseName);
  cpSync(path.join(FIXTURES, 'broken', caseName), dir, { recursive: true });
  return dir;
}

export const VALID_TREE = path.join(FIXTURES, 'valid');

/** Stands in for the site's public/ folder: the images the fixture modules may show. */
export const FIXTURE_PUBLIC = path.join(FIXTURES, 'public');

/** A module file's front matter (as YAML text) and body, split as Astro splits them. */
export function splitModule(text: string): { yaml: string; body: string } {
  const { rawFrontmatter, content } = parseFrontmatter(text, { frontmatter: 'remove' });
  return { yaml: rawFrontmatter, body: content.replace(/^\r?\n/, '') };
}
