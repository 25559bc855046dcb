import { describe, expect, it } from 'vitest';
import { preparedStatementNames } from '../../src/db/client.js';

describe('prepared statement names (PostgreSQL)', () => {
  it('names each SQL text once, the same name every time, and stops naming at the limit', () => {
    const nameOf = preparedStatementNames(3);
    const a = nameOf({ sql: 'SELECT 1' });
    expect(nameOf({ sql: 'SELECT 1' })).toBe(a);
    const names = ['SELECT 2', 'SELECT 3'].map((sql) => nameOf({ sql }));
    expect(new Set([a, ...names]).size).toBe(3);
    // Past the limit a text runs unnamed (pg then neither parses it once nor keeps it on the connection).
    expect(nameOf({ sql: 'SELECT 4' })).toBeUndefined();
    expect(nameOf({ sql: 'SELECT 4' })).toBeUndefined();
    expect(nameOf({ sql: 'SELECT 2' })).toBe(names[0]);
  });
});
