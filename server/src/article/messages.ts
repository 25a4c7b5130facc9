// User-facing strings in the UI languages (English and Arabic). Templates use {name} placeholders.
import type { FindingCode } from './model';
import { isJsSpace } from './text';

export type UiLanguage = 'en' | 'ar';

type Table = Record<string, string>;

const en: Table = {
  'duplicate-caption': 'Duplicate caption "{words}": it repeats the caption on line {line}.',
  'duplicate-caption.related': 'First occurrence of the caption',
  'fix.deleteDuplicateCaption': 'Delete duplicate caption',
  'fix.deleteAllDuplicateCaptions': 'Delete all duplicate captions',
  'unattributed-quote': 'Direct quote "{words}" has no speaker.',
  'unclosed-quote': 'Quotation mark {mark} before "{words}" is never closed; the quote seems to end after "{endWords}" (line {endLine}).',
  'inconsistent-name': 'Speaker "{name}" is spelled "{rare}" here but {alternatives} elsewhere.',
  'inconsistent-name.related': 'Spelled "{spelling}" here',
  // speaker-aware editing (quote fixes, hovers, lenses, rename)
  'fix.attribute': 'Attribute to {name}',
  'fix.attributeTemplate': 'Insert an attribution to fill in: {template}',
  'fix.closeQuote': 'Close the quote after "{endWords}"',
  'fix.replaceName': 'Replace "{rare}" with "{common}"',
  'hover.term': '**Term** — not reported speech',
  'hover.noSpeaker': '**Direct quote with no speaker**',
  'hover.cue': 'Attributed by {cue} on {line}',
  'hover.continuation': 'Continues the previous speaker ({line})',
  'hover.colon': 'Introduced by the speaker\'s name and a colon on {line}',
  'hover.quoteIndex': 'Quote {index} of {count} by this speaker',
  'hover.line': 'line {line}',
  'hover.aliases': 'Also written: {aliases}',
  'hover.quotes': 'Quotes:',
  'hover.noQuotes': 'No direct quotes',
  'hover.organization': 'organisation',
  'hover.anonymous': 'unnamed source',
  'hover.caption': '**Photo caption**',
  'hover.credit': 'Credit: {credit}',
  'hover.captionRepeats': 'Repeats the caption on {line}',
  'count.speaker.one': '{n} speaker',
  'count.speaker.other': '{n} speakers',
  'count.quote.one': '{n} quote',
  'count.quote.other': '{n} quotes',
  'count.term.one': '{n} term',
  'count.term.other': '{n} terms',
  'count.problem.one': '{n} problem',
  'count.problem.other': '{n} problems',
  'rename.notAName': 'Only a speaker\'s name can be renamed: put the cursor on a name such as "{example}".',
  'rename.noSpeakers': 'This article has no speaker to rename.',
  'rename.badName': 'The new name must be one line of text without quotation marks.',
  'symbol.headline': 'headline',
  'server.tooLarge': 'Article Annotator does not analyse {file}: it has {size} characters, more than the {limit} it reads. Problems, outline and hovers are off for this file.',
  'server.tooManyProblems': 'Article Annotator lists the first {shown} of {total} problems in {file}.',
};

