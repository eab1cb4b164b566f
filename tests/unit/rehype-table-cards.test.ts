import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import rehypeTableCards from '../../src/markdown/rehype-table-cards.ts';
import { cell, cellProperty, row, table } from './hast-tables.ts';

const run = (t: Element) => rehypeTableCards()({ type: 'root', children: [t] } as Root);

describe('rehype-table-cards', () => {
  it('labels each body cell of a three-column table with its column header and marks the table for cards', () => {
    const t = table(['要点', '核心意思', '对村干部的提示'], [['认清新形势', '扶贫已进入攻坚冲刺阶段', '统一村两委思想']]);
    run(t);
    expect(t.properties.className).toEqual(['table-cards']);
    expect(cellProperty(t, 'dataLabel')).toEqual([[undefined, undefined, undefined], ['要点', '核心意思', '对村干部的提示']]);
  });
  it('gives every part its table role, so rows shown as blocks are still read as a table', () => {
    const t = table(['甲', '乙', '丙'], [['1', '2', '3']]);
    run(t);
    expect(t.properties.role).toBe('table');
    expect((t.children as Element[]).map((part) => part.properties.role)).toEqual(['rowgroup', 'rowgroup']);
    expect(cellProperty(t, 'role')).toEqual([['columnheader', 'columnheader', 'columnheader'], ['cell', 'cell', 'cell']]);
  });
  it('leaves two-column tables and tables without a header row as they are', () => {
    const narrow = table(['材料', '说明'], [['签到表', '到会人员签名']]);
    run(narrow);
    expect(narrow.properties).toEqual({});
    const headless = table(['一', '二', '三'], []);
    (headless.children[0] as Element).children = [row([cell('td', '一'), cell('td', '二'), cell('td', '三')])];
    run(headless);
    expect(headless.properties).toEqual({});
  });
  it('skips the label of a column whose header is empty', () => {
    const t = table(['', '内容', '备注'], [['瞄准的村', '50个', '']]);
    run(t);
    expect(cellProperty(t, 'dataLabel')[1]).toEqual([undefined, '内容', '备注']);
  });
});
