import { z } from 'zod';
import { DatasetRequest } from './dataset';
import { FlagRequest } from './flags';

/**
 * Every message a content script or extension page sends to the background. The background
 * validates each one against this union at the boundary and answers `{ ok: true, data }` or
 * `{ ok: false, error }` — never throws across the boundary.
 */
export const Request = z.discriminatedUnion('type', [...DatasetRequest.options, ...FlagRequest.options]);
export type Request = z.infer<typeof Request>;

/** One thing wrong with a request's data: where (a path into it, e.g. ['evidence', 'url']) and what. */
export interface Problem {
  path: (string | number)[];
  message: string;
}

/** `problems` is set when a handler checked the request's data itself, so a form can mark each wrong field. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string; problems?: Problem[] };
