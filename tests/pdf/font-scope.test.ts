import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The book's CJK webfonts belong to the print edition only: screen pages stay on system
 * fonts (a phone on a village network must not fetch megabytes of font for a web page).
 */

const DIST = path.resolve(import.meta.dirname, '../..', process.env.HANDBOOK_DIST ?? 'dist');
const pages = existsSync(DIST)
  ? readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/'))
  : [];

/** The CSS a page loads: its <link rel="stylesheet"> files and its <style> blocks. */
function cssOf(page: string): string {
  const html = readFileSync(path.join(DIST, page), 'utf8');
  const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => {
    const file = path.join(DIST, new URL(m[1]!, 'http://x/').pathname.replace(/^\/(?:[^/]+\/)*?_astro\//, '_astro/'));
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  });
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return [...linked, ...inline].join('\n');
}

const webFont = /@font-face\s*{[^}]*Noto S(?:erif|ans) SC/;

describe('the book’s fonts', () => {
  it('are loaded by the print edition', () => {
    expect(pages).toContain('handbook/index.html');
    expect(cssOf('handbook/index.html')).toMatch(webFont);
  });
  it('are loaded by no screen page', () => {
    const screen = pages.filter((p) => p !== 'handbook/index.html');
    expect(screen.length).toBeGreaterThan(10);
    expect(screen.filter((p) => webFont.test(cssOf(p)))).toEqual([]);
  });
});
