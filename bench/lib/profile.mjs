// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by module,
// and inclusive time for chosen functions, so results.md can show where the time goes.
import { readFileSync } from 'node:fs';

const moduleOf = (url) => {
  if (!url) return '(native/v8)';
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  const p = url.match(/packages\/([^/]+)\/(?:dist|src)\/(.*)$/);
  if (p) return `@clearframe/${p[1]}:${p[2].replace(/\.js$/, '')}`;
  if (url.startsWith('node:')) return 'node (core)';
  return url.replace(/^file:\/\/.*\//, '');
};

/** Native (C++) frames, grouped by what they do; V8 builtins such as JSON.parse are charged to their JS caller. */
function nativeGroup(name) {
  if (/^(writev|writeBuffer|writeString|writeUtf8String|writeLatin1String|read|readv|write|fstat|stat|open|openFileHandle|close)$/.test(name)) return '(native) I/O calls';
  return '(native/v8)';
}

/**
 * `window` ({ from, to } in microseconds of the monotonic clock, as process.hrtime.bigint() / 1000n gives
 * in any process on this machine) keeps only the samples taken in that time, e.g. while one query ran.
 * @param {string} path
 * @param {{ top?: number, window?: { from: number, to: number } }} [options]
 */
export function summarise(path, { top = 12, window } = {}) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const dt = profile.timeDeltas;
  let at = profile.startTime;
  // Sampled time before each node first appears (for "how long until main() ran").
  const firstAt = new Map();
  let elapsed = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += dt[i] ?? 0;
    if (window && (at < window.from || at > window.to)) continue;
    if (!firstAt.has(profile.samples[i])) firstAt.set(profile.samples[i], elapsed);
    elapsed += dt[i] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fnSelf = new Map();
  const modSelf = new Map();
  const inclusive = new Map();
  for (const [id, time] of self) {
    const n = byId.get(id);
    const f = n.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${moduleOf(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`;
    fnSelf.set(name, (fnSelf.get(name) ?? 0) + time);
    const mod = f.url ? moduleOf(f.url) : f.functionName.startsWith('(') ? f.functionName : nativeGroup(f.functionName);
    modSelf.set(mod, (modSelf.get(mod) ?? 0) + time);
    // Inclusive: charge every distinct function on the stack once.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      const key = `${cf.functionName || '(anonymous)'} ${moduleOf(cf.url)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + time);
    }
  }
  // A function is first on the stack at the earliest sample of any node below it.
  const firstSeen = new Map();
  for (const [id, time] of firstAt) {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const cf = byId.get(cur).callFrame;
      const key = `${cf.functionName || '(anonymous)'} ${moduleOf(cf.url)}`;
      if (!firstSeen.has(key) || firstSeen.get(key) > time) firstSeen.set(key, time);
    }
  }
  const rows = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, t]) => ({ name, ms: Math.round(t / 1000), share: t / total }));
  return { totalMs: Math.round(total / 1000), functions: rows(fnSelf), modules: rows(modSelf), inclusive: rows(inclusive), inclusiveAll: inclusive, firstSeen, total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = summarise(process.argv[2], { top: Number(process.argv[3] ?? 25) });
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  console.log(`total sampled ${s.totalMs} ms`);
  console.log('\nself time by module:');
  for (const r of s.modules) console.log(`  ${pct(r.share).padStart(6)} ${String(r.ms).padStart(6)} ms  ${r.name}`);
  console.log('\nself time by function:');
  for (const r of s.functions) console.log(`  ${pct(r.share).padStart(6)} ${String(r.ms).padStart(6)} ms  ${r.name}`);
  console.log('\ninclusive time by function:');
  for (const r of s.inclusive) console.log(`  ${pct(r.share).padStart(6)} ${String(r.ms).padStart(6)} ms  ${r.name}`);
}
