import { COLLECTIONS, type CollectionName } from '../model/index.ts';
import { fieldsOf, jsonSchemaOf } from '../model/schema-fields.ts';

/**
 * The “字段说明” of CONTRIBUTING.md: one table per collection, every field of its schema.
 * Written into the file between two marker comments by scripts/contributing-fields.ts; a test
 * fails when the file and the schemas disagree.
 */

export const FIELDS_BEGIN = '<!-- 字段表：开始（由 node scripts/contributing-fields.ts 从 src/model 生成，请勿手改） -->';
export const FIELDS_END = '<!-- 字段表：结束 -->';

const WHERE: Record<CollectionName, string> = {
  modules: '每个 .mdx 文件开头两行 --- 之间的信息区',
  glossary: '每个 .yaml 文件',
  policies: '每个 .yaml 文件',
  units: '每个 .yaml 文件',
  programme: 'course.yaml',
};

const cell = (text: string) => text.replaceAll('|', '\\|');

export function fieldTable(collection: CollectionName): string {
  const { dir, label, schema } = COLLECTIONS[collection];
  const rows = fieldsOf(jsonSchemaOf(schema)).map(
    (f) => `| \`${f.path}\` | ${f.label} | ${f.required ? '必填' : '可选'} | ${cell(f.kind)} | ${cell(f.description)} |`,
  );
  return [
    `### ${label}（src/content/${dir}/，${WHERE[collection]}）`,
    '',
    '| 字段 | 名称 | 必填 | 写法 | 说明 |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** All tables, between the markers. */
export function fieldSection(): string {
  const tables = (Object.keys(COLLECTIONS) as CollectionName[]).map(fieldTable);
  return [FIELDS_BEGIN, '', '`字段[].子字段` 指列表中每一项的子字段，例如 `selfCheck[].answer` 是每道自测题的答案。', '', tables.join('\n\n'), '', FIELDS_END].join('\n');
}

/** The document with its field section replaced; throws when the markers are missing. */
export function withFieldSection(document: string): string {
  const start = document.indexOf(FIELDS_BEGIN);
  const end = document.indexOf(FIELDS_END);
  if (start < 0 || end < start) throw new Error('CONTRIBUTING.md 中找不到字段表的开始和结束标记');
  return document.slice(0, start) + fieldSection() + document.slice(end + FIELDS_END.length);
}
