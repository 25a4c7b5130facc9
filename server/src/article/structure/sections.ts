// Sections: the lead (everything before the first subheading) and one section per subheading,
// each running to the last line before the next. The headline, byline and source line belong to
// no section.
import type { Section, Span } from '../model';
import type { ContentLine } from './lineFacts';
import type { LineRole } from './subheadings';

export function readSections(text: string, lines: ContentLine[], roles: LineRole[]): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  for (let i = 0; i < lines.length; i++) {
    const role = roles[i];
    if (role === 'headline' || role === 'byline' || role === 'source') continue;
    const span: Span = lines[i].span;
    if (role === 'subheading') {
      current = { heading: text.slice(span.start, span.end), headingSpan: span, span: { ...span } };
      sections.push(current);
    } else if (!current) {
      current = { heading: null, headingSpan: null, span: { ...span } };
      sections.push(current);
    } else {
      current.span.end = span.end;
    }
  }
  return sections;
}
