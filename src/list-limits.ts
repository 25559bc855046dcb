import {
  GraphQLError, TypeInfo, getNamedType, getNullableType, isInputObjectType, isListType, visit, visitWithTypeInfo,
  type DocumentNode, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Caps on list arguments (ids, filters, nested input lists), checked on every operation before it
 * runs — so before any database work — on the document *and* on the variables' values, which
 * graphql-armor's cost limit never sees. Generic: it walks the operation with the schema's types,
 * so every list argument and input-object field, present or future, is covered.
 */
export const LIST_LIMITS = {
  /** Items in any one list argument or list input field. */
  defaultItems: 100,
  /** Larger limits where a real request needs them, by `Type.field.argument` or `InputType.field`. */
  perArgument: { 'RecordTrainingInput.participants': 1000 } as Record<string, number>,
  /** Items of all lists of one operation together (aliases and fragments reusing a list count each time). */
  totalItems: 1000,
};

interface Violation { code: 'LIST_TOO_LONG' | 'QUERY_TOO_COMPLEX'; where: string; limit: number; length: number }

/** The first list argument over its limit, or the operation's total over the budget; undefined when within. */
export function checkListSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): Violation | undefined {
  const typeInfo = new TypeInfo(schema);
  let total = 0;
  let violation: Violation | undefined;
  // The name of the innermost argument or input field being visited, for limits and messages.
  const names: string[] = [];

  const count = (length: number, where: string) => {
    if (violation) return;
    const limit = LIST_LIMITS.perArgument[where] ?? LIST_LIMITS.defaultItems;
    if (length > limit) violation = { code: 'LIST_TOO_LONG', where, limit, length };
    total += length;
    if (!violation && total > LIST_LIMITS.totalItems) violation = { code: 'QUERY_TOO_COMPLEX', where, limit: LIST_LIMITS.totalItems, length: total };
  };

  // A variable's raw value measured against the type expected where it is used.
  const measure = (value: unknown, type: GraphQLInputType, where: string, depth = 0): void => {
    if (violation || value == null || depth > 20) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (!Array.isArray(value)) return; // a single value for a list: coercion wraps it, one item
      count(value.length, where);
      for (const item of value.slice(0, LIST_LIMITS.defaultItems * 10)) measure(item, nullable.ofType, where, depth + 1);
      return;
    }
    if (isInputObjectType(nullable) && typeof value === 'object' && !Array.isArray(value)) {
      const fields = nullable.getFields();
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const field = fields[key];
        if (field) measure(item, field.type, `${nullable.name}.${key}`, depth + 1);
      }
    }
  };

  visit(document, visitWithTypeInfo(typeInfo, {
    Argument: {
      enter(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        names.push(`${parent?.name ?? '?'}.${field?.name ?? '?'}.${node.name.value}`);
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
      count(node.values.length, names.at(-1) ?? '?');
    },
    Variable(node) {
      const type = typeInfo.getInputType();
      if (type) measure(variables[node.name.value], type, names.at(-1) ?? '?');
    },
    VariableDefinition() {
      return false; // a default value in the document is bounded by the token limit
    },
  }));
  return violation;
}

export function listLimitError(v: Violation): GraphQLError {
  const message = v.code === 'LIST_TOO_LONG'
    ? `列表过长 (${v.where} has ${v.length} items; the limit is ${v.limit})`
    : `列表项总数过多 (the operation's lists hold ${v.length} items together; the limit is ${v.limit})`;
  return new GraphQLError(message, { extensions: { code: v.code, argument: v.where, limit: v.limit, http: { status: 400 } } });
}

/** Refuses an operation whose lists are too long before it executes (queries, mutations, subscriptions). */
export function useListLimits(): Plugin {
  const check = ({ args, setResultAndStopExecution }: {
    args: { schema: GraphQLSchema; document: DocumentNode; variableValues?: unknown };
    setResultAndStopExecution: (result: never) => void;
  }) => {
    const violation = checkListSizes(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>);
    if (violation) setResultAndStopExecution({ errors: [listLimitError(violation)] } as never);
  };
  return { onExecute: check, onSubscribe: check as never };
}
