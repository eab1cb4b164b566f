import { describe, expect, it } from 'vitest';
import { lintProse } from '../../src/checker/prose-lint.ts';

const messages = (text: string, options = {}) => lintProse(text, options).map((p) => p.message);
const indexes = (text: string) => lintProse(text).map((p) => p.index);

describe('lintProse: half-width punctuation', () => {
  it.each([
    [',', '，', '贫困户,可以'],
    ['.', '。', '实现目标.'],
    [';', '；', '一是摸底;二是评议'],
    [':', '：', '注意:不能代签'],
    ['?', '？', '怎样摸清需求?'],
    ['!', '！', '一定要按期还款!'],
  ])('flags “%s” in Chinese and asks for “%s”', (mark, full, text) => {
    expect(messages(text)).toEqual([expect.stringContaining(`半角标点“${mark}”应改为全角“${full}”`)]);
    expect(indexes(text)).toEqual([text.indexOf(mark)]);
  });

  it('flags a mark before Chinese after a Latin word, and after closing quotes or book-title marks', () => {
    expect(indexes('用Pagefind,搜索')).toEqual([9]);
    expect(indexes('“五个一批”.')).toEqual([6]);
    expect(indexes('《决定》,要求')).toEqual([4]);
  });

  it('asks for …… instead of three dots', () => {
    expect(messages('等等...')).toEqual([expect.stringContaining('省略号应改为全角“……”')]);
  });

  it('leaves numbers, times, versions and web addresses alone', () => {
    expect(lintProse('额度为2.5万元，08:30开始，9,032户，v2.0版')).toEqual([]);
    expect(lintProse('见 https://example.com/a,b.html 和 www.gov.cn/zhengce/ 上的说明')).toEqual([]);
    expect(lintProse('写信到 fupin@example.com.cn 即可')).toEqual([]);
  });

  it('leaves English sentences alone', () => {
    expect(lintProse('Use npm run check. Then open a pull request!')).toEqual([]);
  });
});

describe('lintProse: 文号', () => {
  it.each(['国开办发[2014]78号', '国开办发(2014)78号', '国开办发（2014）78号', '国开办发【2014】78号', '国开办发〔2014]78号'])(
    'asks for 〔〕 in %s',
    (number) => {
      expect(messages(number)).toEqual([`文号的年份要用六角括号〔〕括起：“${number}”应写成“国开办发〔2014〕78号”`]);
    },
  );

  it('points past a word that precedes the issuer', () => {
    const [problem] = lintProse('依据川委发[2015]12号执行');
    expect(problem!.index).toBe(2);
    expect(problem!.message).toContain('“川委发[2015]12号”应写成“川委发〔2015〕12号”');
  });

  it('asks to remove spaces inside a 文号 and accepts the correct form', () => {
    expect(messages('国开办发〔2014〕 78号')).toEqual([expect.stringContaining('文号中不要有空格')]);
    expect(lintProse('依据国开办发〔2014〕78号，贫困户可以申请。')).toEqual([]);
  });
});

describe('lintProse: spaces inside Chinese', () => {
  it('flags spaces and ideographic spaces between Chinese characters and marks', () => {
    expect(indexes('贫困户 可以')).toEqual([3]);
    expect(indexes('申请。 下一句')).toEqual([3]);
    expect(indexes('贫困户\u3000可以')).toEqual([3]);
  });

  it('allows spaces around Latin words and digits, and line breaks', () => {
    expect(lintProse('使用 Pagefind 搜索 2015 年的文件')).toEqual([]);
    expect(lintProse('第一行\n  第二行')).toEqual([]);
  });

  it('allows the space between joint issuers inside 《》', () => {
    expect(lintProse('《中共中央 国务院关于打赢脱贫攻坚战的决定》印发')).toEqual([]);
  });

  it('can be switched off for official names', () => {
    expect(lintProse('中共中央 国务院', { allowSpaces: true })).toEqual([]);
    expect(lintProse('中共中央 国务院')).toHaveLength(1);
  });

  it('reports every problem in order of position', () => {
    expect(indexes('贫困户 可以申请,依据国开办发[2014]78号.')).toEqual([3, 8, 11, 24]);
  });
});
