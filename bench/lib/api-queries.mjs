// The GraphQL requests of the API benchmark, and the names of the seeded clinics and policies.
// Policy number k lives in clinic bench-<k / perClinic> with id <template id>-<k>, so any request
// can name an existing policy without asking the database first.

export const clinicOf = (k, perClinic) => `bench-${String(Math.floor(k / perClinic)).padStart(6, '0')}`;
export const slugOf = (templateSlug, k) => `${templateSlug}-${k}`;

const POLICY = `query Policy($clinic: String!, $id: String!) {
  policy(clinic: $clinic, id: $id) {
    id slug lintStatus
    metadata { title jurisdiction reviewed clinician { name credentials } }
    spec { turnaround { within excludes fasterRepliesNotGuaranteed } }
  }
}`;

const PAGE = `query Page($after: String) {
  policies(first: 50, after: $after) {
    pageInfo { endCursor hasNextPage }
    edges { node {
      slug clinic { slug }
      metadata { clinician { name } jurisdiction }
      spec { contact {
        methods { id kind offered address secure product }
        routes {
          administrative { via methods { id kind } }
          clinical { via methods { id kind } }
          crisis { instructions contacts { name number kind } methods { id kind } }
        }
      } }
    } }
  }
}`;

const LINT = `query Lint($source: String!, $path: String) {
  lint(source: $source, path: $path, today: "2026-11-01") {
    filePath errorCount warningCount
    messages { ruleId severity message line column path }
  }
}`;

export const BASELINE = '{ hello }';

/**
 * Each query's request body for request number i. `ctx` = { total, perClinic, slugOfTemplate(k), lintSources }.
 * Ids and cursors are spread over the whole data set, so requests do not all hit one hot row.
 */
export const QUERIES = {
  policy: {
    label: '`policy` by clinic + id',
    body: (i, ctx) => {
      const k = pickPolicy(i, ctx.total);
      return { query: POLICY, variables: { clinic: clinicOf(k, ctx.perClinic), id: slugOf(ctx.slugOfTemplate(k), k) } };
    },
  },
  page: {
    label: '`policies` page of 50, nested methods and routes',
    body: (i, ctx) => {
      // Pages start after a policy spread over the first 90% of the data set, so each page is full.
      const k = pickPolicy(i, Math.max(1, Math.floor(ctx.total * 0.9) - 51));
      return { query: PAGE, variables: { after: Buffer.from(`${clinicOf(k, ctx.perClinic)}\n${slugOf(ctx.slugOfTemplate(k), k)}`).toString('base64url') } };
    },
  },
  lint: {
    label: '`lint` query (one policy, in memory)',
    body: (i, ctx) => {
      const s = ctx.lintSources[i % ctx.lintSources.length];
      return { query: LINT, variables: { source: s.source, path: s.path } };
    },
  },
};

function pickPolicy(i, total) {
  // A fixed stride through the policies (a prime, so it visits them all before repeating).
  return (i * 7919 + 13) % total;
}

/** Policy texts for the lint query: the sources of a few templates. */
export function lintSourcesOf(templates) {
  return templates.slice(0, 16).map((t) => t.sources[0]);
}
