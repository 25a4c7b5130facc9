// outline: vscode.executeDocumentSymbolProvider returns the article's tree — headline at the root,
// sections (lead + subheadings) with their captions, the source line, and a Speakers group with
// each speaker and their quotes.
import * as assert from 'node:assert/strict';
import { describeSymbols, documentSymbols, flattenSymbols, openArticle, rangeOf } from './helpers';

interface Expectation {
  file: string;
  headline: string;
  subheading: string;
  source: string;
  captionWords: string;
  speakers: { name: string; quotes: number }[];
}

const ARTICLES: Expectation[] = [
  {
    file: 'kerry-paris-ar.article',
    headline: 'كيري يرفض الخوض في تفاصيل الاتصالات مع طهران',
    subheading: 'مواقف متباينة',
    source: 'المصدر : وكالات',
    captionWords: 'وزراء خارجية',
    speakers: [
      { name: 'جون كيري', quotes: 2 },
      { name: 'جين بساكي', quotes: 1 },
    ],
  },
  {
    file: 'clarke-detentions-en.article',
    headline: 'Clarke defends detention powers after court ruling',
    subheading: 'Opposition reaction',
    source: 'Source: Reuters',
    captionWords: 'Protesters outside',
    speakers: [
      { name: 'Charles Clarke', quotes: 2 },
      { name: 'David Davis', quotes: 1 },
    ],
  },
];

describe('outline', () => {
  for (const a of ARTICLES) {
    it(`outline: headline, sections, captions, source line and speakers (${a.file})`, async () => {
      const { doc } = await openArticle(a.file);
      const roots = await documentSymbols(doc.uri);
      const tree = describeSymbols(roots);
      assert.equal(roots.length, 1, `outline: expected the headline as the only root, got:\n${tree}`);
      const root = roots[0];
      assert.equal(root.name, a.headline, `outline: root is not the headline:\n${tree}`);
      assert.ok(root.selectionRange.isEqual(rangeOf(doc, a.headline)), `outline: the headline's selectionRange is not on its words:\n${tree}`);
      const children = root.children;
      const sub = children.find((c) => c.name === a.subheading);
      assert.ok(sub, `outline: no section named "${a.subheading}" under the headline:\n${tree}`);
      const sections = children.filter((c) => c.kind === sub.kind);
      assert.equal(sections.length, 2, `outline: expected two sections (the lead and "${a.subheading}") under the headline:\n${tree}`);
      assert.ok(flattenSymbols(sections).some((s) => s.name.includes(a.captionWords)), `outline: no caption "${a.captionWords}…" inside a section:\n${tree}`);
      const all = flattenSymbols(roots);
      assert.ok(children.some((c) => c.name.includes(a.source)), `outline: no source line "${a.source}" under the headline:\n${tree}`);
      for (const sp of a.speakers) {
        const node = all.find((s) => s.name === sp.name && s.children.length > 0);
        assert.ok(node, `outline: no speaker "${sp.name}" with their quotes as children:\n${tree}`);
        assert.equal(node.children.length, sp.quotes, `outline: speaker "${sp.name}" should have ${sp.quotes} quotes:\n${tree}`);
      }
      const group = children.find((c) => a.speakers.every((sp) => c.children.some((s) => s.name === sp.name)));
      assert.ok(group, `outline: the speakers are not gathered in one group under the headline:\n${tree}`);
    });
  }

  it('outline: the seed reads as headline, two sections (lead and أبواب مواربة), two captions and its source', async () => {
    const { doc } = await openArticle('seed/aljazeera-kerry-iran.txt');
    const roots = await documentSymbols(doc.uri);
    const tree = describeSymbols(roots);
    assert.equal(roots.length, 1, `outline: expected one root:\n${tree}`);
    assert.equal(roots[0].name, doc.lineAt(0).text.trim(), `outline: root is not the seed's first line:\n${tree}`);
    const sections = roots[0].children.filter((c) => c.kind === roots[0].children.find((x) => x.name === 'أبواب مواربة')?.kind);
    assert.equal(sections.length, 2, `outline: expected two sections (lead, أبواب مواربة):\n${tree}`);
    const captions = flattenSymbols(roots).filter((s) => s.name.startsWith('مؤتمر باريس حول تنظيم الدولة'));
    assert.equal(captions.length, 2, `outline: expected the two captions:\n${tree}`);
    assert.ok(roots[0].children.some((c) => c.name.includes('المصدر : وكالات')), `outline: no source line:\n${tree}`);
  });
});
