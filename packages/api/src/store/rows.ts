import type { LintMessage, SuppressedMessage } from '@clearframe/linter';
import type { PolicyDocument } from '@clearframe/schema';
import type { Row } from './store.js';

/**
 * CLEAN: no findings and no exceptions; INFO: infos only; WARNINGS: at least one warning; EXCEPTIONS: at least one
 * finding was suppressed by a disable comment (whatever else there is). Policies with errors are never stored.
 */
export type LintStatus = 'CLEAN' | 'INFO' | 'WARNINGS' | 'EXCEPTIONS';

/** Why a version was written: its own files were published, or the clinic defaults it extends changed. */
export type VersionReason = 'PUBLISHED' | 'CLINIC_DEFAULTS';

/** A lint finding kept with a version: the message and the file it points into. */
export interface StoredFinding extends LintMessage {
  filePath: string;
}

/** A suppressed finding kept with a version, with the disable comments (and their reasons) that suppressed it. */
export interface StoredException extends StoredFinding {
  suppressions: SuppressedMessage['suppressions'];
}

export interface SourceFile {
  path: string;
  source: string;
}

export interface ClinicRecord {
  id: number;
  slug: string;
  title: string | null;
  /** The clinic's ClinicDefaults document, when one was published. */
  defaults: PolicyDocument | null;
  createdAt: string;
  updatedAt: string;
}

export interface VersionRecord {
  id: number;
  policyId: number;
  number: number;
  contentHash: string;
  document: PolicyDocument;
  findings: StoredFinding[];
  exceptions: StoredException[];
  lintStatus: LintStatus;
  /** The linter config sent with the publish, when one was. */
  config: SourceFile | null;
  reason: VersionReason;
  commit: string | null;
  publishedAt: string;
}

/** A policy with its newest version. */
export interface PolicyRecord {
  id: number;
  slug: string;
  clinicId: number;
  clinicSlug: string;
  createdAt: string;
  updatedAt: string;
  /** When the policy was taken off the site (it keeps its history and URL); null while in effect. */
  retiredAt: string | null;
  current: VersionRecord;
}

export const CLINIC_COLUMNS = 'c.id, c.slug, c.title, c.defaults, c.created_at, c.updated_at';

export const VERSION_COLUMNS =
  'v.id AS v_id, v.policy_id AS v_policy_id, v.version AS v_version, v.content_hash AS v_content_hash, v.document AS v_document, v.findings AS v_findings, v.exceptions AS v_exceptions, v.lint_status AS v_lint_status, v.config AS v_config, v.reason AS v_reason, v.commit AS v_commit, v.published_at AS v_published_at';

export const POLICY_COLUMNS = `p.id AS p_id, p.slug AS p_slug, p.clinic_id AS p_clinic_id, c.slug AS p_clinic_slug, p.created_at AS p_created_at, p.updated_at AS p_updated_at, p.retired_at AS p_retired_at, ${VERSION_COLUMNS}`;

/**
 * A policy joined with its clinic and newest version. The version is looked up per policy (a LATERAL subquery that
 * OFFSET 0 keeps from being flattened): a filter on the document (jurisdiction, search, …) is then tested on the
 * current versions only. As a plain join the planner may scan every version ever published and unpack each document
 * to test the filter (measured: 18 ms instead of 1.3 ms for a search over 10 policies with 600 versions).
 */
export const POLICY_FROM =
  'policy p JOIN clinic c ON c.id = p.clinic_id CROSS JOIN LATERAL (SELECT * FROM policy_version v WHERE v.policy_id = p.id AND v.version = p.latest_version OFFSET 0) v';

/** Timestamps come back as Date from both drivers; the API speaks ISO 8601. */
export function iso(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

export function toClinic(row: Row): ClinicRecord {
  return {
    id: row.id as number,
    slug: row.slug as string,
    title: (row.title as string | null) ?? null,
    defaults: (row.defaults as PolicyDocument | null) ?? null,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function toVersion(row: Row): VersionRecord {
  return {
    id: row.v_id as number,
    policyId: row.v_policy_id as number,
    number: row.v_version as number,
    contentHash: row.v_content_hash as string,
    document: row.v_document as PolicyDocument,
    findings: row.v_findings as StoredFinding[],
    exceptions: (row.v_exceptions as StoredException[] | null) ?? [],
    lintStatus: row.v_lint_status as LintStatus,
    config: (row.v_config as SourceFile | null) ?? null,
    reason: row.v_reason as VersionReason,
    commit: (row.v_commit as string | null) ?? null,
    publishedAt: iso(row.v_published_at),
  };
}

export function toPolicy(row: Row): PolicyRecord {
  return {
    id: row.p_id as number,
    slug: row.p_slug as string,
    clinicId: row.p_clinic_id as number,
    clinicSlug: row.p_clinic_slug as string,
    createdAt: iso(row.p_created_at),
    updatedAt: iso(row.p_updated_at),
    retiredAt: row.p_retired_at == null ? null : iso(row.p_retired_at),
    current: toVersion(row),
  };
}
