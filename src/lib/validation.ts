import type { z } from 'zod';
import { DomainError } from '../errors.js';

/** Validates one input value with zod; a failure is a BAD_USER_INPUT naming the field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, field: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DomainError('BAD_USER_INPUT', `${field}: ${issue?.message ?? 'invalid'}`, { field });
  }
  return result.data;
}
