// Layout of the article: paragraphs, headline, byline, sections (opened by subheadings), photo
// captions and the source line. Pure; each reader is one linear pass over the lines.
import type { AnalyzeOptions, Article } from './model';
import type { Lines } from './lines';
import { readParagraphs } from './structure/paragraphs';
import { contentLines } from './structure/lineFacts';
import { readHeadline } from './structure/headline';
import { bylineOf, findByline } from './structure/byline';
import { findSourceLine } from './structure/sourceLine';
import { readCaptions } from './structure/captions';
import { creditMatcher } from './structure/layoutWords';
import { markSubheadings, type LineRole } from './structure/subheadings';
import { readSections } from './structure/sections';

export { readParagraphs } from './structure/paragraphs';

export type Structure = Pick<Article, 'paragraphs' | 'title' | 'byline' | 'sections' | 'captions' | 'source'>;

export function readStructure(text: string, lines: Lines, options: Pick<AnalyzeOptions, 'extraCredits'> = {}): Structure {
  const paragraphs = readParagraphs(text, lines);
  const content = contentLines(text, paragraphs);
  const roles: LineRole[] = new Array(content.length).fill(null);

  const headline = readHeadline(text, content);
  if (headline.line >= 0) roles[headline.line] = 'headline';
  const bodyStart = headline.line + 1;
  const bylineLine = headline.title ? findByline(text, content, bodyStart) : -1;
  if (bylineLine >= 0) roles[bylineLine] = 'byline';
  const sourceLine = findSourceLine(text, content, bodyStart);
  if (sourceLine >= 0) roles[sourceLine] = 'source';

  const { captions, lineIndex } = readCaptions(text, content, roles.map((r) => r !== null), creditMatcher(options.extraCredits));
  for (const i of lineIndex) roles[i] = 'caption';
  markSubheadings(text, content, roles);

  const source = sourceLine >= 0 ? { text: text.slice(content[sourceLine].span.start, content[sourceLine].span.end), span: content[sourceLine].span } : null;
  return {
    paragraphs,
    title: headline.title,
    byline: bylineLine >= 0 ? bylineOf(text, content[bylineLine]) : null,
    sections: readSections(text, content, roles),
    captions,
    source,
  };
}
