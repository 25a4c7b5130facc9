// A fresh copy of the fixture workspace for each run (the suite edits and saves files in it), with
// the shared seed article read from ../shared/seed (never copied into the repository).
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const FIXTURE = path.join(ROOT, 'test', 'e2e', 'fixture', 'workspace');
export const SEED = path.resolve(ROOT, '..', 'shared', 'seed', 'aljazeera-kerry-iran.txt');
export const RESULTS_DIR = path.join(ROOT, 'test-results', 'e2e');

export function prepareWorkspace(dir: string): string {
  if (!fs.existsSync(SEED)) throw new Error(`the seed article is missing: ${SEED} (the e2e suite reads it from ../shared/seed)`);
  fs.cpSync(FIXTURE, dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'seed'), { recursive: true });
  fs.copyFileSync(SEED, path.join(dir, 'seed', 'aljazeera-kerry-iran.txt'));
  return dir;
}

/** The editor user settings both hosts start with: quiet, deterministic, no prompts. */
export const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'editor.hover.delay': 100,
  'window.commandCenter': false,
  'chat.commandCenter.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
};

export function writeUserSettings(userDataDir: string): void {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
}
