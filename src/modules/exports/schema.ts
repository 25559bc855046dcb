import { builder } from '../../builder.js';
import { sessionOf } from '../../context.js';
import { idOf } from '../../lib/ids.js';
import { EXPORT_FORMATS, EXPORT_LEDGERS, type ExportLedgerCode } from './ledger.js';
import { LEDGERS } from './registry.js';
import { requestExport } from './service.js';
import { EXPORT_LINK_TTL_SECONDS } from './token.js';

const LEDGER_DESCRIPTIONS: Record<ExportLedgerCode, string> = {
  ORG_UNITS: '组织单元及责任人台账 (units with their first and direct responsible people and team size); filters: unitId, status ACTIVE (default) / ARCHIVED / ALL',
  DUTIES: '责任分工台账 (duties and their history); filters: year (in force during it), unitId, status ACTIVE / ENDED / ALL (default)',
  WORK_ITEMS: '年度任务台账 (annual plan work items, as workItems lists them); filters: year (plan year), unitId, status PLANNED / IN_PROGRESS / DONE / CANCELLED / OVERDUE / ALL (default)',
  WORK_RECORDS: '工作台账 (work records: studies, reports, briefings, analyses, inspections, meetings, duty reports); filters: year (record date), unitId',
  COMPLIANCE: '规定动作落实台账 (one row per unit × applicable rule for a year, as of today or the year end); filters: year (default this year), unitId, status MET / LATE / DUE_SOON / OVERDUE / NOT_YET_DUE / ALL (default)',
  RISKS: '风险台账 (risks with their lifecycle history); filters: year (reported), unitId, status a stage / OPEN / OVERDUE / ALL (default)',
  CHANNELS: '网络阵地台账 (online channels with registration and latest review); filters: unitId, status ACTIVE / DORMANT / CLOSED / REGISTRATION_OVERDUE / ALL (default)',
  MISCONDUCT_CASES: '错误言论案件台账 (misconduct cases); the bureau committee\'s first and direct responsible people only (others FORBIDDEN); filters: year (occurred), unitId, status REFERRED / NOT_REFERRED / ALL (default)',
  ASSESSMENTS: '考核台账 (assessments: of units the viewer sees, and their own; exact two-place scores); filters: year, unitId, status DRAFT / FINAL / ALL (default)',
  ACCOUNTABILITY: '问责台账 (accountability measures: of units the viewer sees, and against themself); filters: year (decided), unitId',
  AUDIT: '审计日志台账 (the bureau\'s audit trail with its hash chain); first and direct responsible people of the bureau committee; filter: year',
  ORG_CHART: '组织架构表 (today\'s org chart in the import template\'s own format: 组织, 人员, 任职, 分工, 账号 sheets; XLSX only; importing it unchanged changes nothing); the units the viewer sees in the bureau\'s structure, their people, posts and duties in force, and (for account administrators) the accounts; the bureau\'s administrator may export it too',
  DISTRICT_COMPLIANCE: '各局规定动作落实情况台账 (district roles only: one row per bureau of the district × rule, its status and units by status, as districtOverview); filters: year (default this year), status MET / LATE / DUE_SOON / OVERDUE / NOT_YET_DUE / ALL (default)',
};

export const ExportLedgerEnum = builder.enumType('ExportLedger', {
  description: '台账 (a ledger that can be exported); a ledger whose module has not landed answers LEDGER_UNAVAILABLE',
  values: Object.fromEntries(EXPORT_LEDGERS.map((code) => [code, { description: LEDGER_DESCRIPTIONS[code] }])) as Record<ExportLedgerCode, { description: string }>,
});

export const ExportFormatEnum = builder.enumType('ExportFormat', {
  description: '导出格式 (export file format)',
  values: {
    CSV: { description: 'CSV (UTF-8 with BOM, one header row; opens in Excel and WPS)' },
    XLSX: { description: 'Excel 工作簿 (XLSX: title row, Chinese headers, typed dates and numbers, frozen header)' },
  } satisfies Record<(typeof EXPORT_FORMATS)[number], unknown>,
});

const ExportLinkRef = builder.objectRef<{ url: string; expiresAt: Date; filename: string }>('ExportLink').implement({
  description: `下载链接 (a signed download link, valid for ${EXPORT_LINK_TTL_SECONDS / 60} minutes)`,
  fields: (t) => ({
    url: t.exposeString('url', { description: '下载地址 (path relative to the server; GET it, no header needed, while it is valid)' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: '失效时间 (when the link stops working)' }),
    filename: t.exposeString('filename', { description: '文件名 (the file name the download will carry)' }),
  }),
});

const ExportLedgerInfo = builder.objectRef<ExportLedgerCode>('ExportLedgerInfo').implement({
  description: '可导出台账 (a ledger and the filters it accepts)',
  fields: (t) => ({
    ledger: t.field({ type: ExportLedgerEnum, description: '台账 (ledger)', resolve: (code) => code }),
    title: t.string({ description: '名称 (Chinese title)', resolve: (code) => LEDGERS[code]?.title ?? LEDGER_DESCRIPTIONS[code].split(' ')[0]! }),
    available: t.boolean({ description: '是否可导出 (whether its module has landed)', resolve: (code) => !!LEDGERS[code] }),
    acceptsYear: t.boolean({ description: '可按年度筛选 (accepts year)', resolve: (code) => !!LEDGERS[code]?.filters.year }),
    acceptsUnit: t.boolean({ description: '可按单位筛选 (accepts unitId)', resolve: (code) => !!LEDGERS[code]?.filters.unit }),
    statuses: t.stringList({
      description: '可选状态 (accepted status values)',
      resolve: (code) => Object.keys(LEDGERS[code]?.filters.status?.values ?? {}),
    }),
  }),
});

builder.queryField('exportLedgers', (t) =>
  t.field({
    type: [ExportLedgerInfo],
    description: '台账目录 (the ledgers and their filters)',
    resolve: () => [...EXPORT_LEDGERS],
  }),
);

builder.relayMutationField(
  'requestExport',
  {
    description: '导出台账 (what to export)',
    inputFields: (t) => ({
      ledger: t.field({ type: ExportLedgerEnum, required: true, description: '台账 (ledger)' }),
      format: t.field({ type: ExportFormatEnum, required: true, description: '格式 (format)' }),
      year: t.int({ required: false, description: '年度 (year, e.g. 2025), for ledgers with a year filter' }),
      unitId: t.id({ required: false, description: '单位 (only this unit and its subtree); a unit the viewer may see' }),
      status: t.string({ required: false, description: '状态 (status filter; values per ledger, see ExportLedger)' }),
    }),
  },
  {
    description: '导出台账 (check an export against the viewer\'s scope and return a short-lived signed download link); the download is recorded in the audit trail with its row count',
    resolve: async (_root, { input }, ctx) => ({
      // The link carries the session version of the token that asked for it (signed in: the shield let it through).
      link: await requestExport(ctx.prisma, ctx.viewer, {
        ledger: input.ledger,
        format: input.format,
        year: input.year,
        unitId: input.unitId != null ? idOf(String(input.unitId), 'OrgUnit', 'unitId') : null,
        status: input.status,
      }, ctx.tokens.signingKey, ctx.now(), sessionOf(ctx).sessionVersion),
    }),
  },
  {
    description: '导出台账的结果 (result of requestExport)',
    outputFields: (t) => ({
      link: t.field({ type: ExportLinkRef, description: '下载链接 (the signed download link)', resolve: (p) => p.link }),
    }),
  },
);
