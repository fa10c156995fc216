/**
 * A small hand-made alias index for the rule tests, so that they do not move when the dataset
 * grows. Built through buildAliasIndex, like the real one.
 */
import { buildAliasIndex } from '../../lib/match/alias-index';
import type { Dataset } from '../../lib/dataset/schema';
import type { AliasIndex } from '../../lib/match/types';

const no = { en: [], ko: [], zh: [], ja: [] };

export function fixtureIndex(): AliasIndex {
  const ds: Dataset = {
    schemaVersion: 1,
    updated: '2026-01',
    orgs: [
      { id: 'openai', name: 'OpenAI', kind: 'lab', aliases: { en: ['OpenAI', 'Open AI'], ko: ['오픈AI', '오픈에이아이'], zh: [], ja: ['オープンAI'] }, shortNames: no },
      { id: 'meta', name: 'Meta', kind: 'company', aliases: { en: [{ text: 'Meta', ambiguous: true }, 'Meta Platforms'], ko: [{ text: '메타', ambiguous: true }], zh: [], ja: [] }, shortNames: no },
      { id: 'meta-superintelligence-labs', name: 'Meta Superintelligence Labs', kind: 'research-unit', parent: 'meta', aliases: { en: ['Meta Superintelligence Labs'], ko: [], zh: [], ja: [] }, shortNames: { en: [{ text: 'MSL', keepCase: true }], ko: [], zh: [], ja: [] } },
      { id: 'apple', name: 'Apple', kind: 'company', aliases: { en: [{ text: 'Apple', ambiguous: true }], ko: [{ text: '애플', ambiguous: true }], zh: [], ja: [] }, shortNames: no },
      { id: 'mistral-ai', name: 'Mistral AI', kind: 'lab', aliases: { en: ['Mistral AI', { text: 'Mistral', ambiguous: true }], ko: ['미스트랄AI'], zh: [], ja: [] }, shortNames: no },
      { id: 'google', name: 'Google', kind: 'company', aliases: { en: ['Google'], ko: ['구글'], zh: ['谷歌'], ja: [] }, shortNames: no },
      { id: 'google-deepmind', name: 'Google DeepMind', kind: 'lab', parent: 'google', aliases: { en: ['Google DeepMind', 'DeepMind'], ko: ['구글 딥마인드', '딥마인드'], zh: [], ja: [] }, shortNames: no },
      { id: 'safe-superintelligence', name: 'Safe Superintelligence', kind: 'lab', aliases: { en: ['Safe Superintelligence'], ko: [], zh: [], ja: [] }, shortNames: { en: [{ text: 'SSI', keepCase: true }], ko: [], zh: [], ja: [] } },
      { id: 'scale-ai', name: 'Scale AI', kind: 'company', aliases: { en: ['Scale AI'], ko: ['스케일AI'], zh: [], ja: [] }, shortNames: { en: [{ text: 'Scale', ambiguous: true }], ko: [], zh: [], ja: [] } },
      { id: 'huawei', name: 'Huawei', kind: 'company', aliases: { en: ['Huawei'], ko: ['화웨이'], zh: ['华为'], ja: [] }, shortNames: no },
      { id: 'deepseek', name: 'DeepSeek', kind: 'lab', aliases: { en: ['DeepSeek'], ko: ['딥시크'], zh: ['深度求索'], ja: [] }, shortNames: no },
      { id: 'anthropic', name: 'Anthropic', kind: 'lab', aliases: { en: [{ text: 'Anthropic', keepCase: true }], ko: ['앤트로픽'], zh: [], ja: ['アンソロピック'] }, shortNames: no },
    ],
    people: [
      { id: 'sam-altman', name: 'Sam Altman', aliases: { en: ['Sam Altman'], ko: ['샘 올트먼', '샘 알트만'], zh: ['萨姆·奥尔特曼'], ja: ['サム・アルトマン'] }, shortNames: { en: ['Altman'], ko: ['올트먼', '알트만'], zh: ['奥尔特曼'], ja: ['アルトマン'] }, current: { org: 'openai' }, moves: [] },
      { id: 'jack-altman', name: 'Jack Altman', aliases: { en: ['Jack Altman'], ko: ['잭 올트먼'], zh: [], ja: [] }, shortNames: { en: ['Altman'], ko: ['올트먼'], zh: [], ja: [] }, moves: [] },
      { id: 'john-schulman', name: 'John Schulman', aliases: { en: ['John Schulman'], ko: ['존 슐먼', '존 슐만'], zh: ['约翰·舒尔曼'], ja: ['ジョン・シュルマン'] }, shortNames: { en: ['Schulman'], ko: ['슐먼', '슐만'], zh: [], ja: ['シュルマン'] }, moves: [] },
      { id: 'demis-hassabis', name: 'Demis Hassabis', aliases: { en: ['Demis Hassabis'], ko: ['데미스 허사비스'], zh: [], ja: [] }, shortNames: { en: ['Hassabis'], ko: ['허사비스'], zh: [], ja: [] }, moves: [] },
      { id: 'mark-zuckerberg', name: 'Mark Zuckerberg', aliases: { en: ['Mark Zuckerberg'], ko: ['마크 저커버그', '마크 주커버그'], zh: [], ja: [] }, shortNames: { en: ['Zuckerberg'], ko: ['저커버그', '주커버그'], zh: [], ja: [] }, moves: [] },
      { id: 'yann-lecun', name: 'Yann LeCun', aliases: { en: ['Yann LeCun'], ko: ['얀 르쿤'], zh: [], ja: [] }, shortNames: { en: ['LeCun'], ko: ['르쿤'], zh: [], ja: [] }, moves: [{ to: 'meta', date: '2013-12', sources: [], unsourced: true }] },
      { id: 'alexandr-wang', name: 'Alexandr Wang', aliases: { en: ['Alexandr Wang'], ko: ['알렉산더 왕'], zh: [], ja: [] }, shortNames: no, moves: [{ to: 'scale-ai', date: '2016', sources: [], unsourced: true }, { from: 'scale-ai', to: 'meta-superintelligence-labs', date: '2025-06', sources: [], unsourced: true }] },
      { id: 'zheng-bo', name: 'Zheng Bo', aliases: { en: ['Zheng Bo'], ko: ['정보'], zh: ['郑博'], ja: [] }, shortNames: no, moves: [] },
      { id: 'liang-wenfeng', name: 'Liang Wenfeng', aliases: { en: ['Liang Wenfeng'], ko: ['량원펑'], zh: ['梁文锋'], ja: [] }, shortNames: no, moves: [] },
    ],
  };
  return buildAliasIndex(ds);
}
