-- Pages of policies are ordered by clinic slug, then policy slug. Keeping the clinic slug on the policy row
-- lets one index give that order, so a page reads its LIMIT rows instead of sorting every policy.
-- Clinic slugs never change (a clinic is identified by its slug).
ALTER TABLE policy ADD COLUMN clinic_slug text;
UPDATE policy p SET clinic_slug = c.slug FROM clinic c WHERE c.id = p.clinic_id;
ALTER TABLE policy ALTER COLUMN clinic_slug SET NOT NULL;
CREATE UNIQUE INDEX policy_page_order ON policy (clinic_slug, slug);
