/** zod schema for an ImportMapping that arrives over IPC or from the browser host. */
import { z } from 'zod';
import type { ImportMapping } from './mapping';

const MAX_COLUMNS = 5000;
const MAX_VALUES = 100_000;
const text = z.string().max(32_767);

const columnTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('item'), itemCode: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('group') }),
  z.object({ kind: z.literal('respondentCode') }),
  z.object({ kind: z.literal('ignore') }),
]);

export const importMappingSchema = z.object({
  columns: z
    .array(
      z.object({
        index: z.number().int().min(0).max(MAX_COLUMNS),
        header: text,
        target: columnTargetSchema,
        reason: z.enum([
          'code',
          'text',
          'fuzzyText',
          'header',
          'values',
          'personalData',
          'none',
          'manual',
        ]),
        personalData: z.boolean(),
      }),
    )
    .max(MAX_COLUMNS),
  labels: z
    .array(
      z.object({
        scale: z.enum(['likert', 'needs']),
        text,
        count: z.number().int().min(0),
        value: z.union([z.number().finite(), z.literal('missing'), z.null()]),
      }),
    )
    .max(MAX_VALUES),
  groupValues: z
    .array(
      z.object({
        text,
        count: z.number().int().min(0),
        groupId: z.string().min(1).max(200).nullable(),
      }),
    )
    .max(MAX_VALUES),
}) satisfies z.ZodType<ImportMapping>;
