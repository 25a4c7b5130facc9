// Where a long document changes language (parts/languageChanges.ts): a run of paragraphs in the other
// script long enough to be an article, never an English quote or name inside an Arabic article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LanguageChanges, PARAGRAPH_SAMPLE } from '../../server/src/article/parts/languageChanges';
import { scriptLead } from '../../server/src/article/text';

const AR = 'وقال وزير الخارجية إن المحادثات ستستمر خلال الأسبوع المقبل في العاصمة الفرنسية باريس. ';
const EN = 'The foreign minister said the talks would continue next week in the French capital Paris. ';

/** The paragraphs joined by blank lines, and where each change of language is found (paragraph starts). */
function changes(paragraphs: string[]): number[] {
  const watch = new LanguageChanges();
  const found: number[] = [];
  let at = 0;
  for (const p of paragraphs) {
    const change = watch.paragraph(at, scriptLead(p, 0, Math.min(p.length, PARAGRAPH_SAMPLE)));
    if (change >= 0) found.push(change);
    at += p.length + 2;
  }
  return found;
}

const starts = (paragraphs: string[]) => paragraphs.map((_, i) => paragraphs.slice(0, i).reduce((n, p) => n + p.length + 2, 0));

test('an English article after Arabic ones: the change is at its headline, once its body confirms it', () => {
  const doc = [AR.repeat(3), AR.repeat(4), 'Talks to continue in Paris', EN.repeat(8), EN.repeat(9), EN.repeat(3)];
  assert.deepEqual(changes(doc), [starts(doc)[2]]);
});

test('and back to Arabic: each change found once', () => {
  const doc = [AR.repeat(4), 'Talks to continue in Paris', EN.repeat(4), EN.repeat(4), EN.repeat(4), 'المحادثات تستمر في باريس', AR.repeat(4), AR.repeat(4), AR.repeat(4)];
  const at = starts(doc);
  assert.deepEqual(changes(doc), [at[1], at[5]]);
});

test('an English quote or a short English paragraph inside an Arabic article is no change', () => {
  // one long paragraph in English between Arabic ones
  assert.deepEqual(changes([AR.repeat(4), EN.repeat(30), AR.repeat(4), AR.repeat(4)]), []);
  // two short English lines (a name, a credit) in a row
  assert.deepEqual(changes([AR.repeat(4), 'Photo: Reuters / John Smith', 'Copyright Reuters 2024', AR.repeat(4)]), []);
});

test('paragraphs that count for neither script (numbers, a dash) neither make nor break a run', () => {
  const doc = [AR.repeat(4), 'Talks to continue in Paris', '2024-05-01 — 12:30', EN.repeat(4), '* * *', EN.repeat(4), EN.repeat(4)];
  assert.deepEqual(changes(doc), [starts(doc)[1]]);
  assert.deepEqual(changes(['12345', '—', AR.repeat(2)]), []);
});
