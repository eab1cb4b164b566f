import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci --omit=dev && npm run build` must work: every package that the build's own code
 * imports at run time (astro.config.mjs, src/, scripts/) is in `dependencies`, not only in
 * `devDependencies`, and no version floats. A package imported only for its types goes there
 * too (one edit turns `import type` into a value import, and only a production install would
 * notice), unless it is a types-only module from @types/ (`mdast`, `hast`).
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

const SOURCE = /\.(ts|mts|mjs|js|astro|mdx)$/;

/** The code of a file that runs: all of a script, the frontmatter and <script> elements of an .astro page. */
function codeOf(file: string, text: string): string[] {
  if (file.endsWith('.mdx')) return [...text.matchAll(/^(?:import|export)\s[^\n]*$/gm)].map((m) => m[0]);
  if (!file.endsWith('.astro')) return [text];
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const scriptSources = [...text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => `import '${m[1]}';`);
  return [frontmatter, ...scripts, ...scriptSources];
}

interface Import {
  specifier: string;
  /** `import type` / `export type`: erased before the code runs. */
  typeOnly: boolean;
}

/** Module specifiers a piece of code imports. */
function importsOf(code: string): Import[] {
  const found: Import[] = [];
  const add = (specifier: string, typeOnly = false) => found.push({ specifier, typeOnly });
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, node.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword);
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, node.isTypeOnly);
    if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression.getText(source);
      // import('x'), import.meta.resolve('x'), require('x'), require.resolve('x')
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword || ['import.meta.resolve', 'require', 'require.resolve'].includes(callee)) add(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Module specifiers imported at run time: not `import type` / `export type`. */
export const runtimeImports = (code: string) => importsOf(code).filter((i) => !i.typeOnly).map((i) => i.specifier);

/** The npm package a specifier names, or undefined for builtins, virtual modules and files. */
export function packageOf(specifier: string): string | undefined {
  const bare = specifier.split('?')[0]!;
  if (/^(\.|\/|node:|astro:|virtual:)/.test(bare) || builtinModules.includes(bare.split('/')[0]!)) return undefined;
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function filesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => SOURCE.test(f))
    .map((f) => path.join(dir, f));
}

interface Use {
  file: string;
  typeOnly: boolean;
}

/** Every package imported by the build's code, with the files that import it. */
function importedPackages(): Map<string, Use[]> {
  const files = ['astro.config.mjs', ...filesUnder('src'), ...filesUnder('scripts')];
  const users = new Map<string, Use[]>();
  for (const file of files) {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    for (const { specifier, typeOnly } of codeOf(file, text).flatMap(importsOf)) {
      const name = packageOf(specifier);
      if (name) users.set(name, [...(users.get(name) ?? []), { file, typeOnly }]);
    }
  }
  return users;
}

/** A module that exists only as @types/<name>, such as `mdast`: nothing of it runs. */
const typesOnlyModule = (name: string) => !(name in pkg.dependencies) && !(name in pkg.devDependencies) && `@types/${name}` in pkg.devDependencies;

describe('the import scanner', () => {
  it('finds value, side-effect, dynamic and resolved imports and skips type-only ones', () => {
    const code = [
      "import type { Root } from 'mdast';",
      "import { type Page, chromium } from 'playwright-core';",
      "import remarkGfm from 'remark-gfm';",
      "import '@fontsource/noto-serif-sc/400.css';",
      "export type { VFile } from 'vfile';",
      "export { visit } from 'unist-util-visit';",
      "const { getCollection } = await import('astro:content');",
      "const pagefind = await import('pagefind');",
      "const polyfill = import.meta.resolve('pagedjs');",
      "import path from 'node:path';",
      "import fs from 'fs';",
      "import { x } from './x.ts';",
    ].join('\n');
    const names = runtimeImports(code).map(packageOf).filter(Boolean);
    expect(names).toEqual(['playwright-core', 'remark-gfm', '@fontsource/noto-serif-sc', 'unist-util-visit', 'pagefind', 'pagedjs']);
  });
  it('reads the frontmatter and bundled scripts of an .astro page, not inline ones', () => {
    const page = "---\nimport qrcode from 'qrcode';\n---\n<p>x</p>\n<script>import { a } from 'yaml';</script>\n<script is:inline>import('vitest')</script>\n<script src=\"./client/x.ts\"></script>";
    expect(codeOf('x.astro', page).flatMap(runtimeImports)).toEqual(['qrcode', 'yaml', './client/x.ts']);
  });
});

describe('runtime dependencies', () => {
  const imported = importedPackages();

  it('finds the imports of the build (a scan that found nothing would prove nothing)', () => {
    for (const name of ['astro', 'pagefind', 'playwright-core', 'unified']) expect([...imported.keys()]).toContain(name);
  });

  it('has every package imported at run time by astro.config.mjs, src/ or scripts/ in dependencies', () => {
    const misplaced = [...imported]
      .filter(([name, uses]) => uses.some((u) => !u.typeOnly) && !(name in pkg.dependencies))
      .map(([name, uses]) => `${name}（${name in pkg.devDependencies ? '只在 devDependencies 里' : '没有写进 package.json'}）：${[...new Set(uses.map((u) => u.file))].join('、')}`);
    expect(misplaced, 'npm ci --omit=dev 后构建会缺少这些包，请移到 dependencies').toEqual([]);
  });

  it('has packages imported only for their types in dependencies too, unless they come from @types/', () => {
    const misplaced = [...imported]
      .filter(([name, uses]) => uses.every((u) => u.typeOnly) && !(name in pkg.dependencies) && !typesOnlyModule(name))
      .map(([name, uses]) => `${name}：${[...new Set(uses.map((u) => u.file))].join('、')}`);
    expect(misplaced, '这些包目前只用作类型，但改成值导入后生产安装就会缺包，请移到 dependencies').toEqual([]);
  });

  it('pins every version exactly', () => {
    const loose = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
    expect(loose).toEqual([]);
  });
});
