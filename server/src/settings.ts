// Per-document settings (articleAnnotator.*), with defaults and validation of what the client sends.
import type { FindingCode, Language, Severity } from './article/model';

export type RuleSetting = Severity | 'off';

export interface Settings {
  language: Language | 'auto';
  debounceMs: number;
  rules: Partial<Record<FindingCode, RuleSetting>>;
  captionCredits: string[];
  inlayHints: boolean;
}

export const defaultSettings: Settings = {
  language: 'auto',
  debounceMs: 150,
  rules: {},
  captionCredits: [],
  inlayHints: true,
};

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Accepts anything (a client may send garbage) and returns valid settings. */
export function resolveSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const language = r.language === 'ar' || r.language === 'en' ? r.language : 'auto';
  const debounce = Number(r.debounceMs);
  const rules: Settings['rules'] = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [code, value] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[code as FindingCode] = value as RuleSetting;
    }
  }
  const credits = Array.isArray(r.captionCredits) ? r.captionCredits.filter((c): c is string => typeof c === 'string' && c.trim() !== '') : [];
  return {
    language,
    debounceMs: Number.isFinite(debounce) && debounce >= 0 && debounce <= 10000 ? debounce : defaultSettings.debounceMs,
    rules,
    captionCredits: credits,
    inlayHints: r.inlayHints === undefined ? true : r.inlayHints !== false,
  };
}

/** Settings as the engine's options. */
export function analyzeOptionsOf(settings: Settings) {
  return { language: settings.language, extraCredits: settings.captionCredits };
}
