// Prints "N passed, N failed, N skipped" from every package's vitest JSON report (reports/vitest.json).
// Exits 1 when a test failed, or when a package that has tests left no report (its run crashed).
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const root = new URL('../packages/', import.meta.url);
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;
for (const name of readdirSync(root)) {
  const pkg = JSON.parse(readFileSync(new URL(`${name}/package.json`, root), 'utf8'));
  if (!pkg.scripts?.test) continue;
  const report = new URL(`${name}/reports/vitest.json`, root);
  if (!existsSync(report)) {
    console.error(`test-summary: packages/${name} has no reports/vitest.json (its test run did not finish)`);
    missing = true;
    continue;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + json.numTodoTests;
  // A file that failed to load counts as a failure even when it had no tests to count.
  failed += json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing || passed === 0 ? 1 : 0);
