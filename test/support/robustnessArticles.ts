// Articles written for the robustness tests (Arabic and English), plus the shared corpus and seed
// read at test time when they exist (never copied into the repository).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './lspClient';
import { SEED_PATH } from './fixtures';

/** Our own articles: every layout feature the engine reads, in a few lines each. */
export const OWN_ARTICLES: readonly string[] = [
  [
    'وزير الصحة يعلن خطة لتوسيع المستشفيات الريفية',
    '',
    'الرياض - أعلن وزير الصحة الدكتور خالد المنصور الأحد خطة لتوسيع المستشفيات في القرى، وقال في مؤتمر صحفي "سنفتح عشرين مستشفى خلال عامين".',
    '',
    'وأضاف أن الوزارة "لن تتأخر في التمويل"، مشيرا إلى أن «الخطة جاهزة منذ أشهر».',
    '',
    '(واس) وزير الصحة خلال المؤتمر الصحفي في الرياض',
    '(واس) وزير الصحة خلال المؤتمر الصحفي في الرياض',
    '',
    'ردود متباينة',
    'وقالت النائبة سارة العتيبي: «نرحب بالخطة لكننا ننتظر التفاصيل».',
    '',
    'ونقلت صحيفة محلية عن مسؤول لم تسمه قوله "إن التمويل لم يُحسم بعد.',
    '',
    'المصدر : وكالات',
  ].join('\n'),
  [
    'Council approves new flood defences after winter storms',
    '',
    'By Jane Porter',
    '',
    'LEEDS (Reuters) - The city council approved a £40m flood defence plan on Tuesday, after "the worst winter in living memory", council leader Tom Hughes said.',
    '',
    '"We cannot ask people to rebuild their homes a third time," Mr Hughes told reporters. "This plan is overdue."',
    '',
    'Photo: Flood water on Kirkstall Road in December',
    'Photo: Flood water on Kirkstall Road in December',
    '',
    'Opposition doubts',
    'Councillor Ann Patel said the so-called "green wall" would not be ready before 2028.',
    '',
    '“The money is there, but the engineers are not,” she added.',
    '',
    'A Downing Street spokesman said: “We welcome the decision.',
    '',
    '„It is a start,“ according to a local charity, which called the plan ‘late but welcome’.',
    '',
    'Source: Reuters',
  ].join('\r\n'),
  [
    '\ufeffانتخابات بلدية في ثلاث مدن',
    '',
    'قال رئيس اللجنة العليا للانتخابات إن نسبة المشاركة "تجاوزت التوقعات"، وأكد أن النتائج ستعلن غدا.',
    '(الجزيرة) ناخبون أمام مركز اقتراع في المدينة',
    '',
    'وأوضح أنه "لا توجد أي شكاوى رسمية حتى الآن"',
    '«نحن مستعدون» قالت مديرة الحملة.',
    'المصدر : الجزيرة + وكالات',
  ].join('\r'),
  [
    'Talks stall over "fair share" of costs',
    '',
    'GENEVA - Negotiators failed to agree on Friday. "There is no deal," one diplomat said, "and there may not be one this year."',
    '',
    '"The gap is narrowing, but slowly.',
    '',
    '"We will meet again in March," the chair, Ms Ito, said.',
    '',
    'Caption: Delegates leave the conference hall (AFP)',
  ].join('\n'),
];

export const CORPUS_DIR = path.resolve(ROOT, '..', 'shared', 'corpus');

/** The shared corpus articles, or none when the folder is not there. */
export function readCorpusTexts(): string[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(CORPUS_DIR, f), 'utf8'));
}

export function readSeedIfPresent(): string[] {
  return fs.existsSync(SEED_PATH) ? [fs.readFileSync(SEED_PATH, 'utf8')] : [];
}

/** Every base article the generators mutate: ours, the seed and the corpus. */
export function baseArticles(): string[] {
  return [...OWN_ARTICLES, ...readSeedIfPresent(), ...readCorpusTexts()];
}
