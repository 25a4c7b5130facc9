// The seed article (Al Jazeera, Arabic): who said what, as issue 4 asks of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import type { Article, Quote } from '../../server/src/article/model';
import { readSeed, toCrlfWithBom } from '../support/fixtures';

function quote(a: Article, words: string): Quote {
  const q = a.quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding “${words}”`);
  return q;
}

function speakerOf(a: Article, q: Quote): string | null {
  return a.speakers.find((s) => s.id === q.speakerId)?.name ?? null;
}

test('seed: the five speakers, with their roles as written', () => {
  const a = analyzeArticle(readSeed());
  const byName = new Map(a.speakers.map((s) => [s.name, s]));
  assert.equal(byName.get('جون كيري')?.role, 'وزير الخارجية الأميركي');
  assert.ok(byName.has('علي خامنئي'));
  assert.equal(byName.get('جين بساكي')?.role, 'المتحدثة باسم الخارجية الأميركية');
  assert.equal(byName.get('جين بساكي')?.gender, 'female');
  assert.equal(byName.get('فيليب هاموند')?.role, 'وزير الخارجية البريطاني');
  assert.equal(byName.get('حسين أمير عبد اللهيان')?.role, 'نائب وزير الخارجية الإيراني');
  assert.equal(a.speakers.length, 5);
  assert.deepEqual(a.speakers.map((s) => s.id), ['s1', 's2', 's3', 's4', 's5']);
});

test('seed: no unattributed quote, and "الإرهاب" is a term', () => {
  const a = analyzeArticle(readSeed());
  assert.deepEqual(a.findings.filter((f) => f.code === 'unattributed-quote'), []);
  assert.equal(quote(a, 'الإرهاب').kind, 'term');
  for (const q of a.quotes) if (q.kind === 'direct') assert.ok(q.speakerId, `“${q.text}” has no speaker`);
});

test('seed: partial quotes after واعتبر كيري and ما سماه are Kerry’s', () => {
  const a = analyzeArticle(readSeed());
  const suitable = quote(a, 'لن تكون مناسبة');
  assert.equal(suitable.kind, 'direct');
  assert.equal(speakerOf(a, suitable), 'جون كيري');
  assert.equal(suitable.cue, 'واعتبر');
  assert.equal(suitable.attribution, 'cue');
  const involvement = quote(a, 'ضلوع إيران في سوريا وغيرها');
  assert.equal(involvement.kind, 'direct');
  assert.equal(speakerOf(a, involvement), 'جون كيري');
  assert.equal(involvement.attribution, 'continuation');
});

test('seed: وأوضح أنه after نقل عنه قوله continues Khamenei', () => {
  const a = analyzeArticle(readSeed());
  const hands = quote(a, 'أيدي الأميركيين ملطخة بالدماء');
  assert.equal(speakerOf(a, hands), 'علي خامنئي');
  assert.equal(hands.cue, 'وأوضح');
  assert.equal(hands.attribution, 'continuation');
});

test('seed: the other quotes go to the right speaker (قائلا, وقالت, وعبر … عن, واعتبر أن)', () => {
  const a = analyzeArticle(readSeed());
  assert.equal(speakerOf(a, quote(a, 'لن أخوض في الشد والجذب')), 'جون كيري');
  assert.equal(speakerOf(a, quote(a, 'لا ننسق مع إيران وهذا أمر نهائي')), 'جون كيري');
  assert.equal(speakerOf(a, quote(a, 'نحن لا ننسق')), 'جين بساكي');
  assert.equal(speakerOf(a, quote(a, 'طالما كان غير مرجح')), 'فيليب هاموند');
  assert.equal(speakerOf(a, quote(a, 'النهج الخاطئ')), 'حسين أمير عبد اللهيان');
});

test('seed: every mention of Kerry, later ones shorter; CRLF + BOM give the same speakers', () => {
  const a = analyzeArticle(readSeed());
  const kerry = a.speakers.find((s) => s.name === 'جون كيري')!;
  assert.ok(kerry.aliases.includes('كيري'));
  assert.ok(kerry.mentions.length >= 5);
  for (const m of kerry.mentions) assert.equal(a.text.slice(m.span.start, m.span.end), m.text);
  const crlf = analyzeArticle(toCrlfWithBom(readSeed()));
  assert.deepEqual(crlf.speakers.map((s) => [s.name, s.role, s.quotes.length]), a.speakers.map((s) => [s.name, s.role, s.quotes.length]));
});
