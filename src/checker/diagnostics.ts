/** Problems found in content, reported as `file:line:column  message`, grouped by file. */

export type Severity = 'error' | 'warning';

export interface Position {
  line: number;
  column: number;
}

export interface Diagnostic {
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  message: string;
}

const SEVERITY_WORD: Record<Severity, string> = { error: '错误', warning: '警告' };

function compare(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** One line per problem, files in order, a blank line between files, a count at the end. */
export function formatReport(diagnostics: readonly Diagnostic[]): string {
  const sorted = [...diagnostics].sort(compare);
  const lines: string[] = [];
  let currentFile: string | null = null;
  for (const d of sorted) {
    if (d.file !== currentFile) {
      if (currentFile !== null) lines.push('');
      lines.push(d.file);
      currentFile = d.file;
    }
    const where = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
    lines.push(`  ${where}  ${SEVERITY_WORD[d.severity]}：${d.message}`);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (lines.length) lines.push('');
  lines.push(`共 ${errors} 个错误，${warnings} 个警告。`);
  return lines.join('\n');
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** 1-based line and column of a character offset in a text. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}
