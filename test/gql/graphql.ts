/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 导出格式 (export file format) */
export type ExportFormat =
  /** CSV (UTF-8 with BOM, one header row; opens in Excel and WPS) */
  | 'CSV'
  /** Excel 工作簿 (XLSX: title row, Chinese headers, typed dates and numbers, frozen header) */
  | 'XLSX';

/** 台账 (a ledger that can be exported); a ledger whose module has not landed answers LEDGER_UNAVAILABLE */
export type ExportLedger =
  /** 问责台账 (accountability records) */
  | 'ACCOUNTABILITY'
  /** 考核台账 (assessments) */
  | 'ASSESSMENTS'
  /** 审计日志台账 (the bureau's audit trail with its hash chain); first and direct responsible people of the bureau committee; filter: year */
  | 'AUDIT'
  /** 网络阵地台账 (online channels) */
  | 'CHANNELS'
  /** 规定动作落实台账 (compliance per recurring rule) */
  | 'COMPLIANCE'
  /** 责任分工台账 (duties and their history); filters: year (in force during it), unitId, status ACTIVE / ENDED / ALL (default) */
  | 'DUTIES'
  /** 错误言论案件台账 (misconduct cases; only for those who may see them) */
  | 'MISCONDUCT_CASES'
  /** 组织单元及责任人台账 (units with their first and direct responsible people and team size); filters: unitId, status ACTIVE (default) / ARCHIVED / ALL */
  | 'ORG_UNITS'
  /** 风险台账 (risks with their history) */
  | 'RISKS'
  /** 年度任务台账 (annual plan and work items) */
  | 'WORK_ITEMS'
  /** 工作台账 (work records: meetings, reports, briefings, inspections) */
  | 'WORK_RECORDS';

/** 组织单元类型 (kind of organisation unit) */
export type OrgUnitKind =
  /** 党支部 (party branch) */
  | 'BRANCH'
  /** 局党委 (the bureau's party committee, root of its tree) */
  | 'BUREAU_COMMITTEE'
  /** 直属单位 (directly affiliated unit) */
  | 'DIRECT_UNIT'
  /** 党总支部 (general party branch) */
  | 'GENERAL_BRANCH'
  /** 党委 (party committee, e.g. 大丰林场党委, 局机关党委) */
  | 'PARTY_COMMITTEE'
  /** 自然资源所 (natural-resources office of a town) */
  | 'RESOURCE_OFFICE'
  /** 分局 (sub-bureau) */
  | 'SUB_BUREAU';

/** 导出台账 (what to export) */
export type RequestExportInput = {
  /** 格式 (format) */
  format: ExportFormat;
  /** 台账 (ledger) */
  ledger: ExportLedger;
  /** 状态 (status filter; values per ledger, see ExportLedger) */
  status?: string | null | undefined;
  /** 单位 (only this unit and its subtree); a unit the viewer may see */
  unitId?: string | number | null | undefined;
  /** 年度 (year, e.g. 2025), for ledgers with a year filter */
  year?: number | null | undefined;
};

export type RequestExportMutationVariables = Exact<{
  input: RequestExportInput;
}>;


export type RequestExportMutation = { requestExport: { url: string, expiresAt: string, filename: string } };

export type RoleUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleUnitsQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OrgUnitKind } }> } };

export type RoleBureausQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleBureausQuery = { bureaus: Array<{ name: string, shortName: string }> };


export const RequestExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}}]}}]}}]} as unknown as DocumentNode<RequestExportMutation, RequestExportMutationVariables>;
export const RoleUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoleUnitsQuery, RoleUnitsQueryVariables>;
export const RoleBureausDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<RoleBureausQuery, RoleBureausQueryVariables>;