// The words that mark the layout of an article in one language: photo credits, caption and
// source-line labels, byline openers. Data only; a new language is a new file like layout.en.ts.

export interface LayoutLexicon {
  /** photo credits as printed in parentheses at the start of a caption: `(Reuters)`, `(الجزيرة)` */
  credits: string[];
  /** labels that open a caption line, before a colon: `Photo: …`, `صورة: …` */
  captionLabels: string[];
  /** words that open a caption line without a colon, as scraped web pages print it: `Image caption …` */
  captionOpeners: string[];
  /** labels that open the source line, before a colon: `Source: Reuters`, `المصدر : وكالات` */
  sourceLabels: string[];
  /** words that open a byline before a name: `By Jane Smith`, `بقلم محمد علي` */
  bylineOpeners: string[];
  /** words that open a byline only before a colon: `كتب: محمد علي` (without one they start prose) */
  bylineLabels: string[];
}
