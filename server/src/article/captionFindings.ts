// duplicate-caption: a caption that repeats an earlier one.
import type { Article, Finding } from './model';

export function captionFindings(_article: Article): Finding[] {
  return [];
}
