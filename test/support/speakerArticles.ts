// Articles written for the speaker-aware editing tests (issue 5): who said what, a quote nobody
// says, a quotation mark never closed, a name spelled two ways, a term, a clitic-prefixed mention.

/** English: an unattributed opener, a term, an unclosed partial quote, `Hamond` for `Hammond`. */
export const EN_PROBLEMS = `Hammond rules out talks with armed groups

"Nobody wants a long war."

LONDON (Reuters) - Foreign Secretary Philip Hammond said on Monday that Britain "will not negotiate with armed groups".

"We have made our position clear," Hammond told reporters in London.

Labour spokeswoman Emily Thornberry said the policy was "a dangerous gamble".

The party's "Peace Now" campaign was launched in March.

Later, Mr Hamond added that the talks "would resume in the spring.

Source: Reuters
`;

/** Arabic: the same three problems; the speaker nearest the unattributed quote is a woman (وقالت). */
export const AR_PROBLEMS = `المفوضية الأوروبية تتمسك بالمفاوضات

"لا أحد يريد حربا طويلة، وعلى الجميع أن يعودوا إلى طاولة المفاوضات".

وقالت المتحدثة باسم المفوضية الأوروبية نبيلة مصرالي إن بروكسل "ستواصل دعم المفاوضات".

وقال وزير الخارجية الإسباني جوزيب بوريل إن الاتحاد "لن يتخلى عن الحل السياسي".

وأكد بوريال أن الاجتماع المقبل "سيعقد في الربيع.

المصدر : وكالات
`;

/** Arabic, clean: two speakers, a clitic-prefixed mention (لبوريل), a continuation, a term, a caption. */
export const AR_NEWS = `بوريل يدعو إلى حل سياسي في سوريا

بروكسل - قال وزير الخارجية الإسباني جوزيب بوريل الثلاثاء إن الاتحاد "لن يتخلى عن الحل السياسي".

وأضاف بوريل أن "الحوار هو الطريق الوحيد لإنهاء الأزمة".

وفي رد على سؤال وجه لبوريل حول العقوبات قال "العقوبات ستبقى حتى يتغير السلوك".

(الجزيرة) وزراء خارجية الاتحاد الأوروبي في بروكسل

وقالت المتحدثة باسم المفوضية الأوروبية نبيلة مصرالي إن بروكسل "ستواصل دعم المفاوضات".

وتناول الاجتماع مستقبل برنامج "الشراكة الشرقية" مع دول الجوار.

المصدر : الجزيرة + وكالات
`;
