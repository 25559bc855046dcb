import {
  GraphQLError, Kind, TypeInfo, getNamedType, getNullableType, isInputObjectType, isListType, isScalarType, visit, visitWithTypeInfo,
  type DocumentNode, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { invalidCharacters, textProblem, type TextProblem } from './lib/validation.js';

/**
 * One pass over every operation's inputs, before it runs (so before any resolver touches the
 * database), on the document *and* on the variables' values — which graphql-armor's cost limit
 * never sees. Generic: it walks the operation with the schema's types, so every argument and
 * input-object field, present or future, is covered without being named.
 *
 * - Lists: at most `LIST_LIMITS.defaultItems` items in any one list argument or list input field
 *   (`LIST_TOO_LONG`), and `totalItems` across all lists of the operation (`QUERY_TOO_COMPLEX`).
 * - Text: every string refuses NUL, lone surrogates and bidirectional controls
 *   (`INVALID_CHARACTERS`, the rule in `lib/validation.ts`).
 * - Cursors: `after`/`before` must be a cursor this server could have issued (`BAD_USER_INPUT`),
 *   so that `GPC:N:1` and the like never reach a query.
 */
export const LIST_LIMITS = {
  /** Items in any one list argument or list input field. */
  defaultItems: 100,
  /** Larger limits where a real request needs them, by `Type.field.argument` or `InputType.field`. */
  perArgument: { 'RecordTrainingInput.participants': 1000 } as Record<string, number>,
  /** Items of all lists of one operation together (aliases and fragments reusing a list count each time). */
  totalItems: 1000,
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** The cursors Pothos issues here: offsets, and Prisma keys that are text, big integers or tuples of them. */
const CURSOR_CHUNK = /^(S:[^\u0000]{1,200}|I:\d{1,20}|N:\d{1,15})$/;
export function isWellFormedCursor(cursor: string): boolean {
  if (cursor.length > 1000 || !/^[A-Za-z0-9+/=_-]*$/.test(cursor)) return false;
  const decoded = Buffer.from(cursor, 'base64').toString('utf8');
  if (textProblem(decoded) || decoded.includes('\uFFFD')) return false;
  if (/^OffsetConnection:\d{1,9}$/.test(decoded)) return true;
  if (/^GPC:[SI]:./.test(decoded)) return CURSOR_CHUNK.test(decoded.slice(4));
  if (decoded.startsWith('GPC:T:')) {
    try {
      const parts: unknown = JSON.parse(decoded.slice(6));
      return Array.isArray(parts) && parts.length > 0 && parts.length <= 4 && parts.every((p) => typeof p === 'string' && CURSOR_CHUNK.test(p));
    } catch {
      return false;
    }
  }
  return false;
}

type Violation =
  | { code: 'BAD_USER_INPUT'; where: string; cursor: true }
  | { code: 'LIST_TOO_LONG' | 'QUERY_TOO_COMPLEX'; where: string; limit: number; length: number }
  | { code: 'INVALID_CHARACTERS'; where: string; problem: TextProblem };

/** The first input over a limit or holding refused characters; undefined when all is well. */
export function checkInputs(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): Violation | undefined {
  const typeInfo = new TypeInfo(schema);
  let total = 0;
  let violation: Violation | undefined;
  // The innermost argument or input field being visited, for limits and messages.
  const names: string[] = [];
  const here = () => names.at(-1) ?? '?';

  const count = (length: number, where: string) => {
    if (violation) return;
    const limit = LIST_LIMITS.perArgument[where] ?? LIST_LIMITS.defaultItems;
    if (length > limit) violation = { code: 'LIST_TOO_LONG', where, limit, length };
    total += length;
    if (!violation && total > LIST_LIMITS.totalItems) violation = { code: 'QUERY_TOO_COMPLEX', where, limit: LIST_LIMITS.totalItems, length: total };
  };
  const text = (value: string, where: string) => {
    if (violation) return;
    const problem = textProblem(value);
    if (problem) violation = { code: 'INVALID_CHARACTERS', where, problem };
  };
  // Strings anywhere inside a JSON scalar's value.
  const anyText = (value: unknown, where: string, depth: number): void => {
    if (violation || depth > 20) return;
    if (typeof value === 'string') text(value, where);
    else if (Array.isArray(value)) value.slice(0, 1000).forEach((v) => anyText(v, where, depth + 1));
    else if (isPlainObject(value)) { // not a File, Buffer or other non-JSON object
      for (const [k, v] of Object.entries(value).slice(0, 1000)) { text(k, where); anyText(v, where, depth + 1); }
    }
  };

  // A variable's raw value measured against the type expected where it is used.
  const measure = (value: unknown, type: GraphQLInputType, where: string, depth = 0): void => {
    if (violation || value == null || depth > 20) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (!Array.isArray(value)) return measure(value, nullable.ofType, where, depth + 1); // coerced to a one-item list
      count(value.length, where);
      for (const item of value.slice(0, LIST_LIMITS.totalItems)) measure(item, nullable.ofType, where, depth + 1);
      return;
    }
    if (isInputObjectType(nullable)) {
      if (!isPlainObject(value)) return; // coercion refuses it
      const fields = nullable.getFields();
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const field = fields[key];
        if (field) measure(item, field.type, `${nullable.name}.${key}`, depth + 1);
      }
      return;
    }
    if (isScalarType(nullable)) anyText(value, where, depth);
  };

  const cursor = (value: unknown, where: string) => {
    if (!violation && typeof value === 'string' && !isWellFormedCursor(value)) violation = { code: 'BAD_USER_INPUT', where, cursor: true };
  };

  visit(document, visitWithTypeInfo(typeInfo, {
    Argument: {
      enter(node) {
        const where = `${typeInfo.getParentType()?.name ?? '?'}.${typeInfo.getFieldDef()?.name ?? '?'}.${node.name.value}`;
        names.push(where);
        const connection = getNamedType(typeInfo.getFieldDef()?.type)?.name.endsWith('Connection');
        if (connection && (node.name.value === 'after' || node.name.value === 'before')) {
          if (node.value.kind === Kind.STRING) cursor(node.value.value, where);
          if (node.value.kind === Kind.VARIABLE) cursor(variables[node.value.name.value], where);
        }
      },
      leave() { names.pop(); },
    },
    ObjectField: {
      enter(node) {
        const parent = typeInfo.getParentInputType();
        names.push(`${parent ? getNamedType(parent).name : '?'}.${node.name.value}`);
      },
      leave() { names.pop(); },
    },
    ListValue(node) {
      count(node.values.length, here());
    },
    StringValue(node) {
      text(node.value, here());
    },
    Variable(node) {
      const type = typeInfo.getInputType();
      if (type) measure(variables[node.name.value], type, here());
    },
    VariableDefinition() {
      return false; // a default value in the document is bounded by the token limit
    },
  }));
  return violation;
}