const ar: Table = {
  'duplicate-caption': 'تعليق صورة مكرر "{words}": يكرر التعليق في السطر {line}.',
  'duplicate-caption.related': 'أول ظهور للتعليق',
  'fix.deleteDuplicateCaption': 'حذف تعليق الصورة المكرر',
  'fix.deleteAllDuplicateCaptions': 'حذف كل تعليقات الصور المكررة',
  'unattributed-quote': 'اقتباس مباشر "{words}" بلا قائل.',
  'unclosed-quote': 'علامة الاقتباس {mark} قبل "{words}" لم تُغلق؛ يبدو أن الاقتباس ينتهي بعد "{endWords}" (السطر {endLine}).',
  'inconsistent-name': 'اسم المتحدث "{name}" مكتوب هنا "{rare}" وفي مواضع أخرى {alternatives}.',
  'inconsistent-name.related': 'مكتوب هنا "{spelling}"',
  'fix.attribute': 'إسناد إلى {name}',
  'fix.attributeTemplate': 'إدراج إسناد لإكماله: {template}',
  'fix.closeQuote': 'إغلاق الاقتباس بعد "{endWords}"',
  'fix.replaceName': 'استبدال "{rare}" بـ "{common}"',
  'hover.term': '**مصطلح** — ليس كلاما منقولا',
  'hover.noSpeaker': '**اقتباس مباشر بلا قائل**',
  'hover.cue': 'أسنده الفعل {cue} في {line}',
  'hover.continuation': 'يكمل كلام المتحدث السابق ({line})',
  'hover.colon': 'قدّمه اسم المتحدث ونقطتان في {line}',
  'hover.quoteIndex': 'الاقتباس {index} من {count} لهذا المتحدث',
  'hover.line': 'السطر {line}',
  'hover.aliases': 'يُكتب أيضا: {aliases}',
  'hover.quotes': 'الاقتباسات:',
  'hover.noQuotes': 'لا اقتباسات مباشرة',
  'hover.organization': 'جهة',
  'hover.anonymous': 'مصدر لم يُسمَّ',
  'hover.caption': '**تعليق صورة**',
  'hover.credit': 'المصدر: {credit}',
  'hover.captionRepeats': 'يكرر التعليق في {line}',
  'count.speaker.zero': 'لا متحدثين',
  'count.speaker.one': 'متحدث واحد',
  'count.speaker.two': 'متحدثان',
  'count.speaker.few': '{n} متحدثين',
  'count.speaker.many': '{n} متحدثا',
  'count.speaker.other': '{n} متحدث',
  'count.quote.zero': 'لا اقتباسات',
  'count.quote.one': 'اقتباس واحد',
  'count.quote.two': 'اقتباسان',
  'count.quote.few': '{n} اقتباسات',
  'count.quote.many': '{n} اقتباسا',
  'count.quote.other': '{n} اقتباس',
  'count.term.zero': 'لا مصطلحات',
  'count.term.one': 'مصطلح واحد',
  'count.term.two': 'مصطلحان',
  'count.term.few': '{n} مصطلحات',
  'count.term.many': '{n} مصطلحا',
  'count.term.other': '{n} مصطلح',
  'count.problem.zero': 'لا مشكلات',
  'count.problem.one': 'مشكلة واحدة',
  'count.problem.two': 'مشكلتان',
  'count.problem.few': '{n} مشكلات',
  'count.problem.many': '{n} مشكلة',
  'count.problem.other': '{n} مشكلة',
  'rename.notAName': 'لا يُعاد تسمية إلا اسم متحدث: ضع المؤشر على اسم مثل "{example}".',
  'rename.noSpeakers': 'لا متحدثين في هذا المقال لإعادة تسميتهم.',
  'rename.badName': 'يجب أن يكون الاسم الجديد سطرا واحدا بلا علامات اقتباس.',
  'symbol.headline': 'العنوان',
  'server.tooLarge': 'لا يحلل Article Annotator الملف {file}: فيه {size} حرف، أكثر من الحد {limit}. المشكلات والمخطط والتلميحات معطلة لهذا الملف.',
  'server.tooManyProblems': 'يعرض Article Annotator أول {shown} من {total} مشكلة في {file}.',
};

const tables: Record<UiLanguage, Table> = { en, ar };

/** `count.quote` + 3 → "3 quotes" / "3 اقتباسات", with the language's plural rules. */
export function countMessage(key: string, n: number, lang: UiLanguage = 'en'): string {
  const form = new Intl.PluralRules(lang).select(n);
  const exact = n === 0 && tables[lang][`${key}.zero`] ? `${key}.zero` : `${key}.${form}`;
  const chosen = tables[lang][exact] ? exact : `${key}.other`;
  return message(chosen, { n }, lang);
}

export function uiLanguageOf(locale: string | undefined): UiLanguage {
  return locale && locale.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function message(key: FindingCode | string, args: Record<string, string | number>, lang: UiLanguage = 'en'): string {
  const template = tables[lang][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => (name in args ? String(args[name]) : `{${name}}`));
}

/** The first words of a passage, for quoting it in a message. */
export function firstWords(s: string, max = 6): string {
  // the same answer as `s.trim().split(/\s+/)`, its first `max`, then `…` if more: read only as far as
  // the word after them (a quote may run to a thousand words; the documents' outline names every one)
  const words: string[] = [];
  let i = 0;
  for (;;) {
    while (i < s.length && isJsSpace(s.charCodeAt(i))) i++;
    if (i === s.length) return words.join(' ');
    if (words.length === max) return words.join(' ') + '…';
    const start = i;
    while (i < s.length && !isJsSpace(s.charCodeAt(i))) i++;
    words.push(s.slice(start, i));
  }
}
