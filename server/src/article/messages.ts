// User-facing strings in the UI languages (English and Arabic). Templates use {name} placeholders.
import type { FindingCode } from './model';

export type UiLanguage = 'en' | 'ar';

type Table = Record<string, string>;

const en: Table = {
  'duplicate-caption': 'Duplicate caption "{words}": it repeats the caption on line {line}.',
  'duplicate-caption.related': 'First occurrence of the caption',
  'unattributed-quote': 'Direct quote "{words}" has no speaker.',
  'unclosed-quote': 'Quotation mark {mark} is never closed; the quote seems to end {where}.',
  'inconsistent-name': 'Speaker "{name}" is also spelled {alternatives}.',
  'inconsistent-name.related': 'Other spelling',
};

const ar: Table = {
  'duplicate-caption': 'تعليق صورة مكرر "{words}": يكرر التعليق في السطر {line}.',
  'duplicate-caption.related': 'أول ظهور للتعليق',
  'unattributed-quote': 'اقتباس مباشر "{words}" بلا قائل.',
  'unclosed-quote': 'علامة الاقتباس {mark} لم تُغلق؛ يبدو أن الاقتباس ينتهي {where}.',
  'inconsistent-name': 'اسم المتحدث "{name}" مكتوب أيضا {alternatives}.',
  'inconsistent-name.related': 'كتابة أخرى',
};

const tables: Record<UiLanguage, Table> = { en, ar };

export function uiLanguageOf(locale: string | undefined): UiLanguage {
  return locale && locale.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function message(key: FindingCode | string, args: Record<string, string | number>, lang: UiLanguage = 'en'): string {
  const template = tables[lang][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => (name in args ? String(args[name]) : `{${name}}`));
}

/** The first words of a passage, for quoting it in a message. */
export function firstWords(s: string, max = 6): string {
  const words = s.trim().split(/\s+/);
  return words.length <= max ? words.join(' ') : words.slice(0, max).join(' ') + '…';
}
