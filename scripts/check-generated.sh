#!/usr/bin/env bash
# Regenerates every committed generated file and fails when any differs from what is committed:
# the schema package's types and validators, the API's schema.graphql, the GraphQL codegen of the API tests and the
# web client, and the CLI bundle the GitHub Action runs. Run after `npm run build` (the generators import dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1

GENERATED=(packages/schema/src/generated packages/linter/clearframe.config.schema.json packages/api/schema.graphql packages/api/test/gql packages/web/src/gql dist)

npm run -s generate -w @clearframe/schema >/dev/null
npm run -s config-schema -w @clearframe/linter >/dev/null
npm run -s print-schema -w @clearframe/api >/dev/null
npm run -s codegen -w @clearframe/api >/dev/null
npm run -s codegen -w @clearframe/web >/dev/null
npm run -s bundle >/dev/null

stale=$(git status --porcelain -- "${GENERATED[@]}")
if [ -n "$stale" ]; then
  echo "check-generated: these generated files are stale; regenerate them and commit the result:" >&2
  echo "$stale" >&2
  git --no-pager diff --stat -- "${GENERATED[@]}" >&2
  exit 1
fi
echo "check-generated: every generated file is up to date"
