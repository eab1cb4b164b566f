import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { termInfo, type TermInfo } from './term-info.ts';

/**
 * Reads the glossary folder for the term linker, which is configured before Astro loads
 * any collection. A file that does not parse is skipped here: the content checker, which
 * runs before the build, reports it with its line.
 */
export function readGlossary(contentDir: string): TermInfo[] {
  const dir = path.join(contentDir, 'glossary');
  const terms: TermInfo[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    try {
      const data = parse(readFileSync(path.join(dir, file), 'utf8'));
      if (data && typeof data.term === 'string') terms.push(termInfo(file.slice(0, -'.yaml'.length), data));
    } catch {
      // Reported by the content checker.
    }
  }
  return terms;
}
