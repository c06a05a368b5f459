import { defineRule } from '../rule.js';

const DAY_MS = 86_400_000;

export default defineRule<'noReviewDate' | 'reviewStale' | 'effectiveStale', { maxAgeDays: number }>({
  meta: {
    id: 'policy-review-stale',
    severity: 'warning',
    description: 'Require the policy to have been reviewed (metadata.reviewed, else metadata.effective) within maxAgeDays of the lint date.',
    source: 'Balick',
    messages: {
      noReviewDate: 'the policy has no review date: review it and add metadata.reviewed (YYYY-MM-DD) so readers know it is current',
      reviewStale: 'the policy was last reviewed on {{reviewed}}, {{age}} days ago (more than {{maxAgeDays}}): check it still matches how you work, then update metadata.reviewed',
      effectiveStale: 'the policy took effect on {{effective}}, {{age}} days ago (more than {{maxAgeDays}}), and has no review date: check it still matches how you work, then add metadata.reviewed',
    },
    options: {
      type: 'object',
      properties: {
        maxAgeDays: { type: 'integer', default: 365, minimum: 1, description: 'Days a review stays current.' },
      },
      additionalProperties: false,
    },
  },
  check({ policy, options, today, report }) {
    const { maxAgeDays } = options;
    const { reviewed, effective } = policy.metadata ?? {};
    const date = reviewed ?? effective;
    if (date === undefined) {
      report('/metadata/reviewed', 'noReviewDate');
      return;
    }
    // Calendar dates parse as UTC midnight, so the difference is a whole number of days.
    const age = (Date.parse(today) - Date.parse(date)) / DAY_MS;
    if (age <= maxAgeDays) return;
    if (reviewed !== undefined) {
      report('/metadata/reviewed', 'reviewStale', { reviewed, age, maxAgeDays });
    } else {
      report('/metadata/effective', 'effectiveStale', { effective: effective!, age, maxAgeDays });
    }
  },
});
