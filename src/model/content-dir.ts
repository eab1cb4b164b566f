import path from 'node:path';

/**
 * Where the content lives; tests point HANDBOOK_CONTENT_DIR at fixture trees. Apart from the
 * checker so that pages can ask without bundling the MDX compiler.
 */
export function contentDirFromEnv(projectRoot: string): string {
  return path.resolve(projectRoot, process.env.HANDBOOK_CONTENT_DIR ?? 'src/content');
}
