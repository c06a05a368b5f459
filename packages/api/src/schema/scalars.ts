import { DateTimeISOResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { builder } from '../builder.js';

// graphql-scalars does the validation; the names and descriptions stay ours so the SDL reads as before.
builder.addScalarType('Date', LocalDateResolver, { description: 'A calendar date, YYYY-MM-DD (as in the policy format).' });
builder.addScalarType('DateTime', DateTimeISOResolver, { description: 'A point in time, ISO 8601 in UTC (2026-01-15T09:30:00.000Z).' });
builder.addScalarType('JSON', JSONResolver, { description: 'Any JSON value: a policy document, or one field of it.' });