export function inputError(v: Violation): GraphQLError {
  if (v.code === 'BAD_USER_INPUT') {
    return new GraphQLError(`游标无效 (${v.where} is not a cursor this list issued)`, { extensions: { code: v.code, field: v.where } });
  }
  if (v.code === 'INVALID_CHARACTERS') {
    const error = invalidCharacters(v.where, v.problem);
    error.extensions.argument = v.where;
    return error;
  }
  const message = v.code === 'LIST_TOO_LONG'
    ? `列表过长 (${v.where} has ${v.length} items; the limit is ${v.limit})`
    : `列表项总数过多 (the operation's lists hold ${v.length} items together; the limit is ${v.limit})`;
  return new GraphQLError(message, { extensions: { code: v.code, argument: v.where, limit: v.limit, http: { status: 400 } } });
}

/** Refuses an operation whose inputs break the limits before it executes (queries, mutations, subscriptions). */
export function useInputLimits(): Plugin {
  const check = ({ args, setResultAndStopExecution }: {
    args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: unknown };
    setResultAndStopExecution: (result: never) => void;
  }) => {
    const violation = checkInputs(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>);
    if (violation) setResultAndStopExecution({ errors: [inputError(violation)] } as never);
  };
  return { onExecute: check, onSubscribe: check as never };
}
