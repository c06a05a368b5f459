-- Clinics, policies with their immutable versions, and publish tokens.

CREATE TABLE clinic (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  -- title and document of the clinic's ClinicDefaults file (clinic.yaml), when one was published
  title text,
  defaults jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE policy (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  clinic_id integer NOT NULL REFERENCES clinic (id),
  slug text NOT NULL,
  -- number of the newest row in policy_version; the row is locked while a publish adds a version
  latest_version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (clinic_id, slug)
);

CREATE TABLE policy_version (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  policy_id integer NOT NULL REFERENCES policy (id),
  version integer NOT NULL,
  -- sha256 of the canonical JSON of the effective policy
  content_hash text NOT NULL,
  -- the effective policy (ClinicDefaults merged in) and the files it was built from
  document jsonb NOT NULL,
  sources jsonb NOT NULL,
  -- lint findings (warnings and infos; a policy with errors is never published)
  findings jsonb NOT NULL,
  lint_status text NOT NULL CHECK (lint_status IN ('CLEAN', 'INFO', 'WARNINGS')),
  commit text,
  published_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  UNIQUE (policy_id, version)
);

CREATE TABLE api_token (
  -- the non-secret part of the token, printed by `token list`
  id text PRIMARY KEY,
  -- tokens may be created before the clinic's first publish, so this is a slug, not a reference
  clinic text NOT NULL,
  -- sha256 (hex) of the whole token; the token itself is never stored
  token_hash text NOT NULL,
  label text,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

CREATE INDEX api_token_clinic ON api_token (clinic);
