// kill -9 of the API process while it publishes onto PGlite: after each restart the data directory opens, and it
// holds every acknowledged version and only whole versions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { eventually } from '../helpers.js';
import { childEnv, startServer, type RunningServer } from '../processes.js';
import { auditVersions, clinicFiles, createToken, gql, PUBLISH, report, stopQuietly } from './harness.js';

const SOAK = Boolean(process.env.RELIABILITY_SOAK);
const CYCLES = SOAK ? 15 : 3;
const PUBLISHERS = 4;
const CLINIC = 'fault-pglite';
const dataDir = mkdtempSync(join(tmpdir(), 'clearframe-crash-'));
const env = childEnv({ CLEARFRAME_DATA_DIR: dataDir });
let server: RunningServer | undefined;

afterAll(async () => {
  await stopQuietly(server);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('kill -9 while publishing onto PGlite', () => {
  it(
    `${CYCLES} crashes under ${PUBLISHERS} concurrent publishers: the data directory reopens with every acknowledged version, whole`,
    async () => {
      const token = await createToken(env, CLINIC);
      const acknowledged = new Set<string>();
      const attempted = new Set<string>();
      let killedInFlight = 0;
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        server = await startServer([], env);
        const { url } = server;
        expect((await fetch(`${url}/ready`, { signal: AbortSignal.timeout(10_000) })).status, `cycle ${cycle}: the data directory opened`).toBe(200);
        let alive = true;
        let inFlight = 0;
        const publisher = async (p: number) => {
          for (let seq = 0; alive && seq < 1_000; seq++) {
            const commit = `c${cycle}-p${p}-${seq}`;
            attempted.add(commit);
            inFlight++;
            const reply = await gql(url, PUBLISH, { input: { clinic: CLINIC, files: clinicFiles(CLINIC, [{ id: `writer-${p}`, note: commit }]), commit } }, token);
            inFlight--;
            const status = (reply.body?.data?.publishPolicies as { status?: string } | undefined)?.status;
            if (status === 'PUBLISHED') acknowledged.add(commit);
            else if (reply.status !== 0) throw new Error(`cycle ${cycle}: publish ${commit} failed while the server was up: ${JSON.stringify(reply.body)}`);
          }
        };
        const running = Array.from({ length: PUBLISHERS }, (_, p) => publisher(p));
        // Let a few publishes through, then kill while others are on the wire (bounded by the deadline).
        const before = acknowledged.size;
        await eventually(() => (acknowledged.size >= before + 2 + cycle % 3 ? true : undefined), 60_000, `cycle ${cycle}: publishes to be acknowledged`);
        killedInFlight += inFlight;
        server.child.kill('SIGKILL');
        await eventually(() => (server!.child.signalCode === 'SIGKILL' ? true : undefined), 15_000, 'the server to die');
        alive = false;
        await Promise.all(running);
      }

      // A last start proves the directory opens after the last kill; then the data is audited offline.
      server = await startServer([], env);
      const code = await server.stop();
      expect({ code, signal: server.child.signalCode, stderr: server.stderr().slice(-2000), log: server.logs.slice(-3) }).toMatchObject({ code: 0 });
      const store = await openStore({ dataDir });
      try {
        const audit = await auditVersions(store);
        expect(audit.problems).toEqual([]);
        const stored = new Set([...audit.commits.values()].flat());
        const lost = [...acknowledged].filter((c) => !stored.has(c));
        expect(lost, 'acknowledged versions lost').toEqual([]);
        expect([...stored].filter((c) => c !== null && !attempted.has(c))).toEqual([]);
        const duplicated = [...audit.commits.values()].flat().length - stored.size;
        expect(duplicated).toBe(0);
        report('reliability-pglite-crash', {
          crashes: CYCLES,
          publishers: PUBLISHERS,
          acknowledged: acknowledged.size,
          killedInFlight,
          storedVersions: audit.versions,
          committedButUnacknowledged: audit.versions - acknowledged.size,
          lost: lost.length,
          duplicated,
          partial: audit.problems.length,
        });
      } finally {
        await store.close();
      }
    },
    120_000 + CYCLES * 30_000,
  );
});
