// hover: on a quote, the speaker card (name, role, cue, how many quotes); on a speaker's name,
// the card with every quote and its line.
import * as assert from 'node:assert/strict';
import { hoverAt, openArticle, positionIn, rangeOf } from './helpers';

interface QuoteHover {
  file: string;
  quote: string;
  name: string;
  role: string;
  cue: string;
  quoteCount: number;
}

const QUOTES: QuoteHover[] = [
  // `وأضاف كيري`: a cue with its own subject (the first quote's `وقال` has none: it continues the lead's subject).
  { file: 'kerry-paris-ar.article', quote: 'لا تنسق عسكريا مع أي طرف', name: 'جون كيري', role: 'وزير الخارجية الأميركي', cue: 'أضاف', quoteCount: 2 },
  { file: 'kerry-paris-ar.article', quote: 'منفتحة على الحوار', name: 'جين بساكي', role: 'المتحدثة باسم الخارجية الأميركية', cue: 'قالت', quoteCount: 1 },
  { file: 'clarke-detentions-en.article', quote: 'We will not apologise', name: 'Charles Clarke', role: 'Home Secretary', cue: 'said', quoteCount: 2 },
];

interface NameHover {
  file: string;
  /** a later, shorter mention to hover */
  mention: string;
  occurrence: number;
  name: string;
  role: string;
  /** the first words of each of the speaker's quotes */
  quotes: string[];
}

const NAMES: NameHover[] = [
  { file: 'kerry-paris-ar.article', mention: 'وأضاف كيري', occurrence: 0, name: 'جون كيري', role: 'وزير الخارجية الأميركي', quotes: ['لن ندخل في هذا الجدل', 'لا تنسق عسكريا'] },
  { file: 'clarke-detentions-en.article', mention: 'Clarke said', occurrence: 0, name: 'Charles Clarke', role: 'Home Secretary', quotes: ['the threat we face', 'We will not apologise'] },
];

describe('hover', () => {
  for (const q of QUOTES) {
    it(`hover: a quote shows its speaker card — ${q.name} (${q.file})`, async () => {
      const { doc } = await openArticle(q.file);
      const text = await hoverAt(doc.uri, positionIn(doc, q.quote));
      assert.ok(text.length > 0, `hover: nothing shown on the quote "${q.quote}…"`);
      assert.ok(text.includes(q.name), `hover: the quote's hover does not name the speaker "${q.name}":\n${text}`);
      assert.ok(text.includes(q.role), `hover: the quote's hover does not give the role "${q.role}":\n${text}`);
      assert.ok(text.includes(q.cue), `hover: the quote's hover does not show the cue "${q.cue}":\n${text}`);
      assert.ok(new RegExp(`(^|[^0-9])${q.quoteCount}([^0-9]|$)`).test(text), `hover: the quote's hover does not say the speaker has ${q.quoteCount} quote(s):\n${text}`);
    });
  }

  for (const n of NAMES) {
    it(`hover: a speaker's name shows the card with every quote and its line — ${n.name} (${n.file})`, async () => {
      const { doc } = await openArticle(n.file);
      const mention = rangeOf(doc, n.mention, n.occurrence);
      const nameAt = n.mention.includes(' ') && n.mention.startsWith('و') ? mention.start.translate(0, n.mention.indexOf(' ') + 2) : mention.start.translate(0, 1);
      const text = await hoverAt(doc.uri, nameAt);
      assert.ok(text.length > 0, `hover: nothing shown on the speaker mention "${n.mention}"`);
      assert.ok(text.includes(n.name), `hover: the speaker card does not give the name "${n.name}":\n${text}`);
      assert.ok(text.includes(n.role), `hover: the speaker card does not give the role "${n.role}":\n${text}`);
      for (const words of n.quotes) {
        const line = rangeOf(doc, words).start.line + 1;
        assert.ok(text.includes(words.split(' ').slice(0, 2).join(' ')), `hover: the speaker card does not list the quote "${words}…":\n${text}`);
        assert.ok(new RegExp(`(^|[^0-9])${line}([^0-9]|$)`).test(text), `hover: the speaker card does not give line ${line} of the quote "${words}…":\n${text}`);
      }
    });
  }
});
