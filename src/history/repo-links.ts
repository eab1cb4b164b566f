/** Links into the handbook's repository on its Git host (GitHub's URL scheme). */

export interface Repository {
  /** https://github.com/owner/name */
  url: string;
  /** The branch pull requests go to. */
  branch: string;
}

function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function base(repo: Repository): string {
  return repo.url.replace(/\/+$/, '');
}

/** The host's editor for a file: a trainer can change it and open a pull request in the browser. */
export function editUrl(repo: Repository, file: string): string {
  return `${base(repo)}/edit/${repo.branch}/${encodePath(file)}`;
}

/** A folder's listing, for pages made from a whole folder (the module list, the glossary). */
export function folderUrl(repo: Repository, folder: string): string {
  return `${base(repo)}/tree/${repo.branch}/${encodePath(folder.replace(/\/+$/, ''))}`;
}

/** Every commit that changed a file or folder. */
export function historyUrl(repo: Repository, path: string): string {
  return `${base(repo)}/commits/${repo.branch}/${encodePath(path.replace(/\/+$/, ''))}`;
}

export function commitUrl(repo: Repository, hash: string): string {
  return `${base(repo)}/commit/${hash}`;
}
