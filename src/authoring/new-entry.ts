import { ENTRY_ID } from '../model/common.ts';
import { COLLECTIONS } from '../model/index.ts';
import { scaffoldYaml } from './scaffold.ts';
import { jsonSchemaOf } from '../model/schema-fields.ts';

/** What `npm run new -- module|term|policy <编号> [标题]` writes, and what to do next. */

export const KINDS = {
  module: { collection: 'modules', titleKey: 'title', include: [], label: '课程模块' },
  term: { collection: 'glossary', titleKey: 'term', include: ['items'], label: '术语' },
  policy: { collection: 'policies', titleKey: 'title', include: ['docNumber', 'date'], label: '政策文件' },
} as const;

export type Kind = keyof typeof KINDS;

export interface NewEntry {
  /** Path inside the content folder: modules/xiaoe-xindai.mdx. */
  file: string;
  text: string;
  /** Steps the trainer takes after the file exists. */
  next: string[];
}

/** MDX body of a new module: a comment on how to write it and one heading to start from. */
const MODULE_BODY = `
{/* 正文从这里开始：用 ## 写小标题，段落之间空一行。引用政策文件时写出《文件全称》或文号（如 国开办发〔2014〕78号），并在上面的 policies 中列出它。写法见 CONTRIBUTING.md。 */}

## 第一个小标题

在这里写正文。
`;

const NEXT: Record<Kind, string[]> = {
  module: [
    '把文件中每个空着的字段填好（每个字段上面一行的 # 注释说明了怎么写）',
    '在 src/content/programme/course.yaml 的 days 中排入这一讲（kind: 专题讲座，module: 本讲编号）',
    '运行 npm run check，按提示改到没有错误',
  ],
  term: ['把文件中每个空着的字段填好', '在课程正文中写出术语名称即可自动链接；引用某一项时写 <Term name="术语名称" item="2" />', '运行 npm run check'],
  policy: ['把文件中每个空着的字段填好；没有文号的文件删去 docNumber 一行', '在引用它的课程模块的 policies 中列出它的编号，并在正文中写出《全称》或文号', '运行 npm run check'],
};

/** @throws Error with a Chinese message when the kind or id is not usable */
export function newEntry(kind: string, id: string, title?: string): NewEntry {
  if (!(kind in KINDS)) throw new Error(`不认识的类型“${kind}”：请写 module（课程模块）、term（术语）或 policy（政策文件）`);
  if (!ENTRY_ID.test(id)) throw new Error(`编号“${id}”不合规：只能用小写英文字母、数字和连字符，例如 xiaoe-xindai`);
  const spec = KINDS[kind as Kind];
  const { dir, ext, schema } = COLLECTIONS[spec.collection];
  const yaml = scaffoldYaml({
    schema: jsonSchemaOf(schema),
    include: spec.include,
    values: title ? { [spec.titleKey]: title } : {},
    intro: `新${spec.label}“${id}”：填好下面每个空着的字段（# 开头的行是说明，可以保留）。\n改完运行 npm run check，它会列出还没填好的地方。字段说明见 CONTRIBUTING.md。`,
  });
  const text = ext === '.mdx' ? `---\n${yaml}---\n${MODULE_BODY}` : yaml;
  return { file: `${dir}/${id}${ext}`, text, next: NEXT[kind as Kind] };
}
