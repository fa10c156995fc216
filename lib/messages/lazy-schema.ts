/**
 * A schema built on its first use. The card UI's schemas run in pages, yet most never receive a
 * message: building zod/mini schemas at start-up cost ~2-4 ms there (cold JIT), so they are
 * built when the first message arrives.
 */
export function lazySchema<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}
