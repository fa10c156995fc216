/**
 * A schema built on its first use. The content script's schemas run on every page, yet most
 * pages never receive a message: building zod/mini schemas at start-up cost ~2-4 ms of a
 * fresh page's init (cold JIT), so they are built when the first message arrives.
 */
export function lazySchema<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}
