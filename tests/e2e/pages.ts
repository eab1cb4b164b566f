import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every page of the built site, as paths relative to the base (from dist/, so nothing is missed). */
export function builtPages(): string[] {
  const dist = path.resolve(import.meta.dirname, '../../dist');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => f.split(path.sep).join('/').replace(/index\.html$/, ''))
    .sort();
}
