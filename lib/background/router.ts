import type { z } from 'zod';
import { Request, type Problem, type Reply } from '../messages';

const MALFORMED = 'Rejected a malformed message.';

/** Thrown by a handler whose request data failed its schema: the reply lists the problems. */
export class InvalidRequest extends Error {
  constructor(readonly problems: Problem[]) {
    super(MALFORMED);
  }
}

/**
 * Parses data a request carries with its one schema, or throws InvalidRequest naming each
 * problem (path + zod's message), for requests whose sender shows field-level errors.
 */
export function parseOrReject<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new InvalidRequest(
    parsed.error.issues.map((i) => ({ path: i.path.map((k) => (typeof k === 'symbol' ? String(k) : k)), message: i.message })),
  );
}

type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
/** Who sent a request: a tab's frame (its document, where the browser reports one), or an extension page. */
export interface Sender {
  tabId?: number;
  frameId?: number;
  documentId?: string;
  url?: string;
}
type Handler<T extends Request['type']> = (req: RequestOf<T>, sender: Sender) => Promise<unknown> | unknown;

const handlers = new Map<string, Handler<any>>();

/** Registers the background's answer to one request type. */
export function handle<T extends Request['type']>(type: T, handler: Handler<T>): void {
  handlers.set(type, handler);
}

/** The answer registered for a request type (a test that swaps one in puts this one back). */
export function handlerFor<T extends Request['type']>(type: T): Handler<T> | undefined {
  return handlers.get(type);
}

/**
 * Validates an incoming message at the boundary and dispatches it. Invalid messages are
 * answered with an error, never passed on: content scripts run beside untrusted pages.
 */
export async function dispatch(message: unknown, sender: Sender): Promise<Reply<unknown>> {
  const parsed = Request.safeParse(message);
  if (!parsed.success) return { ok: false, error: MALFORMED };
  const handler = handlers.get(parsed.data.type);
  if (!handler) return { ok: false, error: `No handler for ${parsed.data.type}.` };
  try {
    return { ok: true, data: await handler(parsed.data, sender) };
  } catch (e) {
    if (e instanceof InvalidRequest) return { ok: false, error: e.message, problems: e.problems };
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
