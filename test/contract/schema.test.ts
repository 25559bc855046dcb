import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema, rawSchema } from '../../src/schema.js';

/** schema.graphql is the contract front-end teams build on: it must match the code and be documented. */

describe('the committed schema', () => {
  it('is what the code prints (run `npm run schema:print` after changing the schema)', () => {
    const committed = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printedSchema());
    expect(() => buildSchema(committed)).not.toThrow();
  });

  it('describes every type, field and enum value, with the Chinese term', () => {
    const missing: string[] = [];
    const chinese = /[\u4e00-\u9fff]/;
    for (const type of Object.values(rawSchema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description || !chinese.test(type.description)) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
