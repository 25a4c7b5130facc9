// Test-only extension installed beside Article Annotator in code-server. On startup it runs the
// compiled extension-host suite named by ARTICLE_E2E_SUITE and writes the JSON report to
// ARTICLE_E2E_RESULTS (written to a temporary name, then renamed, so the driver never reads half a
// file). Without those variables it does nothing.
import * as fs from 'node:fs';
import type { SuiteReport } from '../../suite/index';

interface SuiteModule {
  runSuite(log: (line: string) => void): Promise<SuiteReport>;
}

function writeAtomically(file: string, data: unknown): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(data, null, 2));
  fs.renameSync(tmp, file);
}

export async function activate(): Promise<void> {
  const suitePath = process.env.ARTICLE_E2E_SUITE;
  const resultsPath = process.env.ARTICLE_E2E_RESULTS;
  if (!suitePath || !resultsPath) return;
  const logPath = `${resultsPath}.log`;
  const log = (line: string) => fs.appendFileSync(logPath, line + '\n');
  try {
    log(`runner: loading ${suitePath}`);
    // A computed path: the suite lives in the repository, outside this extension.
    const suite = require(suitePath) as SuiteModule;
    const report = await suite.runSuite(log);
    writeAtomically(resultsPath, report);
  } catch (err) {
    writeAtomically(resultsPath, { error: `the suite could not run: ${(err as Error)?.stack ?? err}` });
  }
}

export function deactivate(): void {}
