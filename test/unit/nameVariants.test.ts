// Name spellings: variants of one person's name are found; two people sharing a surname stay apart.
// The speakers here are written by hand (as the engine would give them) so the rule is tested alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article, Mention, Speaker } from '../../server/src/article/model';
import { analyzeArticle } from '../../server/src/article/analyze';
import { findNameVariants, oneEditApart, shortName, isSpellingVariant } from '../../server/src/article/nameVariants';

/** The article's text analysed for structure, with the given speakers found by name in the text. */
function withSpeakers(text: string, people: { name: string; mentions: string[]; gender?: 'male' | 'female'; type?: Speaker['type'] }[]): Article {
  const a = analyzeArticle(text);
  a.speakers = people.map((p, i) => {
    const mentions: Mention[] = [];
    for (const m of p.mentions) {
      let from = 0;
      for (let guard = 0; guard < 50; guard++) {
        const at = text.indexOf(m, from);
        if (at < 0) break;
        // whole words only, an Arabic proclitic allowed in front
        const before = text[at - 1] ?? ' ';
        const afterCh = text[at + m.length] ?? ' ';
        if (!/\p{L}/u.test(afterCh) && (!/\p{L}/u.test(before) || /[وفلبك]/.test(before))) {
          const prefix = /[وفلبك]/.test(before) && !/\p{L}/u.test(text[at - 2] ?? ' ') ? before : '';
          if (!mentions.some((x) => x.span.start === at)) mentions.push({ span: { start: at, end: at + m.length }, text: m, prefix });
        }
        from = at + m.length;
      }
    }
    mentions.sort((x, y) => x.span.start - y.span.start);
    return { id: `s${i + 1}`, name: p.name, role: null, aliases: [], type: p.type ?? 'person', gender: p.gender ?? null, mentions, quotes: [] };
  });
  return a;
}

test('one edit apart: insertion, deletion, substitution, swap; not equal, not two edits', () => {
  assert.ok(oneEditApart('clarke', 'clark'));
  assert.ok(oneEditApart('هاموند', 'هاموندز'));
  assert.ok(oneEditApart('smith', 'smyth'));
  assert.ok(oneEditApart('hetah', 'heath'));
  assert.ok(!oneEditApart('clarke', 'clarke'));
  assert.ok(!oneEditApart('clarke', 'blake'));
  assert.ok(!isSpellingVariant('bob', 'rob'), 'words under four letters are not compared');
});

test('short names: the surname, with a particle kept (عبد اللهيان); organisations whole', () => {
  const sp = (name: string, type: Speaker['type'] = 'person'): Speaker => ({ id: 's1', name, role: null, aliases: [], type, gender: null, mentions: [], quotes: [] });
  assert.equal(shortName(sp('جون كيري')), 'كيري');
  assert.equal(shortName(sp('حسين أمير عبد اللهيان')), 'عبد اللهيان');
  assert.equal(shortName(sp('Charles Clarke')), 'Clarke');
  assert.equal(shortName(sp('Mr Clarke')), 'Clarke');
  assert.equal(shortName(sp('الخارجية الأميركية', 'organization')), 'الخارجية الأميركية');
});

test('Clarke / Clark: a separate speaker "Mr Clark" is the same person; the rare spelling is flagged', () => {
  const text = 'Clarke stands firm\n\nHome Secretary Charles Clarke said "no". Mr Clarke told MPs "never".\n\nLater, Mr Clark insisted "it was lawful."\n';
  const a = withSpeakers(text, [
    { name: 'Charles Clarke', mentions: ['Charles Clarke', 'Clarke'] },
    { name: 'Mr Clark', mentions: ['Mr Clark'] },
  ]);
  const v = findNameVariants(a);
  assert.equal(v.length, 1);
  assert.equal(v[0].rare, 'Clark');
  assert.equal(text.slice(v[0].span.start, v[0].span.end), 'Clark');
  assert.equal(v[0].common, 'Clarke');
  assert.equal(v[0].speaker.name, 'Charles Clarke');
});

test('two people who share a surname are not merged: Charles Clarke and Kenneth Clark', () => {
  const text = 'Headline\n\nCharles Clarke said "no". Kenneth Clark said "yes". Charles Clarke added "again".\n';
  const a = withSpeakers(text, [
    { name: 'Charles Clarke', mentions: ['Charles Clarke'] },
    { name: 'Kenneth Clark', mentions: ['Kenneth Clark'] },
  ]);
  assert.deepEqual(findNameVariants(a), []);
});

test('an unqualified "Mr Clark" between two Clarkes is ambiguous: nothing is flagged', () => {
  const text = 'Headline\n\nCharles Clarke said "no". Kenneth Clarke said "yes". Mr Clark said "maybe".\n';
  const a = withSpeakers(text, [
    { name: 'Charles Clarke', mentions: ['Charles Clarke'] },
    { name: 'Kenneth Clarke', mentions: ['Kenneth Clarke'] },
    { name: 'Mr Clark', mentions: ['Mr Clark'] },
  ]);
  assert.deepEqual(findNameVariants(a), []);
});

test('هاموند / هاموندز: a variant after a reporting verb, outside any mention, is found; its proclitic left out', () => {
  const text = 'عنوان\n\nقال وزير الخارجية البريطاني فيليب هاموند إن بلاده "تأمل في تعاون".\n\nوأكد هاموندز أن لندن ستواصل الدعم.\n\nوقال هاموند "لن نتراجع".\n';
  const a = withSpeakers(text, [{ name: 'فيليب هاموند', mentions: ['فيليب هاموند', 'هاموند'] }]);
  const v = findNameVariants(a);
  assert.equal(v.length, 1);
  assert.equal(text.slice(v[0].span.start, v[0].span.end), 'هاموندز');
  assert.equal(v[0].common, 'هاموند');
});

test('a lower-case English word one letter from a surname is not a name', () => {
  const text = 'Headline\n\nDavid Heath said "fine". Mr health was mentioned. The Health service said nothing.\n';
  const a = withSpeakers(text, [{ name: 'David Heath', mentions: ['David Heath'] }]);
  assert.deepEqual(findNameVariants(a), []);
});

test('David Davis is not David Heath: a surname one letter from a first name is no spelling of it', () => {
  const text = 'Headline\n\nLiberal Democrat David Heath said "no". Shadow home secretary David Davis said "yes". Mr Heath added "never".\n';
  const a = withSpeakers(text, [
    { name: 'David Heath', mentions: ['David Heath', 'Heath'] },
    { name: 'David Davis', mentions: ['David Davis'] },
  ]);
  assert.deepEqual(findNameVariants(a), []);
});

test('a first name spelled two ways is found too, in its own place (Philip / Phillip Hammond)', () => {
  const text = 'Headline\n\nPhilip Hammond said "no". Later Phillip Hammond said "yes". Philip Hammond added "never".\n';
  const a = withSpeakers(text, [{ name: 'Philip Hammond', mentions: ['Philip Hammond', 'Phillip Hammond'] }]);
  const v = findNameVariants(a);
  assert.deepEqual(v.map((x) => [x.rare, x.common]), [['Phillip', 'Philip']]);
});
