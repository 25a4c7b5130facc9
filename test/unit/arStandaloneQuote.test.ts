// A quote that stands as its own paragraph is speech: with nobody to attribute it to, it is flagged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';

test('a sentence quoted alone in the opening paragraph is an unattributed direct quote, not a term', () => {
  const text = ['خطة جديدة للنقل في العاصمة', '', '"الطرق مزدحمة، والناس تنتظر حلولا منذ سنوات".', '', 'وتشمل الخطة إنشاء خطوط جديدة للحافلات في العاصمة.'].join('\n');
  const a = analyzeArticle(text);
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].kind, 'direct');
  assert.equal(a.quotes[0].speakerId, null);
  assert.deepEqual(a.findings.map((f) => f.code), ['unattributed-quote']);
});

test('a short name in quotes inside a sentence stays a term', () => {
  const a = analyzeArticle(['عنوان', '', 'وتحدثت مصادر عن دور "الحشد" في المعارك.'].join('\n'));
  assert.equal(a.quotes[0].kind, 'term');
  assert.deepEqual(a.findings, []);
});
