import type { Flag } from '@/lib/flags/schema';

/** A valid flag to vary in tests (example.com evidence: test data, not a claim about anyone). */
export function sampleFlag(over: Partial<Flag> = {}): Flag {
  return {
    id: '0b6f6d8e-7c1a-4f57-9d3e-2b8f1c4a5e60',
    person: { id: 'john-schulman', name: 'John Schulman' },
    from: { id: 'openai', name: 'OpenAI' },
    to: { id: 'anthropic', name: 'Anthropic' },
    date: '2024-08',
    dateKind: 'reported',
    evidence: { url: 'https://example.com/article', title: 'Example article', quote: { exact: '존 슐먼이', prefix: '핵심 인재인 ', suffix: ' 라이벌 기업' } },
    note: '',
    author: 'Tester',
    createdAt: '2026-11-24T01:00:00.000Z',
    updatedAt: '2026-11-24T01:00:00.000Z',
    status: 'open',
    deleted: false,
    ...over,
  };
}
