import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { termInfo, type TermInfo } from './term-info.ts';

/**
 * The glossary as the term linker needs it, read from the glossary folder. The linker is
 * configured before Astro loads any collection, so it reads the files itself. A file that
 * does not parse is skipped here: the content checker reports it with its line.
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

/** Names, sizes and modification times of the glossary files: changes when any file does. */
function stamp(dir: string): string {
  try {
    return readdirSync(dir)
      .sort()
      .map((f) => {
        const s = statSync(path.join(dir, f));
        return `${f}:${s.size}:${s.mtimeMs}`;
      })
      .join('|');
  } catch {
    return '';
  }
}

/**
 * The glossary as it is now, read again only when a file in the folder changed: `npm run dev`
 * links a new alias in the next page it compiles, without a restart.
 */
export function liveGlossary(contentDir: string): () => TermInfo[] {
  const dir = path.join(contentDir, 'glossary');
  let seen: string | undefined;
  let terms: TermInfo[] = [];
  return () => {
    const now = stamp(dir);
    if (now !== seen) {
      seen = now;
      try {
        terms = readGlossary(contentDir);
      } catch {
        terms = []; // no glossary folder: the checker says so
      }
    }
    return terms;
  };
}
