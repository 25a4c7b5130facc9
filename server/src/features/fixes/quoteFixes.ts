// Fixes for unattributed-quote, unclosed-quote and inconsistent-name. Each fix edits only the text it
// names: the end of the quote it attributes or closes, or the one misspelt word.
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import type { Article, Finding, Quote, Speaker } from '../../article/model';
import { message, type UiLanguage } from '../../article/messages';
import { CLOSING_MARK, lastWords, likelyQuoteEnd } from '../../article/quoteFindings';
import { shortName, variantSpeakerIds } from '../../article/nameVariants';
import { ATTRIBUTION_PHRASES } from '../../article/lexicon/attributionPhrase';
import { languageAt } from '../../article/languages';
import type { CodeActionRequest } from '../codeActions';
import { toRange } from '../convert';

const MY_CODES = new Set(['unattributed-quote', 'unclosed-quote', 'inconsistent-name']);

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The finding a diagnostic was made from: same code, same range. */
function findingOf(article: Article, d: Diagnostic): Finding | undefined {
  return article.findings.find((f) => f.code === d.code && sameRange(toRange(article, f.span), d.range));
}

function action(title: string, uri: string, d: Diagnostic, edits: TextEdit[], preferred = false): CodeAction {
  const a: CodeAction = { title, kind: 'quickfix', diagnostics: [d], edit: { changes: { [uri]: edits } } };
  if (preferred) a.isPreferred = true;
  return a;
}

/** Speakers ordered by the distance from the quote to their nearest mention. */
export function speakersByDistance(article: Article, quote: Quote): Speaker[] {
  const distance = (s: Speaker) => {
    let best = Infinity;
    for (const m of s.mentions) best = Math.min(best, m.span.end <= quote.span.start ? quote.span.start - m.span.end : Math.abs(m.span.start - quote.span.end));
    return best;
  };
  return article.speakers
    .map((s, i) => ({ s, i, d: distance(s) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.s);
}

/**
 * The edits that attribute a closed quote: the phrase goes right after the closing mark; English
 * turns a final period inside the quote into a comma (`democracy," Kerry said.`), Arabic moves it
 * outside (`أخرى"، قال كيري.`). A period is added when the quote ended its sentence.
 */
export function attributionEdits(article: Article, quote: Quote, phrase: string): TextEdit[] {
  const text = article.text;
  const rules = ATTRIBUTION_PHRASES[languageAt(article, quote.span.start)];
  const closeAt = quote.span.end - (quote.closeMark?.length ?? 0);
  const inner = closeAt - 1 >= quote.textSpan.start ? text[closeAt - 1] : '';
  const after = text[quote.span.end] ?? '';
  const restOfLine = text.slice(quote.span.end, quote.span.end + 200).split(/\r?\n|\r/, 1)[0];
  const endsSentence = restOfLine.trim() === '';
  const innerPunct = '.!?؟'.includes(inner) && inner !== '';
  const edits: TextEdit[] = [];
  let insert = phrase;
  if (innerPunct) {
    if (rules.periodInsideBecomesComma) {
      if (inner === '.') edits.push({ range: toRange(article, { start: closeAt - 1, end: closeAt }), newText: ',' });
      insert = phrase.replace(/^[,،]/, '');
    } else if (inner === '.') {
      edits.push({ range: toRange(article, { start: closeAt - 1, end: closeAt }), newText: '' });
    }
  }
  if (after !== '.' && (endsSentence || innerPunct)) insert += '.';
  const at = toRange(article, { start: quote.span.end, end: quote.span.end });
  edits.push({ range: at, newText: insert });
  return edits;
}

function unattributedFixes(article: Article, uri: string, d: Diagnostic, f: Finding, lang: UiLanguage): CodeAction[] {
  const quote = article.quotes.find((q) => q.span.start === f.span.start && q.span.end === f.span.end);
  if (!quote || quote.closeMark === null) return [];
  const rules = ATTRIBUTION_PHRASES[languageAt(article, quote.span.start)];
  const out: CodeAction[] = [];
  // a speaker who is another one misspelt (`بوريال` for `بوريل`) gets no action of their own
  const variants = variantSpeakerIds(article);
  for (const s of speakersByDistance(article, quote)) {
    if (variants.has(s.id)) continue;
    const phrase = rules.phrase[s.gender ?? 'unknown'].replace('{name}', shortName(s));
    out.push(action(message('fix.attribute', { name: s.name }, lang), uri, d, attributionEdits(article, quote, phrase)));
  }
  const template = rules.phrase.unknown.replace('{name}', rules.placeholder);
  out.push(action(message('fix.attributeTemplate', { template: template.replace(/^[,،]\s*/, '') }, lang), uri, d, attributionEdits(article, quote, template)));
  return out;
}

function unclosedFix(article: Article, uri: string, d: Diagnostic, f: Finding, lang: UiLanguage): CodeAction[] {
  const quote = article.quotes.find((q) => q.span.start === f.span.start && q.closeMark === null);
  if (!quote) return [];
  const end = likelyQuoteEnd(article, quote);
  const mark = CLOSING_MARK[quote.openMark] ?? quote.openMark;
  const endWords = lastWords(article.text.slice(quote.textSpan.start, end));
  return [action(message('fix.closeQuote', { endWords }, lang), uri, d, [{ range: toRange(article, { start: end, end }), newText: mark }], true)];
}

function nameFix(article: Article, uri: string, d: Diagnostic, f: Finding, lang: UiLanguage): CodeAction[] {
  const rare = String(f.args.rare);
  const common = String(f.args.common);
  if (article.text.slice(f.span.start, f.span.end) !== rare) return [];
  return [action(message('fix.replaceName', { rare, common }, lang), uri, d, [{ range: toRange(article, f.span), newText: common }], true)];
}

export function quoteFixes(article: Article, req: CodeActionRequest, lang: UiLanguage): CodeAction[] {
  if (req.only && !req.only.some((k) => k === 'quickfix' || 'quickfix'.startsWith(k + '.') || k === '')) return [];
  const out: CodeAction[] = [];
  for (const d of req.diagnostics) {
    if (d.source !== 'article' || typeof d.code !== 'string' || !MY_CODES.has(d.code)) continue;
    const f = findingOf(article, d);
    if (!f) continue;
    if (f.code === 'unattributed-quote') out.push(...unattributedFixes(article, req.uri, d, f, lang));
    else if (f.code === 'unclosed-quote') out.push(...unclosedFix(article, req.uri, d, f, lang));
    else if (f.code === 'inconsistent-name') out.push(...nameFix(article, req.uri, d, f, lang));
  }
  return out;
}
