// A throwaway PostgreSQL 15 on 127.0.0.1 for the API benchmark (as in the machine notes):
// initdb into a temporary directory, start with fsync off, stop and delete it afterwards.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PGBIN = '/usr/lib/postgresql/15/bin';

function run(command, args, timeout = 60_000) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${(result.stderr || result.stdout || String(result.error)).trim().slice(0, 500)}`);
  return result.stdout;
}

/** Starts PostgreSQL on `port`; resolves { url, stop }. Throws when PostgreSQL 15 is not installed or cannot start. */
export function startPostgres(port) {
  if (!existsSync(join(PGBIN, 'pg_ctl'))) throw new Error(`PostgreSQL 15 is not installed (${PGBIN}); apt-get install -y postgresql`);
  const asRoot = process.getuid?.() === 0;
  if (asRoot && spawnSync('id', ['postgres']).status !== 0) run('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
  const dir = mkdtempSync(join(tmpdir(), 'cf-bench-pg-'));
  const as = (bin, args, timeout) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(PGBIN, bin), ...args], timeout) : run(join(PGBIN, bin), args, timeout));
  if (asRoot) {
    const uid = Number(run('id', ['-u', 'postgres']).trim());
    const gid = Number(run('id', ['-g', 'postgres']).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  as('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  as('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, 'start'], 40_000);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** Creates an empty database; returns its URL. */
    createDatabase(name) {
      as('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], 30_000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
