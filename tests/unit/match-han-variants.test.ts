/**
 * Taiwan and Hong Kong pages write traditional characters (騰訊, 字節跳動), mainland pages
 * simplified ones, and names often mix them (閆俊杰). The index folds each ideograph's variants
 * into one form (lib/match/han-variants.ts), so every spelling is found from one alias.
 */
import { describe, expect, it } from 'vitest';
import { hanFoldsFor } from '../../lib/match/han-variants';
import { createMatcher } from '../../lib/match/matcher';
import { seedIndex } from './match-dataset-helpers';

const matcher = createMatcher(seedIndex());

/** [surface, entity id] of each mention, with the offsets checked against the original text. */
function found(text: string): [string, string][] {
  return matcher.scan(text).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.id];
  });
}

describe('Han variant folding', () => {
  it('pairs each traditional or regional variant with one simplified form, ideographs only', () => {
    const folds = hanFoldsFor(['腾讯', '字节跳动', '閆俊杰', 'OpenAI', '오픈AI']);
    const pairs = new Map<string, string>();
    for (let i = 0; i < folds.length; i += 2) pairs.set(folds[i]!, folds[i + 1]!);
    expect(pairs.get('騰')).toBe('腾');
    expect(pairs.get('訊')).toBe('讯');
    expect(pairs.get('節')).toBe('节');
    expect(pairs.get('閆')).toBe('闫');
    expect(pairs.get('傑')).toBe('杰');
    for (const [variant, form] of pairs) {
      expect(variant).not.toBe(form);
      expect(variant).toMatch(/\p{Script=Han}/u);
    }
    expect(pairs.has('腾')).toBe(false);
  });

  it('finds traditional, simplified and mixed spellings of the same names', () => {
    expect(found('騰訊控股與字節跳動的競爭。閆俊杰表示，千問團隊的林俊暘離職。')).toEqual([
      ['騰訊控股', 'tencent'],
      ['字節跳動', 'bytedance'],
      ['閆俊杰', 'yan-junjie'],
      ['千問', 'alibaba-qwen'],
      ['林俊暘', 'lin-junyang'],
    ]);
    expect(found('腾讯与字节跳动的竞争。闫俊杰表示，千问团队的林俊旸离职。').map(([, id]) => id)).toEqual([
      'tencent',
      'bytedance',
      'yan-junjie',
      'alibaba-qwen',
      'lin-junyang',
    ]);
    // Japanese forms of the same ideographs (実, 図 for 實/实, 圖/图).
    expect(found('騰訊優図実験室が発表した。')).toEqual([['騰訊優図実験室', 'tencent-youtu-lab']]);
  });
});

describe('two-ideograph names between words', () => {
  it('are found after a title and before a common verb or noun, in both scripts', () => {
    expect(found('阿里旗下千问大模型负责人周畅接任')).toEqual([
      ['阿里', 'alibaba'],
      ['千问', 'alibaba-qwen'],
      ['周畅', 'zhou-chang'],
    ]);
    expect(found('字节AI Lab主任李航退休，總監李航則表示')).toEqual([
      ['字节AI Lab', 'bytedance-ai-lab'],
      ['李航', 'li-hang'],
      ['李航', 'li-hang'],
    ]);
    // 所 before a verb (張鵬所負責, the part he leads), and a short given name after the full name (开复老师).
    expect(found('智譜的員工并入張鵬所負責的團隊。李开复创办零一万物，开复老师表示')).toEqual([
      ['智譜', 'zhipu-ai'],
      ['張鵬', 'zhang-peng-zhipu'],
      ['李开复', 'kai-fu-lee'],
      ['零一万物', '01-ai'],
      ['开复', 'kai-fu-lee'],
    ]);
  });

  it('are found after the verbs of a career line (schools and employers)', () => {
    // 北大 is ambiguous: DeepSeek makes these AI pages.
    expect(found('DeepSeek的罗福莉保研北大转入计算机系，大三时进入北大语言计算实验室。').map(([t, id]) => `${t}:${id}`)).toEqual([
      'DeepSeek:deepseek',
      '罗福莉:luo-fuli',
      '北大:peking-university',
      '北大:peking-university',
    ]);
    expect(found('DeepSeek研究員來自騰訊，曾就讀北大。')).toEqual([
      ['DeepSeek', 'deepseek'],
      ['騰訊', 'tencent'],
      ['北大', 'peking-university'],
    ]);
    expect(found('DeepSeek之前，他曾出任华为美国研究中心首席科学家。').map(([t, id]) => `${t}:${id}`)).toEqual(['DeepSeek:deepseek', '华为:huawei']);
  });

  it('are still not read out of longer words', () => {
    expect(found('以中华为本，弘扬传统')).toEqual([]);
    expect(found('以中華為本')).toEqual([]);
  });
});
