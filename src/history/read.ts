import { statSync } from 'node:fs';
import path from 'node:path';
import { contentDirFromEnv } from '../model/content-dir.ts';
import { fileHistory, GIT_LOG_FORMAT, type FileHistory } from './log.ts';
import { COLLECTIONS, type CollectionName } from '../model/index.ts';
import { git } from './git.ts';

/**
 * Reads git at build time, once per file: the history of a page's source and where that
 * file sits in the repository. Never throws: without git the pages say so instead.
 */

const root = process.cwd();

const shallowAnswer = git('rev-parse', '--is-shallow-repository')?.trim();
/** The project's folder inside the repository ('' at its root), for links to files on the host. */
const prefix = git('rev-parse', '--show-prefix')?.trim() ?? '';
const cache = new Map<string, FileHistory>();

function isFile(file: string): boolean {
  try {
    return statSync(path.join(root, file)).isFile();
  } catch {
    return false;
  }
}

/** @param file path from the project root; a folder (ending in /) gives the history of everything in it */
export function historyOf(file: string): FileHistory {
  const cached = cache.get(file);
  if (cached) return cached;
  // Without an answer to rev-parse there is no usable repository: do not ask git log.
  const log = shallowAnswer === undefined ? undefined : git('log', ...(isFile(file) ? ['--follow'] : []), `--format=${GIT_LOG_FORMAT}`, '--', file);
  const history = fileHistory(log, shallowAnswer === 'true');
  cache.set(file, history);
  return history;
}

/**
 * The source file of an entry, from the project root. Worked out from the content folder
 * rather than read from the entry: Astro's content cache can keep a file path from an
 * earlier build that read the same files from another folder.
 */
export function entrySource(collection: CollectionName, id: string): string {
  const { dir, ext } = COLLECTIONS[collection];
  return path.relative(root, path.join(contentDirFromEnv(root), dir, `${id}${ext}`)).replaceAll(path.sep, '/');
}

/**
 * The file's path in the repository, or undefined when it lies outside the project (content
 * read from elsewhere, as in the build tests): no edit link can point there.
 */
export function repositoryPath(file: string): string | undefined {
  const normal = path.posix.normalize(file.replaceAll('\\', '/'));
  if (path.posix.isAbsolute(normal) || normal.startsWith('../')) return undefined;
  return prefix + normal;
}
