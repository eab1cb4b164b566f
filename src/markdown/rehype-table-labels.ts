import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { labelColumns } from './table-labels.ts';
import { addClass, tableRows } from './hast-table.ts';

/** Marks the cells of each table's label columns (see lib/table-labels) with `cell-label`, which the styles keep on one line. */
export default function rehypeTableLabels() {
  return (tree: Root) => {
    visit(tree, 'element', (table: Element) => {
      if (table.tagName !== 'table') return;
      const rows = tableRows(table);
      const columns = labelColumns(rows.map((row) => row.map((cell) => toString(cell))));
      for (const row of rows) {
        for (const column of columns) {
          const cell = row[column];
          if (cell) addClass(cell, 'cell-label');
        }
      }
    });
  };
}
