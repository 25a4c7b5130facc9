// For unit tests of the editor features alone: an article analysed by the engine (structure and quote
// spans), with who-said-what written in by hand the way the engine reports it. Protocol tests never
// use this; they test the real engine's output.
import type { Article, AttributionKind, Gender, Mention, Speaker, SpeakerType } from '../../server/src/article/model';
import { analyzeArticle } from '../../server/src/article/analyze';
import { collectFindings } from '../../server/src/article/findings';

export interface HandSpeaker {
  name: string;
  role?: string;
  gender?: Gender;
  type?: SpeakerType;
  /** name forms, found as whole words anywhere in the text (a proclitic و ف ل ب ك allowed in front) */
  mentions: string[];
  /** each quote by its first words, with its cue: the nearest before the quote, else the first after it */
  quotes: { starts: string; cue: string | null; attribution?: AttributionKind }[];
}

const isLetter = (ch: string | undefined) => !!ch && /\p{L}/u.test(ch);

function findMentions(text: string, forms: string[]): Mention[] {
  const out: Mention[] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(form), guard = 0; at >= 0 && guard < 1000; at = text.indexOf(form, at + 1), guard++) {
      if (isLetter(text[at + form.length])) continue;
      let prefix = '';
      if (isLetter(text[at - 1])) {
        if (!/[وفلبك]/.test(text[at - 1]) || isLetter(text[at - 2])) continue;
        prefix = text[at - 1];
      }
      if (out.some((m) => at < m.span.end && at + form.length > m.span.start)) continue;
      out.push({ span: { start: at, end: at + form.length }, text: form, prefix });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

export function attributeByHand(text: string, people: HandSpeaker[], terms: string[] = []): Article {
  const article = analyzeArticle(text);
  for (const q of article.quotes) {
    q.kind = terms.some((t) => q.text.startsWith(t)) ? 'term' : 'direct';
    q.speakerId = null;
    q.cue = null;
    q.cueSpan = null;
    q.attribution = null;
  }
  article.speakers = people.map((p, i): Speaker => {
    const id = `s${i + 1}`;
    const quotes: number[] = [];
    for (const hq of p.quotes) {
      const index = article.quotes.findIndex((q) => q.text.startsWith(hq.starts));
      if (index < 0) throw new Error(`no quote starts with "${hq.starts}"`);
      const q = article.quotes[index];
      q.speakerId = id;
      q.attribution = hq.attribution ?? 'cue';
      if (hq.cue) {
        const before = text.lastIndexOf(hq.cue, q.span.start);
        const at = before >= 0 ? before : text.indexOf(hq.cue, q.span.end);
        if (at < 0) throw new Error(`no cue "${hq.cue}" around "${hq.starts}"`);
        q.cue = hq.cue;
        q.cueSpan = { start: at, end: at + hq.cue.length };
      }
      quotes.push(index);
    }
    return { id, name: p.name, role: p.role ?? null, aliases: [], type: p.type ?? 'person', gender: p.gender ?? null, mentions: findMentions(text, p.mentions), quotes };
  });
  article.findings = collectFindings(article);
  return article;
}
