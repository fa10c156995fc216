import { describe, expect, it } from 'vitest';
import { loadSeeds } from '@/lib/dataset/load-node';
import { guessOrgs, orgNamesFromDataset } from '@/lib/flags/guess-orgs';
import { findQuote, quoteAround, sentenceOf } from '@/lib/flags/quote';

const orgs = orgNamesFromDataset(loadSeeds('seeds').dataset);

// Sentences from the seed articles (Korean news about AI talent moves) and English wire style.
describe('guessOrgs', () => {
  it('reads "X 출신 … Y로 이직" as from X to Y', () => {
    const g = guessOrgs('오픈AI 공동 창업자이자 핵심 인재인 존 슐먼이 라이벌 기업 앤트로픽으로 이직을 결정하면서, AI 업계의 인력 지형도가 크게 흔들리고 있다.', orgs);
    expect(g.from?.id).toBe('openai');
    expect(g.to?.id).toBe('anthropic');
  });

  it('reads "X를 떠나 Y에 합류" whatever the order of mention', () => {
    const g = guessOrgs('그는 앤트로픽에 합류하기 위해 오픈AI를 떠났다.', orgs);
    expect(g.from?.id).toBe('openai');
    expect(g.to?.id).toBe('anthropic');
  });

  it('reads English "left X to join Y"', () => {
    const g = guessOrgs('Schulman left OpenAI in August to join Anthropic.', orgs);
    expect(g).toMatchObject({ from: { id: 'openai' }, to: { id: 'anthropic' } });
  });

  it('does not find an org inside a longer word', () => {
    expect(guessOrgs('The openairline startup hired him.', orgs).found.map((o) => o.id)).not.toContain('openai');
  });

  it('guesses nothing when no org is named', () => {
    expect(guessOrgs('인공지능 업계가 격변의 과정을 거치고 있다.', orgs)).toEqual({ from: undefined, to: undefined, found: [] });
  });
});

describe('TextQuote helpers', () => {
  const text = '오픈AI 공동 창업자이자 핵심 인재인 존 슐먼이 라이벌 기업 앤트로픽으로 이직을 결정했다. 다음 문장이다. 존 슐먼이 또 나온다.';
  it('quoteAround keeps context either side and findQuote finds the right occurrence', () => {
    const start = text.indexOf('존 슐먼');
    const q = quoteAround(text, start, start + 4);
    expect(q.exact).toBe('존 슐먼');
    expect(q.prefix.endsWith('핵심 인재인 ')).toBe(true);
    expect(findQuote(text, q)).toBe(start);
    const second = text.lastIndexOf('존 슐먼');
    expect(findQuote(text, quoteAround(text, second, second + 4))).toBe(second);
    expect(findQuote('nothing here', q)).toBe(-1);
  });

  it('sentenceOf cuts the context at sentence ends', () => {
    const start = text.lastIndexOf('존 슐먼');
    expect(sentenceOf(quoteAround(text, start, start + 4))).toBe('존 슐먼이 또 나온다.');
    const first = text.indexOf('존 슐먼');
    expect(sentenceOf(quoteAround(text, first, first + 4, 100))).toBe('오픈AI 공동 창업자이자 핵심 인재인 존 슐먼이 라이벌 기업 앤트로픽으로 이직을 결정했다.');
  });
});
