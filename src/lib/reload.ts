import type { Context } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
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

/** The same for a list of rows, in their original order. */
export async function reloadMany<R extends { id: string }>(ctx: Context, model: ModelName, query: object, rows: readonly R[] | Promise<readonly R[]>): Promise<R[]> {
  const ids = (await rows).map((r) => r.id);
  const found = await delegate(ctx, model).findMany({ ...query, where: { id: { in: ids } } });
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!) as unknown as R[];
}

/**
 * A related row a mutation payload names (e.g. the parent of a new unit), read by id with the
 * client's selection; the row type comes from the field it resolves.
 */
export async function reloadById<M extends ModelName>(ctx: Context, model: M, query: object, id: string): Promise<PrismaTypes[Capitalize<M>]['Shape']> {
  return (await delegate(ctx, model).findUniqueOrThrow({ ...query, where: { id } })) as PrismaTypes[Capitalize<M>]['Shape'];
}
