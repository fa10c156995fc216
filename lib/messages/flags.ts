import { z } from 'zod';

/** Requests to the flag store in the background (owned by the flags subsystem). */
export const FlagRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('flags/list-for-person'), personId: z.string().max(100) }),
]);
