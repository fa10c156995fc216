import { describe, expect, it } from 'vitest';
import { AsyncMount } from '../../lib/content/async-mount';

/** A fake UI whose creation the test resolves by hand, recording what the page would see. */
function harness() {
  const log: string[] = [];
  const creations: ((ui: { id: number }) => void)[] = [];
  let made = 0;
  const mount = new AsyncMount<{ id: number }, string>({
    create: () => new Promise((resolve) => creations.push(resolve)),
    mount: (ui) => log.push(`mount ${ui.id}`),
    show: (ui, content) => log.push(`show ${ui.id} ${content}`),
    remove: (ui) => log.push(`remove ${ui.id}`),
  });
  const resolveCreation = async (i = creations.length - 1) => {
    creations[i]!({ id: ++made });
    await Promise.resolve();
    await Promise.resolve();
  };
  return { mount, log, creations, resolveCreation };
}

describe('AsyncMount', () => {
  it('mounts on the first content and then shows each new content at once', async () => {
    const { mount, log, resolveCreation } = harness();
    const shown = mount.set('card A');
    await resolveCreation();
    await shown;
    expect(log).toEqual(['mount 1', 'show 1 card A']);
    await mount.set('card B');
    await mount.set(null);
    expect(log).toEqual(['mount 1', 'show 1 card A', 'show 1 card B', 'show 1 null']);
    expect(mount.current).toEqual({ id: 1 });
  });

  it('never adds anything to the page for null alone', async () => {
    const { mount, log, creations } = harness();
    await mount.set(null);
    expect(creations).toHaveLength(0);
    expect(log).toEqual([]);
    expect(mount.current).toBeNull();
  });

  it('does not show a card that was hidden before the UI finished creating', async () => {
    const { mount, log, resolveCreation } = harness();
    void mount.set('card A');
    void mount.set(null);
    await resolveCreation();
    expect(log).toEqual([]);
    expect(mount.current).toBeNull();
    // The next card uses the UI already created, without creating another.
    await mount.set('card B');
    expect(log).toEqual(['mount 1', 'show 1 card B']);
  });

  it('shows only the content asked for last when several renders overtake the creation', async () => {
    const { mount, log, creations, resolveCreation } = harness();
    void mount.set('card A');
    void mount.set('card B');
    const last = mount.set('card C');
    expect(creations).toHaveLength(1);
    await resolveCreation();
    await last;
    expect(log).toEqual(['mount 1', 'show 1 card C']);
  });

  it('does not mount after a destroy that arrived while the creation was pending', async () => {
    const { mount, log, creations, resolveCreation } = harness();
    void mount.set('card A');
    mount.destroy();
    await resolveCreation(0);
    expect(log).toEqual([]);
    expect(mount.current).toBeNull();
    // Shown again later: a fresh creation, and only that one is mounted.
    const again = mount.set('card B');
    expect(creations).toHaveLength(2);
    await resolveCreation(1);
    await again;
    expect(log).toEqual(['mount 2', 'show 2 card B']);
  });

  it('empties and removes a mounted UI on destroy', async () => {
    const { mount, log, resolveCreation } = harness();
    const shown = mount.set('card A');
    await resolveCreation();
    await shown;
    mount.destroy();
    expect(log).toEqual(['mount 1', 'show 1 card A', 'show 1 null', 'remove 1']);
    expect(mount.current).toBeNull();
  });

  it('lets a failed creation be retried by the next render', async () => {
    let attempts = 0;
    const log: string[] = [];
    const mount = new AsyncMount<string, string>({
      create: () => (++attempts === 1 ? Promise.reject(new Error('css failed to load')) : Promise.resolve('ui')),
      mount: () => log.push('mount'),
      show: (_ui, c) => log.push(`show ${c}`),
      remove: () => log.push('remove'),
    });
    await expect(mount.set('card A')).rejects.toThrow('css failed to load');
    await mount.set('card B');
    expect(log).toEqual(['mount', 'show card B']);
  });
});
