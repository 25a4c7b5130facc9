// The CLI's configuration: `--config FILE`, or the nearest `.articlerc.json` above each file.
// Format (every key optional): {"rules": {"inconsistent-name": "off", …}, "language": "ar"|"en"|"auto",
// "captionCredits": ["Xinhua", …]} — the same as the editor's articleAnnotator.* settings.
// Precedence: built-in defaults < config file < command-line flags.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { FindingCode } from '../article/model';
import type { RuleSetting, Settings } from '../settings';

export const CONFIG_FILE_NAME = '.articlerc.json';

const CODES: FindingCode[] = ['duplicate-caption', 'unattributed-quote', 'unclosed-quote', 'inconsistent-name'];
const LEVELS: RuleSetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const KEYS = new Set(['rules', 'language', 'captionCredits', '$schema']);

/** A configuration the user must fix; the message names the file and what is wrong. */
export class ConfigError extends Error {}

export interface ArticleConfig {
  rules?: Settings['rules'];
  language?: Settings['language'];
  captionCredits?: string[];
}

/** Checks a parsed configuration strictly: a typo in a rule name should not pass in silence. */
export function validateConfig(raw: unknown, file: string): ArticleConfig {
  const fail = (what: string) => {
    throw new ConfigError(`${file}: ${what}`);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('the configuration must be a JSON object');
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (!KEYS.has(key)) fail(`unknown key "${key}" (expected rules, language, captionCredits)`);
  const config: ArticleConfig = {};
  if (obj.rules !== undefined) {
    if (!obj.rules || typeof obj.rules !== 'object' || Array.isArray(obj.rules)) fail('"rules" must be an object such as {"inconsistent-name": "off"}');
    const rules: Settings['rules'] = {};
    for (const [code, level] of Object.entries(obj.rules as Record<string, unknown>)) {
      if (!CODES.includes(code as FindingCode)) fail(`unknown rule "${code}" (rules: ${CODES.join(', ')})`);
      if (typeof level !== 'string' || !LEVELS.includes(level as RuleSetting)) fail(`rule "${code}" must be one of ${LEVELS.join(', ')}`);
      rules[code as FindingCode] = level as RuleSetting;
    }
    config.rules = rules;
  }
  if (obj.language !== undefined) {
    if (obj.language !== 'ar' && obj.language !== 'en' && obj.language !== 'auto') fail('"language" must be "ar", "en" or "auto"');
    config.language = obj.language as Settings['language'];
  }
  if (obj.captionCredits !== undefined) {
    if (!Array.isArray(obj.captionCredits) || obj.captionCredits.some((c) => typeof c !== 'string')) fail('"captionCredits" must be an array of strings');
    config.captionCredits = (obj.captionCredits as string[]).filter((c) => c.trim() !== '');
  }
  return config;
}

export async function readConfigFile(file: string): Promise<ArticleConfig> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    throw new ConfigError(`${file}: ${code === 'ENOENT' ? 'no such configuration file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (err) {
    throw new ConfigError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  return validateConfig(raw, file);
}

/** Settings with a configuration laid over them. */
export function applyConfig(base: Settings, config: ArticleConfig): Settings {
  return {
    ...base,
    rules: { ...base.rules, ...config.rules },
    language: config.language ?? base.language,
    captionCredits: config.captionCredits ?? base.captionCredits,
  };
}

/** Finds the configuration of each file, reading each directory and file once. */
export class ConfigResolver {
  private readonly found = new Map<string, Promise<string | null>>();
  private readonly loaded = new Map<string, Promise<ArticleConfig>>();

  constructor(private readonly explicitFile: string | null) {}

  /** The nearest `.articlerc.json` in the directory or above it, or null. */
  findUpward(dir: string): Promise<string | null> {
    let pending = this.found.get(dir);
    if (!pending) {
      pending = (async () => {
        const candidate = path.join(dir, CONFIG_FILE_NAME);
        try {
          if ((await fs.stat(candidate)).isFile()) return candidate;
        } catch {
          // not here: look in the parent
        }
        const parent = path.dirname(dir);
        return parent === dir ? null : this.findUpward(parent);
      })();
      this.found.set(dir, pending);
    }
    return pending;
  }

  private load(file: string): Promise<ArticleConfig> {
    let pending = this.loaded.get(file);
    if (!pending) {
      pending = readConfigFile(file);
      this.loaded.set(file, pending);
    }
    return pending;
  }

  /** The configuration file that applies to `filePath`, or null. */
  async configFileFor(filePath: string): Promise<string | null> {
    return this.explicitFile ?? this.findUpward(path.dirname(path.resolve(filePath)));
  }

  /**
   * Settings for one file: defaults, then its configuration, then what the command line forces
   * (`overrides`, e.g. --language).
   */
  async settingsFor(filePath: string, base: Settings, overrides: Partial<Settings> = {}): Promise<Settings> {
    const file = await this.configFileFor(filePath);
    const withConfig = file ? applyConfig(base, await this.load(file)) : base;
    return { ...withConfig, ...overrides };
  }
}
