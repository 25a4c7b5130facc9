// duplicate-caption: a caption that repeats an earlier one (same words after normalisation,
// whatever the credit). The warning sits on the repeat and points back at the first occurrence.
import type { Article, Finding } from './model';
import { firstWords } from './messages';
import { offsetToPosition } from './text';

export function captionFindings(article: Article): Finding[] {
  const findings: Finding[] = [];
  for (const caption of article.captions) {
    if (caption.duplicateOf === null) continue;
    const first = article.captions[caption.duplicateOf];
    findings.push({
      code: 'duplicate-caption',
      severity: 'warning',
      span: caption.span,
      args: { words: firstWords(caption.text), line: offsetToPosition(article.lineStarts, first.span.start).line + 1 },
      related: [{ span: first.span, args: { key: 'duplicate-caption.related' } }],
    });
  }
  return findings;
}
