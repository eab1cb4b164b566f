import { describe, expect, it } from 'vitest';
import { joinChineseLines } from '../../src/format/zh-text.ts';

describe('joinChineseLines', () => {
  it('removes the space a folded YAML block puts between Chinese lines', () => {
    expect(joinChineseLines('培训结束后，每位贫困村干部 回村认真谋划本村规划。')).toBe('培训结束后，每位贫困村干部回村认真谋划本村规划。');
    expect(joinChineseLines('资金专户。 报账制')).toBe('资金专户。报账制');
  });
  it('keeps spaces around Latin words and digits', () => {
    expect(joinChineseLines('使用 Pagefind 搜索 2015 年')).toBe('使用 Pagefind 搜索 2015 年');
  });
});
