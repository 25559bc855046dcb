import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';
import { formatDate, parseDate } from './lib/dates.js';

function dateFrom(value: unknown): Date {
  const date = typeof value === 'string' ? parseDate(value) : undefined;
  if (!date) throw new GraphQLError(`Date must be a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return date;
}

builder.scalarType('Date', {
  description: '日期 (calendar date), YYYY-MM-DD',
  serialize: (value) => formatDate(value),
  parseValue: dateFrom,
  parseLiteral: (ast) => dateFrom(ast.kind === Kind.STRING ? ast.value : undefined),
});

function dateTimeFrom(value: unknown): Date {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime must be an ISO 8601 timestamp, got ${JSON.stringify(value)}`);
  }
  return date;
}

builder.scalarType('DateTime', {
  description: '时间 (timestamp), ISO 8601 in UTC',
  serialize: (value) => value.toISOString(),
  parseValue: dateTimeFrom,
  parseLiteral: (ast) => dateTimeFrom(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('JSON', {
  description: 'JSON 值 (a JSON value)',
  serialize: (value) => value,
  parseValue: (value) => value,
});

const DECIMAL_RE = /^-?\d{1,7}(\.\d{1,2})?$/;

function decimalFrom(value: unknown): string {
  if (typeof value !== 'string' || !DECIMAL_RE.test(value)) {
    throw new GraphQLError(`Decimal must be a string with at most two decimals, e.g. "87.50", got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

// Scores, weights and hours are exact: they travel as strings, never as floating-point numbers.
builder.scalarType('Decimal', {
  description: '精确小数 (exact decimal) as a string with two decimals, e.g. "87.50"; never a floating-point number',
  serialize: (value) => (typeof value === 'string' ? value : value.toFixed(2)),
  parseValue: decimalFrom,
  parseLiteral: (ast) => decimalFrom(ast.kind === Kind.STRING ? ast.value : undefined),
});
