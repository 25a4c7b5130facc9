// The attribution a quick fix inserts after a quote, per article language: `، قال كيري` / `, Kerry said`.
// `{name}` is the speaker's short name; the template variant leaves a placeholder to fill in.
import type { Gender, Language } from '../model';

export interface AttributionPhrase {
  /** inserted right after the closing mark */
  phrase: Record<Gender | 'unknown', string>;
  placeholder: string;
  /** English moves a final period inside the quote to a comma: `democracy," Kerry said.` */
  periodInsideBecomesComma: boolean;
}

export const ATTRIBUTION_PHRASES: Record<Language, AttributionPhrase> = {
  ar: { phrase: { male: '، قال {name}', female: '، قالت {name}', unknown: '، قال {name}' }, placeholder: '[اسم المتحدث]', periodInsideBecomesComma: false },
  en: { phrase: { male: ', {name} said', female: ', {name} said', unknown: ', {name} said' }, placeholder: '[speaker]', periodInsideBecomesComma: true },
};
