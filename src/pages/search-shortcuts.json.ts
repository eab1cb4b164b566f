import type { APIRoute } from 'astro';
import { getModules, getPolicies, getTerms } from '../site/content.ts';
import { pinyinForms } from '../format/pinyin.ts';
import { routes } from '../routes/paths.ts';
import type { Shortcut } from '../search/query.ts';
import { href } from '../routes/href.ts';

/**
 * Names, aliases and pinyin of every titled page, made at build time for the search page
 * (Pagefind has no pinyin and no synonyms). A few kilobytes, fetched on first search.
 */
const pinyinOf = (text: string) => {
  const { full, initials } = pinyinForms(text);
  return [full, initials].filter((p) => p.length > 1);
};

export const GET: APIRoute = async () => {
  const modules = (await getModules()).map<Shortcut>((m) => ({
    url: href(routes.module(m.id)),
    title: m.data.title,
    kind: '课程模块',
    phrase: m.data.title,
    names: [m.data.title, m.data.shortTitle, ...m.data.aliases],
    pinyin: [...pinyinOf(m.data.title), ...pinyinOf(m.data.shortTitle)],
  }));
  const terms = (await getTerms()).map<Shortcut>((t) => ({
    url: href(routes.term(t.id)),
    title: t.data.term,
    kind: '术语',
    phrase: t.data.term,
    names: [t.data.term, ...t.data.aliases],
    pinyin: pinyinOf(t.data.term),
  }));
  const policies = (await getPolicies()).map<Shortcut>((p) => ({
    url: href(routes.policy(p.id)),
    title: `《${p.data.title}》`,
    kind: '政策文件',
    phrase: p.data.shortTitle ?? p.data.title,
    names: [p.data.title, `《${p.data.title}》`, ...(p.data.shortTitle ? [p.data.shortTitle] : []), ...(p.data.docNumber ? [p.data.docNumber] : []), ...p.data.aliases],
    pinyin: p.data.shortTitle ? pinyinOf(p.data.shortTitle) : [],
  }));
  const programme: Shortcut = {
    url: href(routes.programme()),
    title: '培训安排',
    kind: '培训安排',
    phrase: '培训安排',
    names: ['培训安排', '日程', '课程表', '培训日程'],
    pinyin: pinyinOf('培训安排'),
  };
  return new Response(JSON.stringify([...terms, ...modules, ...policies, programme]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
