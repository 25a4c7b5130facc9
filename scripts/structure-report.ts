// Prints what the structure reader finds in each article of a folder (headline, byline, sections,
// captions, source line), for checking the layout rules by eye on real copy:
//   node --import tsx scripts/structure-report.ts ../shared/corpus
import * as fs from 'node:fs';
import * as path from 'node:path';
import { splitLines } from '../server/src/article/lines';
import { readStructure } from '../server/src/article/structure';
import { offsetToPosition } from '../server/src/article/text';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: structure-report.ts DIR\n');
  process.exit(2);
}
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.article')).sort();
for (const file of files) {
  // the structure alone: the report stays readable whatever the quote engines do
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const lines = splitLines(text);
  const a = readStructure(text, lines);
  const line = (offset: number) => offsetToPosition(lines.starts, offset).line + 1;
  const clip = (s: string) => (s.length > 70 ? s.slice(0, 70) + '…' : s);
  const out = [`== ${file}: ${a.paragraphs.length} paragraphs`];
  out.push(`  headline: ${a.title ? `${line(a.title.span.start)}: ${clip(a.title.text)}` : '—'}`);
  if (a.byline) out.push(`  byline:   ${line(a.byline.span.start)}: ${a.byline.text}`);
  for (const s of a.sections) out.push(`  section:  ${line(s.span.start)}-${line(s.span.end)} ${s.heading ?? '(lead)'}`);
  for (const c of a.captions) out.push(`  caption:  ${line(c.span.start)}: (${c.credit ?? '—'}) ${clip(c.text)}${c.duplicateOf !== null ? ` [duplicate of #${c.duplicateOf}]` : ''}`);
  out.push(`  source:   ${a.source ? `${line(a.source.span.start)}: ${a.source.text}` : '—'}`);
  process.stdout.write(out.join('\n') + '\n');
}
