/**
 * Label columns in Chinese tables. Browsers may break Chinese between any two characters, so
 * a narrow first column of short labels (会议记录, 认清新形势) is squeezed to one or two
 * characters a line on a phone or an A5 page. A column whose every cell is a short label is
 * kept on one line instead, as long as the label columns together leave the rest room.
 */

/** The longest cell that still counts as a label, in full-width characters. */
export const LABEL_MAX_WIDTH = 6;
/** How wide all the label columns of one table may be together, in full-width characters. */
export const LABEL_BUDGET = 8;

/** Width of a text in full-width characters: Latin letters, digits and half-width signs count as half. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.trim()) width += char.charCodeAt(0) < 0x2e80 ? 0.55 : 1;
  return width;
}

/**
 * The indexes of the columns to keep on one line, left to right, given each row's cell texts
 * (header row included). A column counts when none of its cells is wider than `maxWidth`;
 * columns are taken from the left while their widest cells fit within `budget`.
 */
export function labelColumns(rows: readonly (readonly string[])[], maxWidth = LABEL_MAX_WIDTH, budget = LABEL_BUDGET): number[] {
  const columnCount = Math.max(0, ...rows.map((row) => row.length));
  const chosen: number[] = [];
  let used = 0;
  for (let column = 0; column < columnCount; column++) {
    const widths = rows.map((row) => displayWidth(row[column] ?? ''));
    const widest = Math.max(...widths);
    if (widest === 0 || widest > maxWidth || used + widest > budget) continue;
    chosen.push(column);
    used += widest;
  }
  return chosen;
}
