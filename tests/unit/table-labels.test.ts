import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { displayWidth, labelColumns } from '../../src/markdown/table-labels.ts';
import rehypeTableLabels from '../../src/markdown/rehype-table-labels.ts';
import { cell, cellProperty, row, table } from './hast-tables.ts';

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation as one, Latin and digits as about half', () => {
    expect(displayWidth('认清新形势')).toBe(5);
    expect(displayWidth('电、信')).toBe(3);
    expect(displayWidth('9032户')).toBeCloseTo(3.2);
    expect(displayWidth('  会议记录 ')).toBe(4);
  });
});

describe('labelColumns', () => {
  const fourPoints = [
    ['要点', '核心意思', '对村干部的提示'],
    ['认清新形势', '扶贫已进入攻坚冲刺阶段', '统一村两委思想，不等不靠'],
    ['明确新目标', '三个全部；3+10组合拳；2017年80%、2019年全部', '把县目标分解到本村每户、每年'],
  ];
  it('keeps a first column of short labels on one line, not the prose beside it', () => {
    expect(labelColumns(fourPoints)).toEqual([0]);
  });
  it('ignores a column as soon as one cell, the header included, is longer than a label', () => {
    const rows = [['方面', '简称'], ['电力和信息网络', '电、信'], ['交通', '路']];
    expect(labelColumns(rows)).toEqual([1]);
  });
  it('stops taking columns when together they would leave the prose too little room', () => {
    const rows = [['第一阶段', '县扶贫移民局', '内容'], ['第二阶段', '县发改局', '很长的一段说明文字，超过标签的宽度']];
    expect(labelColumns(rows)).toEqual([0]);
    expect(labelColumns(rows, 6, 10)).toEqual([0, 1]);
  });
  it('skips empty columns and handles rows of uneven length and empty tables', () => {
    expect(labelColumns([['', '阶段'], ['', '一']])).toEqual([1]);
    expect(labelColumns([['甲', '乙'], ['丙']])).toEqual([0, 1]);
    expect(labelColumns([])).toEqual([]);
  });
});

describe('rehype-table-labels', () => {
  it('marks every cell of a label column, in the header and the body, and nothing else', () => {
    const t = table(['材料', '内容要点'], [['会议记录', '时间、地点、参会人、传达内容、讨论意见、决定事项'], ['签到表', '党员大会、村民代表会议的到会人员签名']]);
    rehypeTableLabels()({ type: 'root', children: [t] } as Root);
    expect(cellProperty(t, 'className')).toEqual([[['cell-label'], undefined], [['cell-label'], undefined], [['cell-label'], undefined]]);
  });
  it('reads the text inside links, and keeps classes a cell already has', () => {
    const linked: Element = { type: 'element', tagName: 'td', properties: { className: ['num'] }, children: [{ type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [{ type: 'text', value: '一二三四五六七八' }] }] };
    const t = table(['项', '说明'], []);
    (t.children[1] as Element).children = [row([linked, cell('td', '短')])];
    rehypeTableLabels()({ type: 'root', children: [t] } as Root);
    expect(cellProperty(t, 'className')[1]).toEqual([['num'], ['cell-label']]);
  });
});
