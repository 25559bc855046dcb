import { OPEN_ROW } from '../../../authz/in-force.js';
import { personWhere } from '../../../authz/visibility.js';
import { administeredAccountWhere } from '../../accounts/service.js';
import { idCodeOf } from '../../orgchart/sheets.js';
import { POST_ROLE_NAMES, SHEETS } from '../../orgchart/sheets.js';
import { writeOrgChartWorkbook } from '../../orgchart/workbook.js';
import { DUTY_KIND_NAMES, ORG_UNIT_KIND_NAMES } from '../labels.js';
import { defineLedger } from '../ledger.js';

/**
 * 组织架构表: today's org chart in the import template's own format (the same sheets, columns,
 * date formats and drop-down lists, written by orgchart/workbook.ts), so a bureau edits next
 * year's chart in last year's file and importing it unchanged changes nothing.
 *
 * Scoped like every export: the units the viewer sees in the bureau's structure (not archived),
 * the people they may see, the posts and duties in force in those units, and — for whoever
 * administers the bureau's accounts — the accounts of those people. A unit or person without a code
 * is written with `#` and its id (sheets.ts `idCodeOf`), which the import reads back as that row.
 * Posts and duties "in force" are those the import compares with: not ended.
 */
type Row = never;

const ORDER = { treeKey: 'asc' } as const;

export const orgChartLedger = defineLedger<Row>({
  code: 'ORG_CHART',
  title: '组织架构表',
  keyColumn: SHEETS.units.headers[0],
  filters: {},
  columns: [],
  async workbook({ db, viewer }) {
    const structure = viewer.structure;
    const unitWhere = { AND: [structure.unitWhere(), { archivedAt: null }] };
    const accountWhere = administeredAccountWhere(viewer);
    const [units, people, posts, duties, accounts] = await Promise.all([
      db.orgUnit.findMany({
        where: unitWhere, orderBy: ORDER,
        select: { id: true, tenantId: true, code: true, name: true, kind: true, parentId: true, ancestorIds: true, parent: { select: { id: true, code: true, tenantId: true, ancestorIds: true, archivedAt: true } } },
      }),
      db.person.findMany({ where: personWhere(viewer), orderBy: [{ code: 'asc' }, { name: 'asc' }, { id: 'asc' }], select: { id: true, code: true, name: true, jobTitle: true } }),
      db.post.findMany({
        where: { tenantId: structure.tenantId, ...OPEN_ROW, unit: unitWhere },
        orderBy: [{ unit: { treeKey: 'asc' } }, { role: 'asc' }, { startDate: 'asc' }, { id: 'asc' }],
        select: { role: true, startDate: true, unit: { select: { id: true, code: true } }, person: { select: { id: true, code: true } } },
      }),
      db.duty.findMany({
        where: { tenantId: structure.tenantId, ...OPEN_ROW, unit: unitWhere, post: OPEN_ROW },
        orderBy: [{ unit: { treeKey: 'asc' } }, { kind: 'asc' }, { id: 'asc' }],
        select: {
          kind: true, unit: { select: { id: true, code: true } }, person: { select: { id: true, code: true } },
          scope: { select: { unit: { select: { id: true, code: true, treeKey: true } } } },
        },
      }),
      accountWhere
        ? db.userAccount.findMany({
          where: { AND: [accountWhere, { tenantId: structure.tenantId, personId: { not: null }, isAdministrator: false }] },
          orderBy: { username: 'asc' }, select: { username: true, person: { select: { id: true, code: true } } },
        })
        : Promise.resolve([]),
    ]);
    const seenPeople = new Set(people.map((p) => p.id));
    const rows = {
      units: units.map((u) => [
        idCodeOf(u), u.name, ORG_UNIT_KIND_NAMES[u.kind],
        // The parent is named when the viewer sees it (as the API's `parent` field answers).
        u.parent && !u.parent.archivedAt && structure.canSeeUnit(u.parent) ? idCodeOf(u.parent) : '',
      ]),
      people: people.map((p) => [idCodeOf(p), p.name, p.jobTitle ?? '']),
      posts: posts.filter((p) => seenPeople.has(p.person.id)).map((p) => [idCodeOf(p.person), idCodeOf(p.unit), POST_ROLE_NAMES[p.role], p.startDate]),
      duties: duties.filter((d) => seenPeople.has(d.person.id)).map((d) => [
        idCodeOf(d.person), idCodeOf(d.unit), DUTY_KIND_NAMES[d.kind],
        // A first or direct responsible person answers for the unit itself: the template leaves 分管范围 empty.
        d.kind === 'DUAL_DUTY' ? d.scope.map((s) => s.unit).sort((a, b) => (a.treeKey < b.treeKey ? -1 : a.treeKey > b.treeKey ? 1 : 0)).map(idCodeOf).join('、') : '',
      ]),
      accounts: accounts.filter((a) => a.person && seenPeople.has(a.person.id)).map((a) => [a.username, idCodeOf(a.person!)]),
    };
    const count = Object.values(rows).reduce((n, r) => n + r.length, 0);
    return { bytes: await writeOrgChartWorkbook(rows), rows: count };
  },
});
