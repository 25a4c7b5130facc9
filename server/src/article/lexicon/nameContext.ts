// Words that stand before a personal name without being part of it. They tell the name-spelling
// check that the next word is a name (so `Mr Clark` can be matched to `Charles Clarke`), and are
// skipped when names are compared. Matching is on normalised forms (text.ts normalizeForMatch).

/** Honorifics and titles written directly before a name. */
export const HONORIFICS: Record<'ar' | 'en', string[]> = {
  ar: ['السيد', 'السيدة', 'الدكتور', 'الدكتورة', 'د', 'الشيخ', 'الأستاذ', 'المهندس'],
  en: ['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'prof', 'professor', 'dame', 'rev'],
};

/**
 * Arabic reporting verbs (without the proclitics و/ف and the feminine ت, which are stripped before
 * lookup) after which a name follows directly: `وأكد هاموند`, `وقالت بساكي`.
 */
export const AR_VERBS_BEFORE_NAME: string[] = ['قال', 'أكد', 'أضاف', 'أوضح', 'أشار', 'اعتبر', 'رأى', 'أعرب', 'ذكر', 'صرح', 'تابع', 'شدد', 'لفت', 'نفى', 'رد', 'عبر', 'دعا', 'حذر', 'كشف', 'أعلن', 'رفض'];

/** Arabic proclitics that attach to a name (`لكيري`, `وكيري`), longest first. */
export const AR_PROCLITICS: string[] = ['ول', 'فل', 'وب', 'فب', 'وك', 'فك', 'و', 'ف', 'ل', 'ب', 'ك'];

/** Name particles joined to the word after them when a short name is taken (`عبد اللهيان`, `bin Laden`). */
export const NAME_PARTICLES: string[] = ['عبد', 'أبو', 'ابو', 'أبي', 'ابن', 'بن', 'آل', 'al', 'el', 'bin', 'van', 'von', 'de', 'del', 'da', 'di', 'le', 'la', 'mac', "o'"];
