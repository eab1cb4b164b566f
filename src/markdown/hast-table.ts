import type { Element } from 'hast';

const childElements = (node: Element) => node.children.filter((child): child is Element => child.type === 'element');
const isRow = (node: Element) => node.tagName === 'tr';
const isCell = (node: Element) => node.tagName === 'th' || node.tagName === 'td';

/** A table's rows (from thead, tbody and tfoot alike, in order), each as its list of th/td cells. */
export function tableRows(table: Element): Element[][] {
  const rows = childElements(table).flatMap((part) => (isRow(part) ? [part] : childElements(part).filter(isRow)));
  return rows.map((row) => childElements(row).filter(isCell));
}

/** Adds a class to an element, keeping the classes it has. */
export function addClass(node: Element, name: string): void {
  const classes = (node.properties.className as string[] | undefined) ?? [];
  if (!classes.includes(name)) node.properties.className = [...classes, name];
}
