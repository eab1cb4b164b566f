import type { Element, ElementContent } from 'hast';

/** Small hast tables for the table plugins' tests, shaped as remark-gfm's output is: thead and tbody, th and td. */
const text = (value: string): ElementContent => ({ type: 'text', value });
export const cell = (tagName: 'th' | 'td', value: string): Element => ({ type: 'element', tagName, properties: {}, children: [text(value)] });
export const row = (cells: Element[]): Element => ({ type: 'element', tagName: 'tr', properties: {}, children: cells });
export const table = (head: string[], body: string[][]): Element => ({
  type: 'element', tagName: 'table', properties: {}, children: [
    { type: 'element', tagName: 'thead', properties: {}, children: [row(head.map((v) => cell('th', v)))] },
    { type: 'element', tagName: 'tbody', properties: {}, children: body.map((values) => row(values.map((v) => cell('td', v)))) },
  ],
});
/** Each row's cells, as the given property of each cell. */
export const cellProperty = (t: Element, name: string) => (t.children as Element[]).flatMap((part) =>
  (part.children as Element[]).map((tr) => (tr.children as Element[]).map((c) => c.properties[name])));
