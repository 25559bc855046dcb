import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { DomainError } from '../errors.js';

/** Decodes a Relay global ID of an expected type; anything else is a BAD_USER_INPUT naming the field. */
export function idOf(globalId: string, typename: string, field = 'id'): string {
  try {
    const decoded = decodeGlobalID(globalId);
    if (decoded.typename === typename && decoded.id) return decoded.id;
  } catch {
    // fall through to the typed error
  }
  throw new DomainError('BAD_USER_INPUT', `${field} is not a valid ${typename} ID`, { field });
}

export function idsOf(globalIds: readonly string[] | null | undefined, typename: string, field: string): string[] | undefined {
  return globalIds?.map((g) => idOf(g, typename, field));
}

export const globalId = encodeGlobalID;
