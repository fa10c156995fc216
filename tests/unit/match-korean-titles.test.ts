/**
 * Korean press writes a head's title solid with the organisation: "LG AI연구원장" (the head of LG AI
 * Research), "마이크로소프트연구소장", "구글 브레인팀장". The organisation is still named there; the
 * title must not make the name "part of a longer word". Real dataset, sentences as the press writes them.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../lib/match/matcher';
import { seedIndex } from './match-dataset-helpers';

const matcher = createMatcher(seedIndex());
const found = (text: string) => matcher.scan(text).map((m) => [m.text, m.id]);

describe('organisation + head title written solid', () => {
  it('finds the organisation before 장, 원장, 소장, 센터장, 팀장 and the like, with particles after them', () => {
    expect(found('배경훈 과학기술정보통신부 장관은 LG AI연구원장 출신이다.')).toContainEqual(['LG AI연구원', 'lg-ai-research']);
    expect(found('그는 LG AI연구원장을 지낸 뒤 장관에 올랐다.')).toContainEqual(['LG AI연구원', 'lg-ai-research']);
    expect(found('마이크로소프트연구소장을 지낸 피터 리')).toContainEqual(['마이크로소프트연구소', 'microsoft-research']);
    expect(found('구글 브레인팀장이던 그는')).toContainEqual(['구글 브레인', 'google-brain']);
    expect(found('삼성 AI센터장으로 일했다')).toContainEqual(['삼성 AI센터', 'samsung-research']);
  });

  it('a word that only starts like a title is still another word', () => {
    expect(found('구글장터에서 산 물건')).toEqual([]);
    expect(found('구글소장품 목록')).toEqual([]);
    expect(found('LG AI연구원장터')).toEqual([]);
  });
});

describe('Hangul written solid after a Latin name', () => {
  it('is a particle or title of that name (KT는, OpenAI측, 오픈AI코리아), or a hashtag', () => {
    expect(found('AI 사업에서 KT는 OpenAI측과 협력하고, 오픈AI코리아가 문을 열었다. #OpenAI인재유출')).toEqual([
      ['KT', 'kt'],
      ['OpenAI', 'openai'],
      ['오픈AI', 'openai'],
      ['OpenAI', 'openai'],
    ]);
  });

  it('but a noun makes another company’s name (SK증권, LG유플러스 are not SK or LG)', () => {
    // (LG유플러스 is now in the dataset as a company of its own; SK증권 is not.)
    expect(found('AI 반도체 전망에서 SK증권은 목표가를 올렸고 LG유플러스는 AI 사업을 키운다. LG전자도 참여한다.')).toEqual([
      ['LG유플러스', 'lg-uplus'],
      ['LG전자', 'lg'],
    ]);
    expect(found('AI 반도체 전망에서 SK증권은 목표가를 올렸다. LG전자도 참여한다.')).toEqual([['LG전자', 'lg']]);
  });
});

