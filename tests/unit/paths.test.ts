import { describe, expect, it } from 'vitest';
import { routes, withBase } from '../../src/routes/paths.ts';

describe('withBase', () => {
  it('works at the domain root', () => expect(withBase('/', routes.module('xiaoe-xindai'))).toBe('/modules/xiaoe-xindai/'));
  it('works under a sub-path, with or without its trailing slash', () => {
    expect(withBase('/handbook/', routes.term('liuge-jingzhun'))).toBe('/handbook/glossary/liuge-jingzhun/');
    expect(withBase('/handbook', routes.policies())).toBe('/handbook/policies/');
  });
  it('links home to the base itself', () => expect(withBase('/handbook/', routes.home())).toBe('/handbook/'));
  it('never doubles a slash', () => expect(withBase('/handbook/', '/favicon.svg')).toBe('/handbook/favicon.svg'));
});
