import type { Context } from '../context.js';

type Query = { include?: unknown; select?: unknown };
type Row = { id: string };

/**
 * A mutation's service returns the plain row it wrote; the GraphQL layer reads it back once with the
 * selection Pothos asks for (nested relations, counts, computed selects), so a mutation's payload
 * costs one more statement, not one per nested field.
 */
export const reloaded = {
  assessment: async (ctx: Context, query: Query, work: Promise<Row>) =>
    ctx.prisma.assessment.findUniqueOrThrow({ ...(query as object), where: { id: (await work).id } }),
  assessments: async (ctx: Context, query: Query, work: Promise<readonly Row[]>) => {
    const ids = (await work).map((r) => r.id);
    const rows = await ctx.prisma.assessment.findMany({ ...(query as object), where: { id: { in: ids } } });
    return ids.map((id) => rows.find((r) => r.id === id)!);
  },
  indicatorSet: async (ctx: Context, query: Query, work: Promise<Row>) =>
    ctx.prisma.indicatorSet.findUniqueOrThrow({ ...(query as object), where: { id: (await work).id } }),
  liaisonContact: async (ctx: Context, query: Query, work: Promise<Row>) =>
    ctx.prisma.liaisonContact.findUniqueOrThrow({ ...(query as object), where: { id: (await work).id } }),
  trainingRecord: async (ctx: Context, query: Query, work: Promise<Row>) =>
    ctx.prisma.trainingRecord.findUniqueOrThrow({ ...(query as object), where: { id: (await work).id } }),
  accountabilityRecord: async (ctx: Context, query: Query, work: Promise<Row>) =>
    ctx.prisma.accountabilityRecord.findUniqueOrThrow({ ...(query as object), where: { id: (await work).id } }),
};
