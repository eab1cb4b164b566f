import { describe, expect, it } from 'vitest';
import { parseMdx } from './mdx.ts';
import { lintMdxProse, lintYamlProse, proseRuns } from '../../src/checker/prose-rules.ts';
import { parseYamlSource } from '../../src/checker/yaml-source.ts';

const runsOf = (body: string) => proseRuns(parseMdx(body), body).map((r) => r.text);
const problemsIn = (body: string) => lintMdxProse('m.mdx', parseMdx(body), body).map((d) => `${d.line}:${d.column} ${d.message}`);

describe('proseRuns', () => {
  it('takes paragraphs, headings, list items and table cells, not code or JSX expressions', () => {
    const body = ['## 小标题', '', '正文一段。', '', '- 列表项', '', '| 甲 | 乙 |', '|---|---|', '| 丙 | 丁 |', '', '```', 'a,b 代码', '```', '', '{/* 注释,不管 */}'].join('\n');
    expect(runsOf(body)).toEqual(['小标题', '正文一段。', '列表项', '甲', '乙', '丙', '丁']);
  });

  it('keeps inline code, images and JSX tags out of the words, but their text children in', () => {
    expect(runsOf('运行 `a,b` 和 ![图](/images/a.png) 与 <Term name="六个精准">六个精准</Term>。')).toEqual([
      '运行 \uFFFC 和 \uFFFC 与 \uFFFC六个精准\uFFFC。',
    ]);
  });
});

describe('lintMdxProse', () => {
  it('reports the file position, shifted by the front matter lines', () => {
    expect(problemsIn('## 一\n\n贫困户,可以申请。')).toEqual([expect.stringMatching(/^3:4 中文里的半角标点“,”/)]);
  });

  it('sees punctuation across emphasis and links', () => {
    expect(problemsIn('**贫困户**,可以申请。')).toEqual([expect.stringMatching(/^1:8 /)]);
    expect(problemsIn('见[第七讲](/modules/a/),再看。')).toEqual([expect.stringMatching(/^1:20 /)]);
  });

  it('accepts the space Markdown needs after bold that ends in punctuation, and no other', () => {
    expect(problemsIn('**贷得到。** 贫困户缺的不是信用。')).toEqual([]);
    expect(problemsIn('**这个案例说明：** 摸底要看劳动力。')).toEqual([]);
    expect(problemsIn('请看 **“五个一批”** 的内容。')).toEqual([]);
    expect(problemsIn('**贷得到** 贫困户缺的不是信用。')).toEqual([expect.stringContaining('中文之间不要加空格')]);
  });

  it('does not read link targets or web addresses as prose', () => {
    expect(problemsIn('详见[术语](/glossary/a/#item-2)和 https://example.com/a,b 的说明。')).toEqual([]);
  });
});

describe('lintYamlProse', () => {
  const lint = (yaml: string, lineOffset = 0) =>
    lintYamlProse('f.yaml', parseYamlSource(yaml, lineOffset).strings).map((d) => `${d.line}:${d.column} ${d.message}`);

  it('reports text values at their line and column, in block scalars too', () => {
    expect(lint('summary: >-\n  第一行没问题，\n  第二行有问题,对吧。\n')).toEqual([expect.stringMatching(/^3:9 中文里的半角标点“,”/)]);
    expect(lint('items:\n  - name: 甲\n    practice: 家庭,也', 1)).toEqual([expect.stringMatching(/^4:17 /)]);
  });

  it('does not mistake the lines of a folded block for spaces', () => {
    expect(lint('explanation: >-\n  第一行\n  第二行\n')).toEqual([]);
  });

  it('keeps the space between joint issuers in official names, and checks prose fields for it', () => {
    expect(lint('title: 中共中央 国务院关于打赢脱贫攻坚战的决定\nissuer: 中共中央 国务院\n')).toEqual([]);
    expect(lint('summary: 贫困户 可以\n')).toEqual([expect.stringContaining('中文之间不要加空格')]);
  });

  it('ignores YAML syntax: flow lists and keys are not prose', () => {
    expect(lint('audience: [三职干部, 乡镇扶贫干事]\nkeyFigures:\n  - { value: 50个, label: 贫困村 }\n')).toEqual([]);
  });
});
