// Attribution: reporting cues, speakers, coreference and roles.
import type { Article, Speaker } from './model';

export function attributeQuotes(_article: Article): Speaker[] {
  return [];
}
