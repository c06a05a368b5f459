-- Failed bearer-token attempts, counted in the database so that every replica sharing it sees the same count.
CREATE TABLE auth_failure (
  client text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX auth_failure_client_at ON auth_failure (client, at);
CREATE INDEX auth_failure_at ON auth_failure (at);
