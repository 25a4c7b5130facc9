// `npm run test:vscode`: the same extension-host suite under @vscode/test-electron — the standard
// runner for contributors with desktop VS Code. Uses VSCODE_EXECUTABLE when set, otherwise downloads
// VS Code (into .vscode-test/, ignored). When neither is possible (no network to the VS Code CDN, as
// on the project's CI machines) it says so and exits 1: use `npm run test:e2e` (code-server) there.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { cleanup, installSignalHandlers, onCleanup, runToEnd } from './driver/processes';
import { ROOT, prepareWorkspace, writeUserSettings } from './driver/workspace';

const VERSION = process.env.VSCODE_VERSION ?? '1.100.3';

async function vscodeExecutable(): Promise<string> {
  const given = process.env.VSCODE_EXECUTABLE;
  if (given) {
    if (!fs.existsSync(given)) throw new Error(`VSCODE_EXECUTABLE=${given} does not exist`);
    return given;
  }
  try {
    return await downloadAndUnzipVSCode({ version: VERSION, timeout: 20_000, cachePath: path.join(ROOT, '.vscode-test') });
  } catch (err) {
    throw new Error(
      `cannot run the suite under @vscode/test-electron: VSCODE_EXECUTABLE is not set and VS Code ${VERSION} could not be downloaded (${(err as Error).message}).\n` +
        '  Set VSCODE_EXECUTABLE to a VS Code binary (e.g. /usr/share/code/code), or run `npm run test:e2e`, which runs the same suite in code-server.',
    );
  }
}

async function main(): Promise<void> {
  installSignalHandlers();
  const executable = await vscodeExecutable();
  await runToEnd('npm', ['run', '--silent', 'build'], { cwd: ROOT });
  await runToEnd(process.execPath, [path.join(ROOT, 'scripts', 'e2e', 'build.mjs')], { cwd: ROOT });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-vscode-'));
  onCleanup(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const userData = path.join(tmp, 'user-data');
  writeUserSettings(userData);
  const workspace = prepareWorkspace(path.join(tmp, 'workspace'));
  await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'e2e', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions')],
  });
}

main()
  .then(async () => {
    await cleanup();
    console.log('test:vscode: all suite tests passed.');
  })
  .catch(async (err: Error) => {
    console.error(`\ntest:vscode: ${err.message}`);
    await cleanup();
    process.exit(1);
  });
