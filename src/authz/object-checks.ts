import {
  GraphQLError, getNamedType, isAbstractType, isLeafType, isObjectType,
  type GraphQLAbstractType, type GraphQLNamedType, type GraphQLResolveInfo, type GraphQLSchema,
} from 'graphql';
import type { IMiddlewareFunction } from 'graphql-middleware';
import type { Context } from '../context.js';
import type { CheckVerdict, Pending } from './verdict-cache.js';

/**
 * One check per object, not per field (issue 12).
 *
 * Every object type has an object check: a row guard (row-guards.ts) for row types, a test of the
 * viewer alone for the others (payloads, aggregates). An object reaches the client only through a
 * field that returns it, so that is where it is checked: every field whose type is an object,
 * interface or union type is wrapped (`edgeMiddleware`) and each object it returns is checked,
 * once per object and request (the verdict is cached per object; a viewer test once per type and
 * request). A field that returns an object failing its check answers FORBIDDEN (or the test's own
 * error, e.g. UNAUTHENTICATED) instead of data. A type without a check is refused.
 *
 * graphql-shield stays the second layer in front of the fields (`fallbackRule: deny`): its rule
 * for a type reads the same cached verdict, so it costs a lookup, not a second evaluation; the
 * leaf (scalar and enum) fields of a checked type are listed in shield's tree with `parentChecked`
 * and are then left unwrapped, so they resolve synchronously — their object was checked before any
 * of its fields could run.
 */
export type ObjectCheck = (object: unknown, ctx: Context) => CheckVerdict | Promise<CheckVerdict>;

export interface TypeCheck {
  check: ObjectCheck;
  /** true: the verdict depends on the viewer only (evaluated once per type and request). */
  perRequest: boolean;
}


const isThenable = (v: unknown): v is PromiseLike<unknown> => !!v && typeof (v as { then?: unknown }).then === 'function';

function settle(store: (v: Pending) => void, pending: Pending): Pending {
  if (!isThenable(pending)) return pending;
  const settled = Promise.resolve(pending).then(
    (v) => { store(v); return v; },
    (error: unknown) => { const e = error instanceof Error ? error : new Error(String(error)); store(e); return e; },
  );
  store(settled);
  return settled;
}

/** The verdict on one object of a type, computed once per request. Unknown types: false. */
export function verdictOf(checks: Readonly<Record<string, TypeCheck>>, typeName: string, object: unknown, ctx: Context): Pending {
  const typeCheck = checks[typeName];
  if (!typeCheck || object === null || object === undefined) return false;
  const cache = ctx.loaders.verdicts;
  if (typeCheck.perRequest) {
    const known = cache.types.get(typeName);
    if (known !== undefined) return known;
    let pending: Pending;
    try { pending = typeCheck.check(object, ctx); } catch (error) { pending = error as Error; }
    cache.types.set(typeName, pending);
    return settle((v) => cache.types.set(typeName, v), pending);
  }
  if (typeof object !== 'object') return false;
  let rows = cache.rows.get(typeName);
  if (!rows) cache.rows.set(typeName, (rows = new WeakMap()));
  const known = rows.get(object);
  if (known !== undefined) return known;
  let pending: Pending;
  try { pending = typeCheck.check(object, ctx); } catch (error) { pending = error as Error; }
  rows.set(object, pending);
  const target = rows;
  return settle((v) => target.set(object, v), pending);
}

const FORBIDDEN = () => new GraphQLError('无权限 (not allowed)', { extensions: { code: 'FORBIDDEN' } });

/** What a field answers for the verdicts on the objects it returns: the value, or the first refusal. */
function outcome<T>(value: T, verdicts: readonly CheckVerdict[]): T | Error {
  for (const v of verdicts) {
    if (v instanceof Error) return v;
    if (v !== true) return FORBIDDEN();
  }
  return value;
}

/** The concrete object type of a value returned where an interface or union is expected. */
function concreteType(type: GraphQLAbstractType, value: unknown, ctx: Context, info: GraphQLResolveInfo): string | undefined | Promise<string | undefined> {
  const resolved = type.resolveType?.(value, ctx, info, type);
  if (resolved !== undefined && resolved !== null) return resolved as string | Promise<string | undefined>;
  for (const possible of info.schema.getPossibleTypes(type)) {
    if (possible.isTypeOf?.(value, ctx, info) === true) return possible.name;
  }
  return undefined;
}

/** The verdict on one returned item (an object of `named`, or of one of its possible types). */
function itemVerdict(item: object, named: GraphQLNamedType, checks: Readonly<Record<string, TypeCheck>>, ctx: Context, info: GraphQLResolveInfo): Pending {
  if (!isAbstractType(named)) return verdictOf(checks, named.name, item, ctx);
  const typeName = concreteType(named, item, ctx, info);
  return isThenable(typeName) ? Promise.resolve(typeName).then((t) => (t ? verdictOf(checks, t, item, ctx) : false)) : typeName ? verdictOf(checks, typeName, item, ctx) : false;
}

/**
 * Checks every object in a field's result (lists at any depth); synchronous when every check is.
 * Written without per-call closures: it runs for every object-returning field of every row.
 */
function checkResult(value: unknown, named: GraphQLNamedType, checks: Readonly<Record<string, TypeCheck>>, ctx: Context, info: GraphQLResolveInfo): unknown {
  if (value === null || value === undefined || value instanceof Error) return value;
  if (!Array.isArray(value)) {
    if (isThenable(value)) return Promise.resolve(value).then((v) => checkResult(v, named, checks, ctx, info));
    const v = itemVerdict(value as object, named, checks, ctx, info);
    if (v === true) return value;
    return isThenable(v) ? Promise.resolve(v).then((settled) => outcome(value, [settled])) : outcome(value, [v]);
  }
  let pending: Pending[] | undefined;
  for (const item of value as unknown[]) {
    if (item === null || item === undefined || item instanceof Error) continue;
    // Nested lists, and lists of promises (loadable lists): wait for the items, then check them.
    if (Array.isArray(item) || isThenable(item)) return deepAll(value).then((resolved) => checkResult(resolved, named, checks, ctx, info));
    const v = itemVerdict(item as object, named, checks, ctx, info);
    if (v === true) continue;
    if (!isThenable(v)) return outcome(value, [v]);
    (pending ??= []).push(v);
  }
  if (!pending) return value;
  return Promise.all(pending).then((settled) => outcome(value, settled));
}

async function deepAll(value: unknown): Promise<unknown> {
  const item = await value;
  return Array.isArray(item) ? Promise.all(item.map(deepAll)) : item;
}

/**
 * The middleware checking what each object-returning field returns, as a graphql-middleware field
 * map: every field of every object type (root types included) whose type is not a leaf.
 */
export function edgeMiddleware(schema: GraphQLSchema, checks: Readonly<Record<string, TypeCheck>>) {
  const map: Record<string, Record<string, IMiddlewareFunction>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isLeafType(named)) continue;
      // Typed as returning a promise; graphql-middleware passes a plain value through, which keeps sync fields sync.
      const middleware = ((resolve: (...a: unknown[]) => unknown, parent: unknown, args: unknown, ctx: Context, info: GraphQLResolveInfo) => {
        const result = resolve(parent, args, ctx, info);
        return isThenable(result)
          ? Promise.resolve(result).then((value) => checkResult(value, named, checks, ctx, info))
          : checkResult(result, named, checks, ctx, info);
      }) as unknown as IMiddlewareFunction;
      (map[type.name] ??= {})[field.name] = middleware;
    }
  }
  return map;
}
