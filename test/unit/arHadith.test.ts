// A hadith cited in an Arabic article is the Prophet's words, as a verse of the Quran is God's: not
// the words of the preacher or writer citing it, who goes on speaking after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import type { Article } from '../../server/src/article/model';
import { article } from '../support/arabicQueries';

function read(paragraph: string): Article {
  return analyzeArticle(article(paragraph), { language: 'ar' });
}

/** each direct quote's first words and its speaker's name */
function speakers(a: Article): [string, string | null][] {
  return a.quotes.filter((q) => q.kind === 'direct').map((q) => [q.text.split(' ').slice(0, 2).join(' '), a.speakers.find((s) => s.id === q.speakerId)?.name ?? null]);
}

test('a quote right after الحديث الشريف / النبوي is the Prophet speaking', () => {
  assert.deepEqual(speakers(read('وقال الشيخ أحمد الزعبي إن الإسراف مذموم، مستشهدا بالحديث الشريف «إن أعظم النكاح بركة أيسره مؤونة».')), [['إن أعظم', 'النبي']]);
  assert.deepEqual(speakers(read('وذكّر الخطيب سالم العمري الحضور بالحديث النبوي: «يسروا ولا تعسروا».')), [['يسروا ولا', 'النبي']]);
});

test('قوله صلى الله عليه وسلم before a quote is the Prophet speaking', () => {
  assert.deepEqual(speakers(read('وذكر الإمام عبدالله الشهري قوله صلى الله عليه وسلم: «لا ضرر ولا ضرار».')), [['لا ضرر', 'النبي']]);
});

test('the narrator of a hadith (الذي رواه …) is not its speaker', () => {
  assert.deepEqual(speakers(read('وأشار القباطي إلى حديث النبي صلى الله عليه وسلم الذي رواه النعمان بن بشير «مثل المؤمنين في توادهم كمثل الجسد».')), [['مثل المؤمنين', 'النبي']]);
});

test('the Prophet as the subject of a verb, his blessing between them, speaks the quote after it', () => {
  assert.deepEqual(speakers(read('وقال الخطيب سالم الحربي إن النبي صلى الله عليه وسلم قال لأصحابه: «يسروا ولا تعسروا».')), [['يسروا ولا', 'النبي']]);
  assert.deepEqual(speakers(read('وأوضح الداعية محمد العلي أن الرحمة أساس، وقال: قال رسول الله صلى الله عليه وسلم: «الراحمون يرحمهم الرحمن».')), [['الراحمون يرحمهم', 'رسول الله']]);
});

test('after a hadith, the one who cited it goes on speaking', () => {
  const a = read('وقال الشيخ عبد الرحيم الزعبي إن النبي صلى الله عليه وسلم قال لعبد الرحمن بن عوف حين تزوج: «أولم ولو بشاة». واستطرد قائلا: «المشكلة ليست في الوليمة».');
  assert.deepEqual(speakers(a), [
    ['أولم ولو', 'النبي'],
    ['المشكلة ليست', 'عبد الرحيم الزعبي'],
  ]);
  const b = read('وقال الشيخ أحمد الزعبي إن الإسراف مذموم، مستشهدا بالحديث الشريف «إن أعظم النكاح بركة أيسره مؤونة». وأضاف: «البركة في اليسر».');
  assert.deepEqual(speakers(b), [
    ['إن أعظم', 'النبي'],
    ['البركة في', 'أحمد الزعبي'],
  ]);
  const c = read('وأوضح الداعية محمد العلي أن الرحمة أساس، وقال: قال رسول الله صلى الله عليه وسلم: «الراحمون يرحمهم الرحمن». وأضاف: «علينا أن نرحم بعضنا».');
  assert.deepEqual(speakers(c), [
    ['الراحمون يرحمهم', 'رسول الله'],
    ['علينا أن', 'محمد العلي'],
  ]);
});

test('حديث alone is an interview, not a hadith: the speaker stays the one interviewed', () => {
  assert.deepEqual(speakers(read('وقال الوزير خالد السالم في حديثه لـ«عكاظ»: «سنبدأ التنفيذ الشهر المقبل».')), [['سنبدأ التنفيذ', 'خالد السالم']]);
  assert.deepEqual(speakers(read('وقال المدرب سامي الجابر في حديث للصحفيين: «الفريق جاهز للمباراة».')), [['الفريق جاهز', 'سامي الجابر']]);
});
