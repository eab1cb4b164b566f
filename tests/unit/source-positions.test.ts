import { describe, expect, it } from 'vitest';
import { formatReport, positionAt } from '../../src/checker/diagnostics.ts';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { blankFrontmatter } from '../../src/markdown/analyse.ts';
import { parseYamlSource } from '../../src/checker/yaml-source.ts';

describe('blankFrontmatter', () => {
  it('keeps every line and column of the body where it is in the file, as Astro does', () => {
    const source = '---\ntitle: 甲\norder: 1\n---\n\n## 一\n正文';
    const blanked = blankFrontmatter(source, extractFrontmatter(source));
    expect(blanked.split('\n')).toHaveLength(source.split('\n').length);
    expect(blanked.split('\n')[5]).toBe('## 一');
    expect(blanked.slice(0, 20).trim()).toBe('');
  });
  it('leaves a file without front matter as it is', () => {
    expect(blankFrontmatter('## 只有正文', extractFrontmatter('## 只有正文'))).toBe('## 只有正文');
  });
});

describe('parseYamlSource: mistakes', () => {
  it('says to quote a value that starts with *, as bold pasted from Word does', () => {
    const { syntaxErrors, data } = parseYamlSource('keyPoints:\n  - **本金**：最多5万元。\n');
    expect(data).toBeUndefined();
    expect(syntaxErrors).toEqual([expect.objectContaining({ line: 2, message: expect.stringContaining('加上引号') })]);
  });
  it('gives one message a line, the tab first', () => {
    const { syntaxErrors } = parseYamlSource('a:\n\t- x\nb: 1\n');
    expect(syntaxErrors).toHaveLength(1);
    expect(syntaxErrors[0]!.message).toContain('Tab');
  });
});

describe('parseYamlSource', () => {
  const yaml = 'title: 甲\nselfCheck:\n  - question: 问\n    answer: 答\n';
  it('locates nested fields, shifted by the lines before the YAML', () => {
    const source = parseYamlSource(yaml, 1);
    expect(source.locate(['selfCheck', 0, 'answer'])).toEqual({ line: 5, column: 5 });
    expect(source.locate(['title'])).toEqual({ line: 2, column: 1 });
  });
  it('points a missing field at the nearest existing parent', () => {
    expect(parseYamlSource(yaml).locate(['selfCheck', 0, 'missing'])).toEqual({ line: 3, column: 5 });
  });
  it('lists text values with their paths and the file position of each character', () => {
    const strings = parseYamlSource('title: 甲\nitems:\n  - name: 乙丙\ncount: 3\n', 1).strings;
    expect(strings.map((s) => [s.path, s.source])).toEqual([[['title'], '甲'], [['items', 0, 'name'], '乙丙']]);
    expect(strings[1]!.at(1)).toEqual({ line: 4, column: 12 });
  });
  it('reports syntax errors in Chinese with their line', () => {
    const { syntaxErrors, data } = parseYamlSource('title: 甲\ntitle: 乙\n');
    expect(data).toBeUndefined();
    expect(syntaxErrors[0]).toMatchObject({ line: 2 });
    expect(syntaxErrors[0]!.message).toContain('同一个字段写了两次');
  });
});

describe('formatReport', () => {
  it('groups by file, orders by line and counts errors and warnings', () => {
    const report = formatReport([
      { file: 'b.yaml', line: 3, column: 1, severity: 'warning', message: '乙' },
      { file: 'a.mdx', line: 9, column: 2, severity: 'error', message: '甲二' },
      { file: 'a.mdx', line: 2, column: 1, severity: 'error', message: '甲一' },
    ]);
    expect(report.split('\n')).toEqual([
      'a.mdx', '  a.mdx:2:1  错误：甲一', '  a.mdx:9:2  错误：甲二', '', 'b.yaml', '  b.yaml:3:1  警告：乙', '', '共 2 个错误，1 个警告。',
    ]);
  });
  it('computes 1-based positions', () => expect(positionAt('一\n二三', 3)).toEqual({ line: 2, column: 2 }));
});
