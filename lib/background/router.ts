import { Request, type Reply } from '../messages';

type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
type Handler<T extends Request['type']> = (req: RequestOf<T>, sender: { tabId?: number; url?: string }) => Promise<unknown> | unknown;

const handlers = new Map<string, Handler<any>>();

/** Registers the background's answer to one request type. */
export function handle<T extends Request['type']>(type: T, handler: Handler<T>): void {
  handlers.set(type, handler);
}

/**
 * Validates an incoming message at the boundary and dispatches it. Invalid messages are
 * answered with an error, never passed on: content scripts run beside untrusted pages.
 */
export async function dispatch(message: unknown, sender: { tabId?: number; url?: string }): Promise<Reply<unknown>> {
  const parsed = Request.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'Rejected a malformed message.' };
  const handler = handlers.get(parsed.data.type);
  if (!handler) return { ok: false, error: `No handler for ${parsed.data.type}.` };
  try {
    return { ok: true, data: await handler(parsed.data, sender) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
