import { browser } from 'wxt/browser';
import { FlagsChangedMessage } from '@/lib/messages/content';

/**
 * Calls `onChange(personIds)` whenever the background broadcasts changed flags (a local edit
 * in any tab, or a sync). Returns the unsubscribe function. The listener never answers, so it
 * cannot steal replies meant for other listeners.
 */
export function subscribeFlagsChanged(onChange: (personIds: string[]) => void): () => void {
  const listener = (message: unknown): undefined => {
    const m = FlagsChangedMessage().safeParse(message);
    if (m.success) onChange(m.data.personIds);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

