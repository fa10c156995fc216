import { describe, expect, it } from 'vitest';
import { Cancelled, ChunkClock, yieldToPage } from '@/lib/content/scheduler';

describe('chunked scheduler', () => {
  it('yields with the MessageChannel fallback where scheduler.yield is missing (Node)', async () => {
    let after = false;
    const p = yieldToPage().then(() => (after = true));
    expect(after).toBe(false);
    await p;
    expect(after).toBe(true);
  });

  it('a clock with a zero budget is always due, and counts chunks', async () => {
    const clock = new ChunkClock(() => false, 0);
    expect(clock.due()).toBe(true);
    await clock.next();
    await clock.next();
    expect(clock.chunks).toBe(3);
  });

  it('a cancelled job stops at its next yield', async () => {
    let cancelled = false;
    const clock = new ChunkClock(() => cancelled, 0);
    await clock.next();
    cancelled = true;
    await expect(clock.next()).rejects.toBeInstanceOf(Cancelled);
    expect(() => clock.check()).toThrow(Cancelled);
  });
});
