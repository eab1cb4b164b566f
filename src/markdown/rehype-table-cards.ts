import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { addClass, tableRows } from './hast-table.ts';

/** From this many columns a table is read as cards on a phone: three columns of Chinese prose in 360 px leave a few characters a line. */
export const CARD_MIN_COLUMNS = 3;

/**
 * Prepares each wide table with a header row to be shown as a stack of cards on narrow screens
 * (the styles do the showing): the table gets `table-cards`, and every body cell its column's
 * header as `data-label`, which the card prints before the cell. Explicit ARIA roles keep the
 * table a table for screen readers when the styles turn its rows into blocks.
 */
export default function rehypeTableCards() {
  return (tree: Root) => {
    visit(tree, 'element', (table: Element) => {
      if (table.tagName !== 'table') return;
      const [head, ...body] = tableRows(table);
      if (!head || head.length < CARD_MIN_COLUMNS || !head.every((cell) => cell.tagName === 'th')) return;
      const labels = head.map((cell) => toString(cell).trim());
      addClass(table, 'table-cards');
      table.properties.role = 'table';
      visit(table, 'element', (node: Element) => {
        if (node.tagName === 'thead' || node.tagName === 'tbody' || node.tagName === 'tfoot') node.properties.role = 'rowgroup';
        if (node.tagName === 'tr') node.properties.role = 'row';
      });
      for (const cell of head) cell.properties.role = 'columnheader';
      for (const row of body) {
        row.forEach((cell, column) => {
          cell.properties.role = cell.tagName === 'th' ? 'rowheader' : 'cell';
          if (labels[column]) cell.properties.dataLabel = labels[column];
        });
      }
    });
  };
}
