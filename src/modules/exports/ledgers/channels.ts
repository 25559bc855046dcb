import type { ChannelReviewResult, OnlineChannelKind, OnlineChannelStatus } from '../../../generated/prisma/enums.js';
import { todayInChina } from '../../../lib/dates.js';
import {
  channelListWhere, channelRegistrationDueOn, channelRegistrationStatus, registrationDays, registrationDaysInDistrict, type ChannelFilter,
} from '../../channels/service.js';
import { DISTRICT_DUTIES } from '../../../authz/district.js';
import type { Prisma } from '../../../generated/prisma/client.js';
import {
  CHANNEL_REGISTRATION_STATUS_NAMES, CHANNEL_REVIEW_RESULT_NAMES, ONLINE_CHANNEL_KIND_NAMES, ONLINE_CHANNEL_STATUS_NAMES,
} from '../labels.js';
import {
  afterInUnitTree, defineLedger, keysetPages, nameIf, unitTreeOrder, visiblePeople, type DistrictLedgerQuery, type LedgerQuery, type TreeCursor,
} from '../ledger.js';

/**
 * 网络阵地台账: the online channels (websites, WeChat official accounts, Weibo, short-video
 * accounts …) owned by the units the viewer may see, as `onlineChannels` lists them (the same
 * `channelListWhere`), with registration against the 30-day rule as of today and the latest content
 * review. Status is the channel's status, REGISTRATION_OVERDUE (unregistered past the 30 days, as
 * the API's `registrationOverdue` filter) or ALL. A register of what runs now: no year filter.
 */
export interface ChannelLedgerRow {
  id: string;
  kind: OnlineChannelKind;
  name: string;
  account: string;
  ownerUnitName: string;
  status: OnlineChannelStatus;
  launchedOn: Date;
  registeredOn: Date | null;
  registrationDueOn: Date | null;
  registration: keyof typeof CHANNEL_REGISTRATION_STATUS_NAMES;
  responsible: string | null;
  reviewer: string | null;
  lastReviewedOn: Date | null;
  lastReviewResult: ChannelReviewResult | null;
  reviews: number;
}

const STATUS_FILTERS = { ...ONLINE_CHANNEL_STATUS_NAMES, REGISTRATION_OVERDUE: '逾期未备案', ALL: '全部' } as const;

export const channelsLedger = defineLedger<ChannelLedgerRow>({
  code: 'CHANNELS',
  title: '网络阵地台账',
  keyColumn: '系统编号',
  filters: { unit: true, status: { values: STATUS_FILTERS, default: 'ALL' } },
  columns: [
    { header: '类型', type: 'text', width: 12, value: (c) => ONLINE_CHANNEL_KIND_NAMES[c.kind] },
    { header: '名称', type: 'text', width: 28, value: (c) => c.name },
    { header: '账号或网址', type: 'text', width: 32, value: (c) => c.account },
    { header: '主办单位', type: 'text', width: 30, value: (c) => c.ownerUnitName },
    { header: '运行状态', type: 'text', width: 10, value: (c) => ONLINE_CHANNEL_STATUS_NAMES[c.status] },
    { header: '开通日期', type: 'date', width: 12, value: (c) => c.launchedOn },
    { header: '备案日期', type: 'date', width: 12, value: (c) => c.registeredOn },
    { header: '备案截止日期', type: 'date', width: 12, value: (c) => c.registrationDueOn },
    { header: '备案情况', type: 'text', width: 12, value: (c) => CHANNEL_REGISTRATION_STATUS_NAMES[c.registration] },
    { header: '责任人', type: 'text', width: 10, value: (c) => c.responsible },
    { header: '内容审核人', type: 'text', width: 10, value: (c) => c.reviewer },
    { header: '最近审核日期', type: 'date', width: 12, value: (c) => c.lastReviewedOn },
    { header: '最近审核结论', type: 'text', width: 12, value: (c) => (c.lastReviewResult ? CHANNEL_REVIEW_RESULT_NAMES[c.lastReviewResult] : null) },
    { header: '审核次数', type: 'integer', width: 8, value: (c) => c.reviews },
    { header: '系统编号', type: 'text', width: 28, value: (c) => c.id },
  ],
  rows: (q) => channelRows(q, { subtreeOf: q.unit?.id }, () => registrationDays(q.db, q.viewer.tenantId),
    async (page) => {
      const visible = await visiblePeople(q.db, q.viewer, page.flatMap((c) => [c.responsiblePerson.id, c.reviewer.id]));
      return (c) => ({ responsible: nameIf(visible, c.responsiblePerson), reviewer: nameIf(visible, c.reviewer) });
    }),
  // 区委网信办: every bureau's channels of its district, as onlineChannels lists them; the responsible
  // contact by name, no other person (the content reviewer stays empty).
  districtRoles: DISTRICT_DUTIES.OVERSEE_CHANNELS,
  districtRows: (q) => channelRows(q, {}, () => registrationDaysInDistrict(q.db, q.viewer.districtId),
    async () => (c) => ({ responsible: c.responsiblePerson.name, reviewer: null })),
});

