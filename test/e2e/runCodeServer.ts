// `npm run test:e2e`: the extension in a real VS Code — code-server 4.100.3 in Debian's Chromium.
// 1. installs code-server into .cache/code-server (once), packages the extension and the test-runner
//    extension, installs both into a temporary extensions dir;
// 2. starts code-server on a free port of 127.0.0.1 with a temporary user-data dir and a fresh copy
//    of the fixture workspace; opens it in headless Chromium (playwright-core);
// 3. the runner extension runs the extension-host suite there and writes a JSON report, which this
//    driver waits for (with a timeout);
// 4. then checks what users see in the browser (Problems, Outline, hover, a keyboard quick fix),
//    with screenshots in test-results/e2e;
// 5. stops everything it started, also on failure or Ctrl-C. Exit code 1 names every failed feature.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cleanup, freePort, installSignalHandlers, onCleanup, runToEnd, startGroup, stopGroup, waitUntil } from './driver/processes';
import { RESULTS_DIR, ROOT, prepareWorkspace, writeUserSettings } from './driver/workspace';
import { runUiChecks, type UiResult } from './driver/ui';
import type { SuiteReport } from './suite/index';

// Same place as scripts/e2e/install-code-server.sh installs it (CODE_SERVER_DIR overrides both).
const CODE_SERVER = path.join(process.env.CODE_SERVER_DIR ? path.resolve(process.env.CODE_SERVER_DIR) : path.join(ROOT, '.cache', 'code-server'), 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SUITE_TIMEOUT_MS = 6 * 60_000;

/** A failure message on one line, for the closing summary. */
function oneLine(message: string | undefined, max = 240): string {
  const flat = (message ?? '').replace(/\s*\n\s*/g, ' | ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function step(message: string): void {
  console.log(`\n== e2e: ${message}`);
}

async function prepare(): Promise<{ vsix: string; runnerVsix: string }> {
  step('installing code-server (skipped when present)');
  await runToEnd('bash', [path.join(ROOT, 'scripts', 'e2e', 'install-code-server.sh')], { cwd: ROOT });
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  step('packaging the extension (npm run package)');
  await runToEnd('npm', ['run', '--silent', 'package'], { cwd: ROOT });
  step('building the suite and the test-runner extension');
  await runToEnd(process.execPath, [path.join(ROOT, 'scripts', 'e2e', 'build.mjs')], { cwd: ROOT });
  const runnerVsix = path.join(ROOT, 'out', 'e2e', 'article-annotator-e2e-runner.vsix');
  await runToEnd(path.join(ROOT, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--out', runnerVsix], { cwd: path.join(ROOT, 'out', 'e2e', 'runner'), stdio: ['ignore', 'ignore', 'inherit'] });
  return { vsix: path.join(ROOT, 'article-annotator-0.1.0.vsix'), runnerVsix };
}

function readReport(file: string): SuiteReport | { error: string } | undefined {
  if (!fs.existsSync(file)) return undefined;
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

async function main(): Promise<number> {
  installSignalHandlers();
  const started = Date.now();
  fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const { vsix, runnerVsix } = await prepare();

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-e2e-'));
  onCleanup(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const workspace = prepareWorkspace(path.join(tmp, 'workspace'));
  const resultsFile = path.join(tmp, 'suite-results.json');
  writeUserSettings(userData);
  const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', path.join(tmp, 'config.yaml')];
  fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\n');

  step('installing the extension and the test runner into a temporary extensions dir');
  await runToEnd(CODE_SERVER, [...common, '--install-extension', vsix, '--install-extension', runnerVsix], { cwd: tmp });

  const port = await freePort();
  const serverLog = path.join(RESULTS_DIR, 'code-server.log');
  step(`starting code-server on 127.0.0.1:${port} (log: ${path.relative(ROOT, serverLog)})`);
  const server = startGroup(
    CODE_SERVER,
    [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace],
    { cwd: tmp, logFile: serverLog, env: { ...process.env, ARTICLE_E2E_SUITE: path.join(ROOT, 'out', 'e2e', 'suite', 'index.js'), ARTICLE_E2E_RESULTS: resultsFile } },
  );
  onCleanup(() => stopGroup(server));
  const base = `http://127.0.0.1:${port}`;
  await waitUntil('code-server to answer /healthz', 60_000, async () => {
    if (server.exitCode !== null) throw new Error(`code-server exited (${server.exitCode}); see ${serverLog}`);
    try {
      return (await fetch(`${base}/healthz`)).ok ? true : undefined;
    } catch {
      return undefined;
    }
  });

  step('opening the workspace in Chromium');
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Our own signal handlers close the browser as part of the cleanup (Playwright's would exit first).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--headless'],
  });
  onCleanup(() => browser.close());
  const page: Page = await browser.newPage({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  page.on('pageerror', (err) => fs.appendFileSync(path.join(RESULTS_DIR, 'browser-console.log'), `pageerror: ${err.message}\n`));
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });

  step('running the extension-host suite inside code-server');
  const report = await waitUntil('the suite report from the test-runner extension', SUITE_TIMEOUT_MS, () => {
    if (server.exitCode !== null) throw new Error(`code-server exited (${server.exitCode}) before the suite finished; see ${serverLog}`);
    return readReport(resultsFile);
  }).catch(async (err: Error) => {
    await page.screenshot({ path: path.join(RESULTS_DIR, 'FAIL-suite-timeout.png') }).catch(() => undefined);
    const partial = fs.existsSync(`${resultsFile}.log`) ? fs.readFileSync(`${resultsFile}.log`, 'utf8') : '(no suite output)';
    throw new Error(`${err.message}\nsuite output so far:\n${partial}`);
  });
  if (fs.existsSync(`${resultsFile}.log`)) fs.copyFileSync(`${resultsFile}.log`, path.join(RESULTS_DIR, 'suite.log'));
  fs.writeFileSync(path.join(RESULTS_DIR, 'suite-results.json'), JSON.stringify(report, null, 2));

  const failures: string[] = [];
  if ('error' in report) {
    failures.push(`suite: ${report.error}`);
  } else {
    console.log(`VS Code ${report.vscodeVersion} (code-server): ${report.passed} passed, ${report.failed} failed in ${(report.durationMs / 1000).toFixed(1)} s`);
    for (const t of report.tests) {
      console.log(`  ${t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-'} ${t.title}${t.state === 'failed' ? `\n      ${t.error?.split('\n').join('\n      ')}` : ''}`);
      if (t.state === 'failed') failures.push(`${t.title}: ${oneLine(t.error)}`);
    }
    if (report.failed > 0) await page.screenshot({ path: path.join(RESULTS_DIR, 'FAIL-suite-state.png') });
  }

  step('checking what users see in the browser');
  const ui: UiResult[] = await runUiChecks(page, workspace, RESULTS_DIR, process.env.E2E_DOCS_DIR ? path.resolve(process.env.E2E_DOCS_DIR) : undefined);
  for (const r of ui) {
    console.log(`  ${r.ok ? '✓' : '✗'} ui: ${r.feature}${r.ok ? '' : `\n      ${r.error}`}  [${path.relative(ROOT, r.screenshot)}]`);
    if (!r.ok) failures.push(`ui: ${r.feature}: ${oneLine(r.error)} (screenshot ${path.relative(ROOT, r.screenshot)})`);
  }

  console.log(`\ne2e finished in ${((Date.now() - started) / 1000).toFixed(0)} s; screenshots and logs in ${path.relative(ROOT, RESULTS_DIR)}/`);
  if (failures.length) {
    console.error(`\n${failures.length} e2e check(s) failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    return 1;
  }
  console.log('All e2e checks passed.');
  return 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (err: Error) => {
    console.error(`\ne2e: ${err.message}`);
    await cleanup();
    process.exit(1);
  });
