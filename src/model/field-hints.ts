import type { CollectionName } from './index.ts';

/**
 * What a trainer needs to know about a field beyond its name and the shape of its value
 * (those come from the schema itself): where a referenced id comes from, and rules that
 * the content checker enforces across files. Used by `npm run new` for the comments in a
 * new file and by the field tables in CONTRIBUTING.md. Paths as in schema-fields.ts:
 * `selfCheck[].answer` is the answer of each self-check question.
 */
export const FIELD_HINTS: Record<CollectionName, Record<string, string>> = {
  modules: {
    shortTitle: '用于导航和书眉',
    aliases: '读者可能搜索的其他叫法，如“小贷”',
    order: '第几讲，与培训日程一致，不能与其他模块重复',
    summary: '一两句话说明本讲讲什么',
    unit: '授课单位的编号，即 src/content/units/ 中的文件名（不含 .yaml），如 fupin-yimin-ju',
    audience: '可多选',
    policies: '本讲引用的政策文件编号，即 src/content/policies/ 中的文件名（不含 .yaml）；每一份都要在正文中以《全称》、文号或别名提到',
    selfCheck: '每题写 question（问题）和 answer（参考答案）',
    reviewed: '最后一次对照现行政策复核本讲的日期；超过 12 个月会列入“需复核”',
    later: '培训之后（2015年7月28日以后）出台的规定，单独列出并注明日期',
    'later[].policy': '相关政策文件的编号（可不写）',
  },
  glossary: {
    term: '名称中的数字要与条目数一致，如“六个精准”写 6 项',
    number: '报道注释 ①—⑨ 的序号，不能与其他术语重复',
    aliases: '正文中的其他写法，如“6个精准”，会同样链接到本术语',
    items: '每项写 name（名称）和 practice（村级工作中的含义）；与 groups 二选一',
    groups: '像“3+10组合拳”那样分组时使用，与 items 二选一',
    national: '全国表述与本地表述不同时填写',
    related: '相关术语的编号，即 src/content/glossary/ 中的文件名（不含 .yaml）',
  },
  policies: {
    title: '文件全称，不加书名号',
    docNumber: '年份用六角括号〔〕；没有文号的文件（如法律）不写这一行',
    date: '发布日期，精确到能核实的程度；确实无法核实时删去这一行，并在 unverified 中写 date',
    status: 'in-force＝培训时有效；superseded＝培训时有效，后被取代（须写 supersededBy）；later＝培训后发布',
    supersededBy: '取代它的政策文件编号',
    aliases: '正文中对这份文件的简称，如“小额信贷指导意见”；写出简称也算引用',
    unverified: '确实无法核实的字段；页面上会注明“未核实”',
    summary: '一段话说明文件的主要内容',
  },
  units: {},
  programme: {
    organisers: '授课单位编号',
    'days[].sessions[].module': '专题讲座所讲的课程模块编号，即 src/content/modules/ 中的文件名（不含 .mdx）',
    'days[].sessions[].unit': '授课单位编号',
  },
};
