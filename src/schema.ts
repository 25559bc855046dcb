import { getNamedType, isLeafType, isObjectType, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { builder } from './builder.js';
import { permissions } from './authz/shield.js';
import { ERROR_CODES } from './errors.js';
import './scalars.js';
import './modules/org/schema.js';
import './modules/people/schema.js';
import './modules/duties/schema.js';
import './modules/auth/schema.js';
import './modules/accounts/schema.js';
import './modules/tenancy/schema.js';
import './modules/notifications/schema.js';
import './modules/risks/schema.js';
import './modules/channels/schema.js';
import './modules/misconduct/schema.js';
import './modules/intellectuals/schema.js';
import './modules/accountability/schema.js';
import './modules/assessment/schema.js';
import './modules/assessment/rating-schema.js';
import './modules/plan/schema.js';
import './modules/records/schema.js';
import './modules/obligations/schema.js';
import './modules/district/schema.js';
import './modules/audit/schema.js';
import './modules/exports/schema.js';
import './modules/orgchart/schema.js';

// Documents the error codes in the contract: clients read them from `errors[].extensions.code`.
builder.enumType('ErrorCode', {
  description: '错误代码 (error codes, found in errors[].extensions.code; rule errors also carry extensions.rule)',
  values: Object.fromEntries(Object.entries(ERROR_CODES).map(([code, description]) => [code, { description }])),
});

/** The schema without authorisation middleware: for printing and codegen. */
export const rawSchema = builder.toSchema({ sortSchema: true });

// The prisma plugin adds `totalCount` to connections without a description option.
for (const type of Object.values(rawSchema.getTypeMap())) {
  if (isObjectType(type) && type.name.endsWith('Connection')) {
    const field = type.getFields().totalCount;
    if (field && !field.description) field.description = '总数 (total count of matching rows the viewer may see)';
  }
}

/**
 * Select-mode types (issue 24, lever 1: OrgUnit, Person, Post, Duty read only the columns a query
 * asks for): the prisma plugin plans an exposed column into the query that loads its row, and also
 * wraps the field in a check that the row came through such a plan, loading the column again when it
 * did not. Every row of these types reaches a field either through a planned query (which selected
 * the column, since the field is in the selection at that path) or whole (loaders, services,
 * mutation payloads): the column is always there. So the exposed leaf columns are read directly,
 * without the wrapper — synchronously, one property read per field and row, as in include mode.
 * The plan still reads `extensions.pothosPrismaSelect`, which stays.
 */
for (const type of Object.values(rawSchema.getTypeMap())) {
  const selection = isObjectType(type) ? (type.extensions as { pothosPrismaTypeSelection?: { select?: object } }).pothosPrismaTypeSelection : undefined;
  if (!isObjectType(type) || !selection?.select) continue;
  for (const field of Object.values(type.getFields())) {
    const column = (field.extensions as { pothosPrismaVariant?: unknown }).pothosPrismaVariant;
    if (typeof column !== 'string' || !isLeafType(getNamedType(field.type))) continue;
    field.resolve = column === field.name ? undefined : (row: Record<string, unknown>) => row[column];
  }
}

/** The served schema: every field behind graphql-shield, every returned object checked once (src/authz/object-checks.ts). */
export const schema = applyMiddleware(rawSchema, ...permissions(rawSchema));

export const printedSchema = () => printSchema(lexicographicSortSchema(rawSchema));
