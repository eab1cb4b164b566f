import type { ParsedEntry } from './rules.ts';
import type { Diagnostic, Position } from './diagnostics.ts';
import { termAnchors } from '../glossary/term-info.ts';
import { linkTarget, type LinkRef } from './links.ts';
import { routes } from '../routes/paths.ts';

/**
 * Links and images in module text must lead somewhere: the page exists, the `#anchor` is a
 * heading of that module or an item of that term, the image is in public/images/ and says
 * in words what it shows. Pure: whether an image file exists is asked of the caller.
 */

type Module = Extract<ParsedEntry, { collection: 'modules' }>;

interface Page {
  /** How the message names the page: 第 7 讲《扶贫小额信贷》. */
  label: string;
  anchors: string[];
}

interface LinkIndex {
  modules: Map<string, Page>;
  terms: Map<string, Page>;
  policies: Set<string>;
}

/** Pages with a fixed address; `search/` and `handbook/` are the search page and the print edition. */
const SECTION_PAGES = new Set([routes.home(), routes.modules(), routes.glossary(), routes.policies(), routes.programme(), 'search/', 'handbook/']);
const COLLECTION_PAGES: Record<string, { label: string; pick: (index: LinkIndex) => Map<string, Page> | Set<string> }> = {
  modules: { label: '课程模块', pick: (i) => i.modules },
  glossary: { label: '术语', pick: (i) => i.terms },
  policies: { label: '政策文件', pick: (i) => i.policies },
};

const IMAGE_FOLDER = 'images/';
const IMAGE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(?:png|jpe?g|gif|svg|webp)$/;
const IMAGE_EXAMPLE = '![江安县贫困村分布示意图](/images/fenbu-tu.png)';

function moduleLabel(m: Module): string {
  return `第 ${m.data.order} 讲《${m.data.title}》`;
}

function linkIndex(entries: readonly ParsedEntry[]): LinkIndex {
  const index: LinkIndex = { modules: new Map(), terms: new Map(), policies: new Set() };
  for (const e of entries) {
    if (e.collection === 'modules') index.modules.set(e.id, { label: moduleLabel(e), anchors: e.ids });
    if (e.collection === 'glossary') index.terms.set(e.id, { label: `术语“${e.data.term}”`, anchors: termAnchors(e.id, e.data) });
    if (e.collection === 'policies') index.policies.add(e.id);
  }
  return index;
}

function list(values: Iterable<string>, prefix = ''): string {
  const all = [...values];
  const shown = all.slice(0, 12).map((v) => prefix + v).join('、');
  return all.length > 12 ? `${shown} 等` : shown || '（无）';
}

/** The problem with a link, or null when it leads somewhere. */
function linkProblem(ref: LinkRef, self: Module, index: LinkIndex, fileExists: (path: string) => boolean): string | null {
  const target = linkTarget(ref.url);
  if (target.kind === 'external') return null;
  if (target.kind === 'relative') {
    return `站内链接“${ref.url}”要从网站根目录写起，以 / 开头，例如 /modules/${self.id}/`;
  }
  const anchorProblem = (page: Page, anchor: string | undefined, where: string) =>
    anchor && !page.anchors.includes(anchor)
      ? `链接中的锚点“#${anchor}”在${where}中不存在。可用的锚点：${list(page.anchors, '#')}`
      : null;
  if (target.kind === 'anchor') return anchorProblem(index.modules.get(self.id)!, target.anchor, '本讲');

  const path = target.path.replace(/^\/+/, '');
  if (/\.[A-Za-z0-9]+$/.test(path)) return fileExists(path) ? null : `找不到链接的文件 public/${path}`;
  const slashed = path.endsWith('/') || path === '' ? path : `${path}/`;
  const missingSlash = slashed !== path ? `站内链接“${ref.url}”末尾缺少 /，应写成“/${slashed}${target.anchor ? `#${target.anchor}` : ''}”` : null;
  if (SECTION_PAGES.has(slashed)) return missingSlash;

  const [section, id, ...rest] = slashed.split('/').filter(Boolean);
  const collection = section ? COLLECTION_PAGES[section] : undefined;
  if (!collection || !id || rest.length) {
    return `链接“${ref.url}”指向的页面不存在。站内页面的写法：/modules/编号/、/glossary/编号/、/policies/编号/、/programme/`;
  }
  const pages = collection.pick(index);
  if (!pages.has(id)) {
    return `链接“${ref.url}”指向不存在的${collection.label}“${id}”。现有的${collection.label}编号：${list([...pages.keys()].sort())}`;
  }
  // Anchors on policy pages are made by the page template; the end-to-end link test covers them.
  const page = pages instanceof Map ? pages.get(id)! : undefined;
  return missingSlash ?? (page ? anchorProblem(page, target.anchor, page.label) : null);
}

function imageProblems(ref: LinkRef, fileExists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  if (!ref.alt?.trim()) problems.push(`图片缺少说明文字（alt）：在方括号里用一句话写明图片内容，例如 ${IMAGE_EXAMPLE}`);
  const target = linkTarget(ref.url);
  if (target.kind === 'external') {
    problems.push(`图片“${ref.url}”引用了外部网站：请把图片文件放进 public/images/，再写成 /images/文件名`);
  } else if (target.kind !== 'site' || !target.path.startsWith(`/${IMAGE_FOLDER}`)) {
    problems.push(`图片“${ref.url}”要放在 public/images/ 文件夹中，并写成 /images/文件名，例如 ${IMAGE_EXAMPLE}`);
  } else {
    const name = target.path.slice(IMAGE_FOLDER.length + 1);
    if (!IMAGE_NAME.test(name)) {
      problems.push(`图片文件名“${name}”不合规：只能用小写英文字母、数字和连字符，扩展名为 .png、.jpg、.gif、.svg 或 .webp`);
    } else if (!fileExists(`${IMAGE_FOLDER}${name}`)) {
      problems.push(`找不到图片文件 public/images/${name}；请把图片放进 public/images/，或改正文件名`);
    }
  }
  return problems;
}

/**
 * @param fileExists whether a file exists in public/, given its path there (images/fenbu-tu.png)
 */
export function checkLinks(entries: readonly ParsedEntry[], fileExists: (path: string) => boolean): Diagnostic[] {
  const index = linkIndex(entries);
  const out: Diagnostic[] = [];
  for (const m of entries.filter((e): e is Module => e.collection === 'modules')) {
    const at = (p: Position) => ({ file: m.file, line: p.line, column: p.column, severity: 'error' as const });
    for (const ref of m.links) {
      const problems = ref.kind === 'image' ? imageProblems(ref, fileExists) : [linkProblem(ref, m, index, fileExists)];
      for (const message of problems) if (message) out.push({ ...at(ref.at), message });
    }
  }
  return out;
}
