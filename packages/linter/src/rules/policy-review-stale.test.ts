import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './policy-review-stale.js';

// The tester lints on 2026-06-01 unless a case sets `today`.
const reviewedOn = (date: string) => editPolicy({ set: { 'metadata.reviewed': date } });

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata:\n  id: riverbend\n  reviewed: 2024-06-01\n';
const WITHOUT_DATES = { remove: ['metadata.reviewed', 'metadata.effective'] };

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'reviewed exactly maxAgeDays (365) ago', code: reviewedOn('2025-06-01') },
    { name: 'reviewed exactly a custom maxAgeDays ago', code: reviewedOn('2026-05-02'), options: { maxAgeDays: 30 } },
    { name: 'a longer custom maxAgeDays', code: reviewedOn('2024-06-01'), options: { maxAgeDays: 730 } },
    { name: 'a recent review wins over an old effective date', code: editPolicy({ set: { 'metadata.effective': '2020-01-01' } }) },
    { name: 'no review date: a recent effective date', code: editPolicy({ remove: ['metadata.reviewed'] }) },
    { name: 'a review date after the lint date', code: reviewedOn('2026-07-01') },
    { name: 'a custom lint date', code: reviewedOn('2025-06-01'), today: '2026-05-31' },
    {
      name: 'the policy own review date wins over the inherited one',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC },
    },
  ],
  invalid: [
    {
      name: 'reviewed one day more than maxAgeDays ago',
      code: reviewedOn('2025-05-31'),
      errors: [
        {
          messageId: 'reviewStale',
          message: 'the policy was last reviewed on 2025-05-31, 366 days ago (more than 365): check it still matches how you work, then update metadata.reviewed',
          path: '/metadata/reviewed',
          line: 14,
          column: 3,
        },
      ],
    },
    {
      name: 'custom maxAgeDays',
      code: reviewedOn('2025-12-01'),
      options: { maxAgeDays: 180 },
      errors: [{ messageId: 'reviewStale', message: /reviewed on 2025-12-01, 182 days ago \(more than 180\)/, path: '/metadata/reviewed', line: 14, column: 3 }],
    },
    {
      name: 'one day past a custom maxAgeDays',
      code: reviewedOn('2026-05-01'),
      options: { maxAgeDays: 30 },
      errors: [{ messageId: 'reviewStale', message: /31 days ago \(more than 30\)/, line: 14 }],
    },
    {
      name: 'a custom lint date',
      code: VALID_POLICY,
      today: '2027-01-16',
      errors: [{ messageId: 'reviewStale', message: /reviewed on 2026-01-15, 366 days ago/, path: '/metadata/reviewed', line: 14 }],
    },
    {
      name: 'an old review date is not saved by a recent effective date',
      code: editPolicy({ set: { 'metadata.reviewed': '2024-01-15', 'metadata.effective': '2026-05-01' } }),
      errors: [{ messageId: 'reviewStale', path: '/metadata/reviewed', line: 14, column: 3 }],
    },
    {
      name: 'no review date: falls back to an old effective date',
      code: editPolicy({ remove: ['metadata.reviewed'], set: { 'metadata.effective': '2025-01-01' } }),
      errors: [
        {
          messageId: 'effectiveStale',
          message:
            'the policy took effect on 2025-01-01, 516 days ago (more than 365), and has no review date: check it still matches how you work, then add metadata.reviewed',
          path: '/metadata/effective',
          line: 13,
          column: 3,
        },
      ],
    },
    {
      name: 'neither reviewed nor effective points at metadata',
      code: editPolicy(WITHOUT_DATES),
      errors: [
        {
          messageId: 'noReviewDate',
          message: 'the policy has no review date: review it and add metadata.reviewed (YYYY-MM-DD) so readers know it is current',
          path: '/metadata/reviewed',
          line: 3,
          column: 1,
        },
      ],
    },
    {
      name: 'an inherited old review date is reported once, under the ClinicDefaults file',
      code: editPolicy({ ...WITHOUT_DATES, set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ ...WITHOUT_DATES, set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ messageId: 'reviewStale', message: /reviewed on 2024-06-01, 730 days ago/, path: '/metadata/reviewed', line: 5, column: 3, filePath: 'clinic.yaml' }],
    },
  ],
});
