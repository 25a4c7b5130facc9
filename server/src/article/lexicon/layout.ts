// Every language's layout words, merged: an Arabic article may carry a `(Reuters)` credit and an
// English one `(Al Jazeera)`, so credits and labels are matched whatever the article's language.
import type { LayoutLexicon } from './layout.types';
import { layoutAr } from './layout.ar';
import { layoutEn } from './layout.en';

export type { LayoutLexicon } from './layout.types';

export const layoutLexicons: LayoutLexicon[] = [layoutAr, layoutEn];
