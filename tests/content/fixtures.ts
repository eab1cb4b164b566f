import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');

/** A temporary content tree: the valid fixture with a broken case's files laid over it. */
export function brokenTree(caseName: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `handbook-${caseName}-`));
  cpSync(path.join(FIXTURES, 'valid'), dir, { recursive: true });
  cpSync(path.join(FIXTURES, 'broken', caseName), dir, { recursive: true });
  return dir;
}

export const VALID_TREE = path.join(FIXTURES, 'valid');