type ChannelPageRow = Awaited<ReturnType<typeof channelPage>>[number];

const person = { select: { id: true, name: true } } as const;

/** A page of channels in their owner units' tree order (then id), after a keyset cursor. */
function channelPage(q: { db: LedgerQuery['db'] }, where: Prisma.OnlineChannelWhereInput, after: TreeCursor | undefined, take: number) {
  return q.db.onlineChannel.findMany({
    where: after ? { AND: [where, afterInUnitTree(after, 'ownerUnit')] } : where,
    orderBy: unitTreeOrder('ownerUnit'),
    take,
    select: {
      id: true, tenantId: true, kind: true, name: true, account: true, status: true, launchedOn: true, registeredOn: true,
      ownerUnit: { select: { name: true, treeKey: true } },
      responsiblePerson: person,
      reviewer: person,
      reviews: { orderBy: [{ reviewedOn: 'desc' }, { id: 'desc' }], take: 1, select: { reviewedOn: true, result: true } },
      _count: { select: { reviews: true } },
    },
  });
}

/**
 * The rows for any viewer the API lists channels to (channelListWhere): the registration days are
 * rule data (ObligationRule CHANNEL_REGISTRATION), read once — one bureau's, or per bureau of a
 * district; `people` says, per page, which names the viewer may read (one statement per page at most).
 */
async function* channelRows(
  q: { db: LedgerQuery['db']; viewer: LedgerQuery['viewer'] | DistrictLedgerQuery['viewer']; status?: string; now: Date; pageSize: number },
  base: ChannelFilter,
  readDays: () => Promise<number | null | ReadonlyMap<string, number>>,
  people: (page: ChannelPageRow[]) => Promise<(c: ChannelPageRow) => { responsible: string | null; reviewer: string | null }>,
): AsyncGenerator<ChannelLedgerRow[]> {
  const today = todayInChina(q.now);
  const filter: ChannelFilter = { ...base };
  if (q.status === 'REGISTRATION_OVERDUE') filter.registrationOverdue = true;
  else if (q.status && q.status !== 'ALL') filter.statuses = [q.status as OnlineChannelStatus];
  const days = await readDays();
  const daysOf = (tenantId: string) => (days instanceof Map ? days.get(tenantId) ?? null : (days as number | null));
  const where = channelListWhere(q.viewer, filter, today, days);
  const pages = keysetPages(
    (after: TreeCursor | undefined, take) => channelPage(q, where, after, take),
    (c) => ({ treeKey: c.ownerUnit.treeKey, id: c.id }),
    q.pageSize,
  );
  for await (const page of pages) {
    const names = await people(page);
    yield page.map((c) => ({
      id: c.id,
      kind: c.kind,
      name: c.name,
      account: c.account,
      ownerUnitName: c.ownerUnit.name,
      status: c.status,
      launchedOn: c.launchedOn,
      registeredOn: c.registeredOn,
      registrationDueOn: channelRegistrationDueOn(c, daysOf(c.tenantId)),
      registration: channelRegistrationStatus(c, daysOf(c.tenantId), today),
      ...names(c),
      lastReviewedOn: c.reviews[0]?.reviewedOn ?? null,
      lastReviewResult: c.reviews[0]?.result ?? null,
      reviews: c._count.reviews,
    }));
  }
}
