-- Suppressed findings travel with a version, with the linter config that applied; policies can be retired;
-- a version records whether its own files or its clinic's defaults changed it.
ALTER TABLE policy ADD COLUMN retired_at timestamptz;

ALTER TABLE policy_version ADD COLUMN exceptions jsonb NOT NULL DEFAULT '[]';
-- the clearframe.config.yaml sent with the publish as { path, source } (null: none was sent, the recommended preset applied)
ALTER TABLE policy_version ADD COLUMN config jsonb;
ALTER TABLE policy_version ADD COLUMN reason text NOT NULL DEFAULT 'PUBLISHED' CHECK (reason IN ('PUBLISHED', 'CLINIC_DEFAULTS'));

ALTER TABLE policy_version DROP CONSTRAINT policy_version_lint_status_check;
ALTER TABLE policy_version ADD CONSTRAINT policy_version_lint_status_check CHECK (lint_status IN ('CLEAN', 'INFO', 'WARNINGS', 'EXCEPTIONS'));
