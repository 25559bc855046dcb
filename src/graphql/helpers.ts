import type { Person, Tenant } from '../generated/prisma/client.js';
import type { ComplianceTally } from '../modules/obligations/service.js';
import type { Context } from '../context.js';
import { DomainError } from '../errors.js';
import { todayInChina } from '../lib/dates.js';
import { requestLoader } from '../lib/request-loader.js';
import { MAX_YEAR, MIN_YEAR } from '../lib/years.js';

/** Resolver helpers that the schema files of several modules use (one module's schema imports none from another's). */

/** A person relation, or null when the viewer may not see that person (never an error). */
export async function visibleOrNull(person: Person | null | undefined, ctx: Context): Promise<Person | null> {
  if (!person) return null;
  return (await ctx.loaders.visiblePerson.load(person.id)) ? person : null;
}

/** A person field that answers null (not an error) when the viewer may not see that person. */
export async function visiblePersonOrNull<P extends { id: string }>(person: P | null, ctx: Context): Promise<P | null> {
  if (!person || ctx.viewer.kind !== 'person') return null;
  return (await ctx.loaders.visiblePerson.load(person.id)) ? person : null;
}

/** A bureau by id, for fields of rows a district role reads (one statement per request). */
export const tenantOf = (ctx: Context, tenantId: string) =>
  requestLoader<string, Tenant>(ctx, 'tenantById', async (ids) => {
    const rows = await ctx.prisma.tenant.findMany({ where: { id: { in: [...ids] } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? new Error(`tenant ${id} not found`));
  }).load(tenantId);

/** The `asOf` argument of the compliance fields: today in China when not given. */
export const asOfArg = (asOf: Date | null | undefined, ctx: Context) => asOf ?? todayInChina(ctx.now());
export const yearOf = (year: number) => {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) throw new DomainError('BAD_USER_INPUT', `year: ${MIN_YEAR}–${MAX_YEAR}`, { field: 'year' });
  return year;
};

/** The counts of a compliance tally, as fields (the bureau's summary and the district's share them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const tallyFields = (t: any) => ({
  met: t.int({ description: '已落实 (met)', resolve: (s: ComplianceTally) => s.met }),
  late: t.int({ description: '逾期完成 (done late)', resolve: (s: ComplianceTally) => s.late }),
  dueSoon: t.int({ description: '即将到期 (due soon)', resolve: (s: ComplianceTally) => s.dueSoon }),
  overdue: t.int({ description: '已逾期 (overdue)', resolve: (s: ComplianceTally) => s.overdue }),
  notYetDue: t.int({ description: '未到期 (not yet due)', resolve: (s: ComplianceTally) => s.notYetDue }),
  awaitingDistrict: t.int({ description: '待区级开展 (awaiting the district: 三(三)11\'s 专项督查)', resolve: (s: ComplianceTally) => s.awaitingDistrict }),
  total: t.int({ description: '合计 (unit–rule pairs)', resolve: (s: ComplianceTally) => s.total }),
});
