import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.js';
import { Prisma } from '../generated/prisma/client.js';
import type PrismaTypes from '../generated/pothos-types.js';

type ModelName = Uncapitalize<Prisma.ModelName>;
type Delegate = {
  findUniqueOrThrow(args: object): Promise<unknown>;
  findMany(args: object): Promise<{ id: string }[]>;
};

const delegate = (ctx: Context, model: ModelName) => ctx.prisma[model] as unknown as Delegate;

/**
 * A mutation's service returns the plain row it wrote; the GraphQL layer reads it back once with
 * the selection Pothos planned for the response (`query`), so the nested relations and computed
 * selects the client asked for come in one statement after the commit — not one per nested field,
 * and never stale preloaded data.
 */
export async function reload<R extends { id: string }>(ctx: Context, model: ModelName, query: object, row: R | Promise<R>): Promise<R> {
  const { id } = await row;
  return (await delegate(ctx, model).findUniqueOrThrow({ ...query, where: { id } })) as R;
}

/**
 * The same for a list of rows, in their original order, in one statement. `where` is repeated
 * beside the ids (findPage passes the list's scope). A row that is gone, or no longer matches, is
 * left out rather than answered as a hole in a list of non-null items.
 */
export async function reloadMany<R extends { id: string }>(
  ctx: Context,
  model: ModelName,
  query: object,
  rows: readonly R[] | Promise<readonly R[]>,
  where?: object,
): Promise<R[]> {
  const ids = (await rows).map((r) => r.id);
  if (!ids.length) return [];
  const found = await delegate(ctx, model).findMany({ ...query, where: where ? { AND: [{ id: { in: ids } }, where] } : { id: { in: ids } } });
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []) as unknown as R[];
}

/**
 * A related row a mutation payload names (e.g. the parent of a new unit), read by id with the
 * client's selection; the row type comes from the field it resolves.
 */
export async function reloadById<M extends ModelName>(ctx: Context, model: M, query: object, id: string): Promise<PrismaTypes[Capitalize<M>]['Shape']> {
  return (await delegate(ctx, model).findUniqueOrThrow({ ...query, where: { id } })) as PrismaTypes[Capitalize<M>]['Shape'];
}

/**
 * One page of a connection with the client's selection, in two statements: the page's ids (the
 * connection's cursor, take and skip, the caller's filter and order), then those rows with their
 * relations, joined in the database (relationJoins), in the page's order.
 *
 * Why two: in one statement Prisma builds every row's relations in LATERAL subqueries before
 * PostgreSQL sorts and cuts the page, so a page of 100 of a bureau's 2,701 units would build the
 * relations of all 2,701. Asking for the ids first bounds that work by the page. A selection without
 * relations is read in one statement. The second statement repeats the filter, so a row that left
 * the viewer's scope in between is dropped rather than shown.
 *
 * `args` is the connection's arguments object, which Pothos hands to both the list's resolver and
 * its `totalCount`: when this first page holds the whole list (it came back shorter than it asked
 * for), the list's size is recorded against it and `countPage` answers without a statement.
 */
export async function findPage<R extends { id: string }>(
  ctx: Context,
  model: ModelName,
  query: { include?: object; select?: object; take?: number; skip?: number; cursor?: object },
  { args, raw, ...list }: { where: object; orderBy: object; args?: object; raw?: RawIdPage | null },
): Promise<R[]> {
  const { include, select, ...page } = query;
  const whole = (n: number) => {
    if (args && page.cursor == null && !page.skip && page.take != null && n < Math.abs(page.take)) ctx.loaders.pageTotals.set(args, n);
  };
  // An include names relations only; a select names relations with their own selection (objects).
  const joins = include ? Object.values(include).some(Boolean) : !!select && Object.values(select).some((v) => typeof v === 'object' && v !== null);
  if (!joins) {
    const rows = (await delegate(ctx, model).findMany({ ...query, ...list })) as unknown as R[];
    whole(rows.length);
    return rows;
  }
  // A first page forwards (no cursor, no skip) whose list has an SQL form: its ids and, when the
  // response asks for it, the list's size in one raw statement (issue 24, lever 2).
  if (raw && page.cursor == null && !page.skip && page.take != null && page.take > 0) {
    const counted = !!args && raw.total;
    const rows = await ctx.prisma.$queryRaw<{ id: string; total?: bigint | number }[]>`
      SELECT u."id"${counted ? Prisma.sql`, count(*) OVER () AS "total"` : Prisma.empty}
      FROM ${Prisma.raw(`"${raw.table}"`)} u WHERE ${raw.where} ORDER BY ${raw.orderBy} LIMIT ${page.take}`;
    if (counted) ctx.loaders.pageTotals.set(args, rows.length ? Number(rows[0]!.total) : 0);
    else whole(rows.length);
    return reloadMany(ctx, model, include ? { include } : { select }, rows.map(({ id }) => ({ id })) as R[], list.where);
  }
  const ids = await delegate(ctx, model).findMany({ ...page, ...list, select: { id: true } });
  whole(ids.length);
  // The filter again: a row that left the viewer's scope between the two statements is not shown.
  return reloadMany(ctx, model, include ? { include } : { select }, ids as R[], list.where);
}

/**
 * A list's first page as one raw statement (findPage): the table (aliased `u`), the same filter and
 * order as the Prisma arguments beside it, in SQL whose scope comes from src/authz, and whether the
 * response asks for the list's size (`count(*) OVER ()` rides along only then).
 */
export interface RawIdPage {
  table: Prisma.ModelName;
  where: Prisma.Sql;
  orderBy: Prisma.Sql;
  total: boolean;
}

/** Whether a field's selection asks for `name` directly (through fragments too): e.g. a connection's totalCount. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set && set.selections.some((s) =>
      s.kind === Kind.FIELD ? s.name.value === name
        : s.kind === Kind.INLINE_FRAGMENT ? visit(s.selectionSet)
          : visit(info.fragments[s.name.value]?.selectionSet));
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/**
 * A connection's `totalCount`: the size findPage recorded when its first page held the whole list
 * (same filter, no extra statement), otherwise `count()`.
 */
export function countPage(ctx: Context, args: object, count: () => Promise<number>): number | Promise<number> {
  return ctx.loaders.pageTotals.get(args) ?? count();
}
