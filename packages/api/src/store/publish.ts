import type { PolicyDocument } from '@clearframe/schema';
import { canonicalJson } from '../canonical.js';
import type { LintStatus, SourceFile, StoredFinding } from './rows.js';
import type { Store } from './store.js';

export interface PolicyToSave {
  slug: string;
  document: PolicyDocument;
  contentHash: string;
  sources: SourceFile[];
  findings: StoredFinding[];
  lintStatus: LintStatus;
}

export interface PublicationToSave {
  clinic: string;
  /** The clinic's ClinicDefaults file, when the publish carries one. */
  defaults?: { title: string | null; document: PolicyDocument } | undefined;
  policies: PolicyToSave[];
  commit: string | null;
  /** The token that authorised the publish (its last use is recorded). */
  tokenId?: string | undefined;
}

export type ChangeKind = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface SavedPolicy {
  slug: string;
  policyId: number;
  versionId: number;
  version: number;
  change: ChangeKind;
}

export interface SavedPublication {
  clinicId: number;
  clinicChanged: boolean;
  policies: SavedPolicy[];
}

/**
 * Writes a publication in one transaction. Publishes to one clinic are serialised by a lock on
 * the clinic row, so concurrent publishes each get the next version number and none is lost.
 * A policy whose content hash equals its newest version's is left as it is.
 */
export function savePublication(store: Store, input: PublicationToSave): Promise<SavedPublication> {
  return store.transaction(async (tx) => {
    const created = await tx.query('INSERT INTO clinic (slug) VALUES ($1) ON CONFLICT (slug) DO NOTHING RETURNING id', [input.clinic]);
    const [clinic] = await tx.query<{ id: number; defaults: PolicyDocument | null }>('SELECT id, defaults FROM clinic WHERE slug = $1 FOR UPDATE', [
      input.clinic,
    ]);
    if (!clinic) throw new Error(`clinic ${input.clinic} vanished inside its own transaction`);
    let clinicChanged = created.length > 0;
    if (input.defaults && canonicalJson(input.defaults.document) !== canonicalJson(clinic.defaults)) {
      await tx.query('UPDATE clinic SET title = $2, defaults = $3, updated_at = clock_timestamp() WHERE id = $1', [
        clinic.id,
        input.defaults.title,
        JSON.stringify(input.defaults.document),
      ]);
      clinicChanged = true;
    }

    const existing = new Map(
      (
        await tx.query<{ id: number; slug: string; latest_version: number; content_hash: string; version_id: number }>(
          `SELECT p.id, p.slug, p.latest_version, v.content_hash, v.id AS version_id
           FROM policy p JOIN policy_version v ON v.policy_id = p.id AND v.version = p.latest_version
           WHERE p.clinic_id = $1 AND p.slug = ANY($2::text[])`,
          [clinic.id, input.policies.map((p) => p.slug)],
        )
      ).map((row) => [row.slug, row]),
    );

    const saved: SavedPolicy[] = [];
    for (const policy of [...input.policies].sort((a, b) => a.slug.localeCompare(b.slug))) {
      const current = existing.get(policy.slug);
      if (current && current.content_hash === policy.contentHash) {
        saved.push({ slug: policy.slug, policyId: current.id, versionId: current.version_id, version: current.latest_version, change: 'UNCHANGED' });
        continue;
      }
      const version = (current?.latest_version ?? 0) + 1;
      const policyId = current
        ? current.id
        : (await tx.query<{ id: number }>('INSERT INTO policy (clinic_id, clinic_slug, slug) VALUES ($1, $2, $3) RETURNING id', [clinic.id, input.clinic, policy.slug]))[0]!.id;
      const [inserted] = await tx.query<{ id: number }>(
        `INSERT INTO policy_version (policy_id, version, content_hash, document, sources, findings, lint_status, commit)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          policyId,
          version,
          policy.contentHash,
          JSON.stringify(policy.document),
          JSON.stringify(policy.sources),
          JSON.stringify(policy.findings),
          policy.lintStatus,
          input.commit,
        ],
      );
      await tx.query('UPDATE policy SET latest_version = $2, updated_at = clock_timestamp() WHERE id = $1', [policyId, version]);
      saved.push({ slug: policy.slug, policyId, versionId: inserted!.id, version, change: current ? 'UPDATED' : 'CREATED' });
    }
    if (input.tokenId) await tx.query('UPDATE api_token SET last_used_at = clock_timestamp() WHERE id = $1', [input.tokenId]);
    return { clinicId: clinic.id, clinicChanged, policies: saved };
  });
}
