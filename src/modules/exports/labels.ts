import type { DutyKind, OrgUnitKind } from '../../generated/prisma/enums.js';

/** Chinese names of enum values, as officials read them in a ledger. */
export const ORG_UNIT_KIND_NAMES: Record<OrgUnitKind, string> = {
  BUREAU_COMMITTEE: '局党委',
  PARTY_COMMITTEE: '党委',
  GENERAL_BRANCH: '党总支',
  BRANCH: '党支部',
  RESOURCE_OFFICE: '自然资源所',
  SUB_BUREAU: '分局',
  DIRECT_UNIT: '直属单位',
};

export const DUTY_KIND_NAMES: Record<DutyKind, string> = {
  FIRST_RESPONSIBLE: '第一责任人',
  DIRECT_RESPONSIBLE: '直接责任人',
  DUAL_DUTY: '一岗双责',
};
