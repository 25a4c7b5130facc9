// Layout of the article: paragraphs, headline, byline, sections (opened by subheadings), photo
// captions and the source line. Pure; each reader is one linear pass over the lines.
import type { AnalyzeOptions, Article } from './model';
import type { Lines } from './lines';
import { readParagraphs } from './structure/paragraphs';
import { BODY_WORDS_COUNTED, contentLines, WORDS_COUNTED } from './structure/lineFacts';
import { readHeadline } from './structure/headline';
import { bylineOf, findByline } from './structure/byline';
import { findSourceLine } from './structure/sourceLine';
import { readCaptions } from './structure/captions';
import { creditMatcher } from './structure/layoutWords';
import { markSubheadings, type LineRole } from './structure/subheadings';
import { readSections } from './structure/sections';

export { readParagraphs } from './structure/paragraphs';

export type Structure = Pick<Article, 'paragraphs' | 'title' | 'byline' | 'sections' | 'captions' | 'source'>;

/** Which of the once-per-document lines to look for: a part in the middle of a long document has neither (parts/). */
export interface StructureReading {
  headline: boolean;
  sourceLine: boolean;
}

export function readStructure(text: string, lines: Lines, options: Pick<AnalyzeOptions, 'extraCredits'> = {}, reading: StructureReading = { headline: true, sourceLine: true }): Structure {
  const paragraphs = readParagraphs(text, lines);
  const content = contentLines(text, paragraphs, reading.headline ? WORDS_COUNTED : BODY_WORDS_COUNTED);
  const roles: LineRole[] = new Array(content.length).fill(null);

  const headline = reading.headline ? readHeadline(text, content) : { title: null, line: -1 };
  if (headline.line >= 0) roles[headline.line] = 'headline';
  const bodyStart = headline.line + 1;
  const bylineLine = headline.title ? findByline(text, content, bodyStart) : -1;
  if (bylineLine >= 0) roles[bylineLine] = 'byline';
  const sourceLine = reading.sourceLine ? findSourceLine(text, content, bodyStart) : -1;
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
