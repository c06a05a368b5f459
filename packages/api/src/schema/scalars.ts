import { Kind } from 'graphql';
import { isCalendarDate } from '@clearframe/schema';
import { builder } from '../builder.js';
import { badInput } from '../errors.js';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) throw badInput(`expected a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  return value;
}

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD (as in the policy format).',
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601 in UTC (2026-01-15T09:30:00.000Z).',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw badInput(`expected an ISO 8601 date-time, got ${JSON.stringify(value)}`);
    return value;
  },
});

builder.scalarType('JSON', {
  description: 'Any JSON value: a policy document, or one field of it.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
