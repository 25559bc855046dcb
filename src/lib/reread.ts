import type { Context } from '../context.js';

type Delegate = { findUniqueOrThrow(args: object): Promise<unknown> };

/**
 * A mutation's result, read again with the selection Pothos planned for the response (`query`):
 * the nested relations the client asked for come in this one statement, after the commit.
 */
export function reread<R extends { id: string }>(
  ctx: Context,
  model: 'risk' | 'riskResponse' | 'rectification' | 'onlineChannel' | 'channelReview' | 'channelZeroReport' | 'misconductCase',
  query: object,
  row: R,
): Promise<R> {
  return (ctx.prisma[model] as unknown as Delegate).findUniqueOrThrow({ ...query, where: { id: row.id } }) as Promise<R>;
}
