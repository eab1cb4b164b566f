import { describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/format/file-size.ts';

describe('formatFileSize', () => {
  it('counts in binary units, one decimal below 100', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(3_126_887)).toBe('3.0 MB');
    expect(formatFileSize(250 * 1024 * 1024)).toBe('250 MB');
    expect(formatFileSize(3 * 1024 ** 3)).toBe('3.0 GB');
  });
  it('refuses what is not a size', () => {
    expect(() => formatFileSize(-1)).toThrow(RangeError);
    expect(() => formatFileSize(Number.NaN)).toThrow(RangeError);
  });
});
