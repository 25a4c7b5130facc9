// The mocha entry point of the extension-host suite, for both hosts:
// - @vscode/test-electron calls `run()` (its extensionTestsPath is this file, compiled);
// - in code-server, the test-runner extension calls `runSuite()` and writes the report to a file.
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** Order matters: activation first (it checks that nothing activated the extension before). */
export const SUITE_FILES = ['activation', 'diagnostics', 'outline', 'hover', 'codeActions', 'tokens', 'longDocument'];

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface SuiteReport {
  vscodeVersion: string;
  passed: number;
  failed: number;
  durationMs: number;
  tests: TestResult[];
}

export async function runSuite(log: (line: string) => void = console.log): Promise<SuiteReport> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: Mocha.reporters.Base });
  for (const name of SUITE_FILES) mocha.addFile(path.join(__dirname, `${name}.test.js`));
  const tests: TestResult[] = [];
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (t) => {
        tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 });
        log(`  ✓ ${t.fullTitle()} (${t.duration ?? 0} ms)`);
      });
      runner.on('fail', (t, err: Error) => {
        tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: err?.message ?? String(err) });
        log(`  ✗ ${t.fullTitle()}\n      ${(err?.message ?? String(err)).split('\n').join('\n      ')}`);
      });
      runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending', durationMs: 0 }));
    } catch (err) {
      reject(err);
    }
  });
  const failed = tests.filter((t) => t.state === 'failed').length;
  return { vscodeVersion: vscode.version, passed: tests.filter((t) => t.state === 'passed').length, failed, durationMs: Date.now() - started, tests };
}

/** @vscode/test-electron's contract: resolve when every test passed, reject otherwise. */
export async function run(): Promise<void> {
  const report = await runSuite();
  console.log(`${report.passed} passed, ${report.failed} failed (VS Code ${report.vscodeVersion})`);
  if (report.failed > 0) throw new Error(`${report.failed} e2e test(s) failed`);
}
