import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check.ts';
import { formatReport } from '../../src/checker/diagnostics.ts';
import { fieldSection } from '../../src/authoring/field-docs.ts';
import { fieldsOf, jsonSchemaOf } from '../../src/model/schema-fields.ts';
import { COLLECTIONS } from '../../src/model/index.ts';
import { FIXTURE_PUBLIC, ROOT, splitModule } from './fixtures.ts';

/** CONTRIBUTING.md is what trainers follow alone: it must match the schemas and its examples must pass. */
const GUIDE = readFileSync(path.join(ROOT, 'CONTRIBUTING.md'), 'utf8');

/** The fenced code blocks of the guide, de-indented (blocks inside list items are indented). */
const blocks = [...GUIDE.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)].map((m) => ({
  lang: m[2]!,
  text: m[3]!.split('\n').map((line) => line.slice(m[1]!.length)).join('\n'),
}));
const block = (start: string) => {
  const found = blocks.find((b) => b.text.trimStart().startsWith(start));
  if (!found) throw new Error(`CONTRIBUTING.md 中找不到以“${start}”开头的示例`);
  return found.text;
};

describe('CONTRIBUTING.md', () => {
  it('is linked from the README', () => {
    expect(readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toContain('(CONTRIBUTING.md)');
  });

  it('has field tables generated from the current schemas (run node scripts/contributing-fields.ts)', () => {
    expect(GUIDE).toContain(fieldSection());
  });

  it('documents every field of every collection', () => {
    for (const { schema } of Object.values(COLLECTIONS)) {
      for (const field of fieldsOf(jsonSchemaOf(schema))) expect(GUIDE).toContain(`| \`${field.path}\` |`);
    }
  });

  it('links its table of contents to its own headings', () => {
    const slugger = new GithubSlugger();
    const headings = [...GUIDE.matchAll(/^#{2,3} (.+)$/gm)].map((m) => slugger.slug(m[1]!));
    const anchors = [...GUIDE.matchAll(/^- \[[^\]]+\]\(#([^)]+)\)$/gm)].map((m) => m[1]!);
    expect(anchors.length).toBeGreaterThan(10);
    for (const anchor of anchors) expect(headings).toContain(anchor);
  });

  it('shows worked examples that pass the content check when applied to the real content', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'handbook-guide-'));
    cpSync(path.join(ROOT, 'src/content'), dir, { recursive: true });
    const publicDir = mkdtempSync(path.join(tmpdir(), 'handbook-guide-public-'));
    mkdirSync(path.join(publicDir, 'images'));
    cpSync(path.join(FIXTURE_PUBLIC, 'images/xindai-liucheng.png'), path.join(publicDir, 'images/xindai-liucheng.png'));

    // 第六节 and 第七节: a new term and a new policy, as filled in by the trainer.
    writeFileSync(path.join(dir, 'glossary/liangbuchou-sanbaozhang.yaml'), block('term: 两不愁三保障'));
    writeFileSync(path.join(dir, 'policies/tingzi-2016-16.yaml'), block('title: 关于建立贫困退出机制的意见'));

    // 第五节 to 第八节 on module 7: front-matter changes, then text, a term item, a citation and an image.
    const modulePath = path.join(dir, 'modules/xiaoe-xindai.mdx');
    const split = splitModule(readFileSync(modulePath, 'utf8'));
    const data = parse(split.yaml) as Record<string, unknown[]>;
    Object.assign(data, parse(block('reviewed:')), parse(block('policies:')));
    data.later!.push(...(parse(block('later:')) as { later: unknown[] }).later);
    const added = [block('### 风险补偿金怎么用'), block('贫困户退出前'), block('（后续发展：2016年4月）'), block('![扶贫小额信贷办理流程')];
    writeFileSync(modulePath, `---\n${stringify(data)}---\n${split.body}\n\n${added.join('\n\n')}\n`);

    const diagnostics = await checkContent(dir, ROOT, { today: '2026-12-01', publicDir });
    expect(diagnostics, formatReport(diagnostics)).toEqual([]);
  });
});
