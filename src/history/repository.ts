import type { Repository } from './repo-links.ts';

/**
 * The repository the handbook is edited in: the “编辑此页” links and revision links on every
 * page point here. A fork or a move to another host changes this one setting.
 */
export const REPOSITORY: Repository = {
  url: 'https://github.com/jiangan-fupin/handbook',
  branch: 'main',
};
