// An unnamed source after إن / أن / لكن / غير أن is written in the accusative, its tanween on each word
// (`مصدراً مطلعاً`): the speaker is named in the nominative, the form the article uses elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/article/analyze';
import { article, speakerOf } from '../support/arabicQueries';

function read(paragraphs: string[]) {
  return analyzeArticle(article(...paragraphs), { language: 'ar' });
}

test('an unnamed source in the accusative is named in the nominative', () => {
  const a = read(['وامتنعت الشركة عن التعليق، غير أن مصدراً مطلعاً على الصفقة قال لـ"الاقتصادية" إن التقييم "تجاوز 300 مليون دولار بقليل".']);
  assert.equal(speakerOf(a, 'تجاوز 300').name, 'مصدر مطلع');
});

test('the accusative and the nominative of one unnamed source are one speaker', () => {
  const a = read(['غير أن مصدراً مطلعاً قال إن الاتفاق «بات وشيكا».', 'وأضاف مصدر مطلع أن التوقيع «سيكون الأسبوع المقبل».']);
  const direct = a.quotes.filter((x) => x.kind === 'direct');
  assert.equal(direct.length, 2);
  assert.equal(direct[0].speakerId, direct[1].speakerId);
  assert.equal(a.speakers.find((s) => s.id === direct[0].speakerId)?.name, 'مصدر مطلع');
});
