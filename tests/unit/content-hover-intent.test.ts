import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '@/lib/content/hover-intent';

/** Records open/close calls; timers are vitest's fake timers, so no real time passes. */
function setup() {
  const log: string[] = [];
  const intent = new HoverIntent<string>(
    (a, b) => a === b,
    (k) => log.push(`open ${k}`),
    () => log.push('close'),
    { setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
    200,
    300,
  );
  return { log, intent };
}

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests on a name for the intent delay', () => {
    const { log, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(199);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a']);
  });

  it('passing over a name without resting opens nothing', () => {
    const { log, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(100);
    intent.pointerAt(null);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
  });

  it('moving within the same name does not restart the delay', () => {
    const { log, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(150);
    intent.pointerAt('a');
    vi.advanceTimersByTime(50);
    expect(log).toEqual(['open a']);
  });

  it('moving from the name onto the card keeps it open (no flicker), leaving the card closes it', () => {
    const { log, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(200);
    intent.pointerAt(null); // the gap between name and card
    vi.advanceTimersByTime(100);
    intent.pointerOnCard(true);
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open a']);
    intent.pointerOnCard(false);
    vi.advanceTimersByTime(299);
    expect(log).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a', 'close']);
  });

  it('returning to the name within the grace period cancels the close', () => {
    const { log, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(200);
    intent.pointerAt(null);
    vi.advanceTimersByTime(200);
    intent.pointerAt('a');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open a']);
  });

  it('a different name replaces the card after its own delay', () => {
    const { log, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(200);
    intent.pointerAt('b');
    vi.advanceTimersByTime(199);
    expect(log).toEqual(['open a']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open a', 'open b']);
    expect(intent.current).toBe('b');
  });

  it('dismiss closes at once and cancels a pending open', () => {
    const { log, intent } = setup();
    intent.pointerAt('a');
    vi.advanceTimersByTime(200);
    intent.pointerAt('b');
    intent.dismiss();
    vi.advanceTimersByTime(1000);
    expect(log).toEqual(['open a', 'close']);
    expect(intent.current).toBeNull();
  });

  it('a card shown from the keyboard stays until the pointer leaves it', () => {
    const { log, intent } = setup();
    intent.markShown('k');
    intent.pointerAt('k');
    vi.advanceTimersByTime(1000);
    expect(log).toEqual([]);
    intent.pointerAt(null);
    vi.advanceTimersByTime(300);
    expect(log).toEqual(['close']);
  });
});
