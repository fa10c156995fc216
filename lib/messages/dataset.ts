import { z } from 'zod';

/** Requests answered from the full dataset the background holds (owned by the in-page subsystem). */
export const DatasetRequest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('dataset/get-entity'), id: z.string().max(100) }),
]);
