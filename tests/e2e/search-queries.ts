/**
 * Realistic queries a cadre types, each with the page that must be among the first three
 * results (`expect: null`: nothing should be found). Shared by the search-quality test
 * and `npm run bench`, which also scores plain, untuned Pagefind on the same list.
 */
export interface SearchCase {
  query: string;
  kind: '整词' | '部分词' | '短语' | '带空格' | '全拼' | '首字母' | '别名' | '无结果';
  expect: string | null;
}

export const SEARCH_CASES: SearchCase[] = [
  { query: '六个精准', kind: '整词', expect: 'glossary/liuge-jingzhun/' },
  { query: '五个一批', kind: '整词', expect: 'glossary/wuge-yipi/' },
  { query: '三个全部', kind: '整词', expect: 'glossary/sange-quanbu/' },
  { query: '五大转变', kind: '整词', expect: 'glossary/wuda-zhuanbian/' },
  { query: '四个切实', kind: '整词', expect: 'glossary/sige-qieshi/' },
  { query: '五个机制', kind: '整词', expect: 'glossary/wuge-jizhi/' },
  { query: '六大保障', kind: '整词', expect: 'glossary/liuda-baozhang/' },
  { query: '9个方面突出问题', kind: '整词', expect: 'glossary/jiuge-fangmian/' },
  { query: '3+10组合拳', kind: '整词', expect: 'glossary/san-jia-shi/' },
  { query: '建档立卡', kind: '整词', expect: 'modules/tongji-jiandang/' },
  { query: '扶贫小额信贷', kind: '整词', expect: 'modules/xiaoe-xindai/' },
  { query: '职务犯罪', kind: '整词', expect: 'modules/zhiwu-fanzui/' },
  { query: '党性修养', kind: '整词', expect: 'modules/dangxing-xiuyang/' },
  { query: '互助资金', kind: '整词', expect: 'modules/huzhu-zijin/' },
  { query: '农民专业合作社', kind: '整词', expect: 'modules/xiandai-nongye/' },
  { query: '贴息', kind: '部分词', expect: 'modules/xiaoe-xindai/' },
  { query: '评级授信', kind: '部分词', expect: 'modules/xiaoe-xindai/' },
  { query: '风险补偿金', kind: '部分词', expect: 'modules/xiaoe-xindai/' },
  { query: '报账制', kind: '部分词', expect: 'modules/caizheng-xiangmu/' },
  { query: '虚报冒领', kind: '部分词', expect: 'modules/zhiwu-fanzui/' },
  { query: '职务侵占', kind: '部分词', expect: 'modules/zhiwu-fanzui/' },
  { query: '优先股', kind: '部分词', expect: 'modules/xiandai-nongye/' },
  { query: '龙头企业', kind: '部分词', expect: 'modules/xiandai-nongye/' },
  { query: '土地流转', kind: '部分词', expect: 'modules/xiandai-nongye/' },
  { query: '项目库', kind: '部分词', expect: 'modules/guihua-xiangmu/' },
  { query: '座牌', kind: '部分词', expect: 'programme/' },
  { query: '心得体会', kind: '部分词', expect: 'programme/' },
  { query: '第一书记', kind: '部分词', expect: 'policies/diyi-shuji-2015/' },
  { query: '动态管理', kind: '部分词', expect: 'modules/tongji-jiandang/' },
  { query: '两不愁三保障', kind: '部分词', expect: 'modules/tongji-jiandang/' },
  { query: '挪用扶贫资金', kind: '短语', expect: 'modules/zhiwu-fanzui/' },
  { query: '贫困户优先股', kind: '短语', expect: 'modules/xiandai-nongye/' },
  { query: '十届六次全会', kind: '短语', expect: 'modules/zhengce-jingshen/' },
  { query: '国开办发〔2014〕78号', kind: '短语', expect: 'policies/guokaibanfa-2014-78/' },
  { query: '四川省农村扶贫开发条例', kind: '短语', expect: 'policies/sc-tiaoli-2015/' },
  { query: '小额信贷 贴息', kind: '带空格', expect: 'modules/xiaoe-xindai/' },
  { query: '互助社 借款', kind: '带空格', expect: 'modules/huzhu-zijin/' },
  { query: '合作社 盈余', kind: '带空格', expect: 'modules/xiandai-nongye/' },
  { query: '贪污　受贿', kind: '带空格', expect: 'modules/zhiwu-fanzui/' },
  { query: 'liugejingzhun', kind: '全拼', expect: 'glossary/liuge-jingzhun/' },
  { query: 'wugeyipi', kind: '全拼', expect: 'glossary/wuge-yipi/' },
  { query: 'xiaoexindai', kind: '全拼', expect: 'modules/xiaoe-xindai/' },
  { query: 'dangxing', kind: '全拼', expect: 'modules/dangxing-xiuyang/' },
  { query: 'lgjz', kind: '首字母', expect: 'glossary/liuge-jingzhun/' },
  { query: 'wgyp', kind: '首字母', expect: 'glossary/wuge-yipi/' },
  { query: 'sgqb', kind: '首字母', expect: 'glossary/sange-quanbu/' },
  { query: '小贷', kind: '别名', expect: 'modules/xiaoe-xindai/' },
  { query: '6个精准', kind: '别名', expect: 'glossary/liuge-jingzhun/' },
  { query: '3+10政策组合拳', kind: '别名', expect: 'glossary/san-jia-shi/' },
  { query: '互助社', kind: '别名', expect: 'modules/huzhu-zijin/' },
  { query: '航天飞机', kind: '无结果', expect: null },
];
