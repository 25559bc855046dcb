/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type RoleUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleUnitsQuery = { orgUnits: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: OrgUnitKind } }> } };

export type RoleBureausQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleBureausQuery = { bureaus: Array<{ name: string, shortName: string }> };


export const RoleUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoleUnitsQuery, RoleUnitsQueryVariables>;
export const RoleBureausDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleBureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bureaus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<RoleBureausQuery, RoleBureausQueryVariables>;