import { describe, expect, it } from 'vitest';
import { FIELDS_BEGIN, FIELDS_END, fieldSection, fieldTable, withFieldSection } from '../../src/authoring/field-docs.ts';

describe('field tables', () => {
  it('give each field a row with its name, whether it is required, its shape and the hint', () => {
    const table = fieldTable('policies').split('\n');
    expect(table[0]).toBe('### 政策文件（src/content/policies/，每个 .yaml 文件）');
    expect(table).toContain('| `docNumber` | 文号 | 可选 | 文号，如 国开办发〔2014〕78号 | 年份用六角括号〔〕；没有文号的文件（如法律）不写这一行 |');
    // A name given to one field only: `label` means something else in another collection.
    expect(fieldTable('programme')).toContain('| `keyFigures[].label` | 说明文字 |');
    expect(table).toContain('| `summary` | 内容摘要 | 必填 | 文字 | 一段话说明文件的主要内容 |');
  });

  it('replace only what lies between the markers', () => {
    const doc = `前言\n${FIELDS_BEGIN}\n旧表\n${FIELDS_END}\n后记\n`;
    expect(withFieldSection(doc)).toBe(`前言\n${fieldSection()}\n后记\n`);
    expect(() => withFieldSection('没有标记')).toThrow('找不到字段表');
  });
});
