// Arabic quotation lexicon: reporting cues, roles, organisations, unnamed sources, nouns that
// introduce names (terms), and the small words that end a speaker phrase. Data only: the analyser
// (../ar/) normalises every entry (harakat, alef and ya variants, ta marbuta) and derives the
// proclitic (و، ف) and gender forms itself.

import { phrases, sequences, words } from './lists';

/** A reporting verb: masculine perfect and present forms; feminine and plural forms are derived. */
export interface ArabicCueVerb {
  /** masculine perfect, e.g. قال */
  past: string;
  /** masculine present, e.g. يقول */
  present?: string;
  /** masculine participle used after a clause, e.g. قائلا */
  participle?: string;
  /** takes an object pronoun and a description (`وصفه بأنه "…"`): its subject is never the object */
  describes?: boolean;
  /** gives a thing its name (`كتاب أسماه "…"`): without `ما` the quote is a name, not speech */
  names?: boolean;
  /** also a common non-verb word (عبر `via`): a cue only with a proclitic or at a clause start */
  ambiguous?: boolean;
  /** also a common preposition (بيّن `explained` / بين `between`): a cue only opening a clause and before the words */
  clauseStart?: boolean;
  /** reports someone else's words (`نقلت الصحيفة عن الوزير أن …`, `على لسان`): the speaker follows عن or لسان */
  relays?: boolean;
  /** also a common verb of another sense (زاد `increased`): a cue only when a colon, a complementiser or the quote follows within a subject's length */
  tight?: boolean;
  /** asks a question (`سأله أحد الحضور`): the one asked, not the asker, answers in the cue after it */
  asks?: boolean;
  /** learns the words (`علمت «عكاظ» من مصادر مطلعة أن`): the speaker follows من, the learner is no speaker */
  learns?: boolean;
  /** reports a document's words only (`وتضمن البيان «…»`; `قوانين تضمن حرية` guarantees): a cue only with a document noun right after it */
  byDocument?: boolean;
  /** also a plural noun (كتب `books`): no cue bare right after a noun ending in ة, whose genitive it is (`قراءة كتب ماركسية`) */
  alsoNoun?: boolean;
}

/** The flags of a reporting verb: the fields of `ArabicCueVerb` that are true or absent. */
type ArabicCueFlag = Exclude<keyof ArabicCueVerb, 'past' | 'present' | 'participle'>;

/**
 * One verb a line: `past present participle flag…`, `-` for a form it lacks (trailing ones may be
 * left out), then the flags that are true: `'سمى يسمي - describes names'`.
 */
const cueVerbs = (...lines: string[]): ArabicCueVerb[] =>
  lines.map((line) => {
    const [past, present, participle, ...flags] = line.split(' ');
    const verb: ArabicCueVerb = { past };
    if (present && present !== '-') verb.present = present;
    if (participle && participle !== '-') verb.participle = participle;
    for (const flag of flags as ArabicCueFlag[]) verb[flag] = true;
    return verb;
  });

export const arabicCueVerbs: ArabicCueVerb[] = cueVerbs(
  'قال يقول قائلا',
  'أضاف يضيف مضيفا',
  'أكد يؤكد مؤكدا',
  'أدان',
  'ندد يندد منددا',
  'أوضح يوضح موضحا',
  'أشار يشير مشيرا',
  'اعتبر يعتبر معتبرا',
  'أعرب يعرب معربا',
  'عبر يعبر معبرا ambiguous',
  'رد يرد',
  'تابع يتابع متابعا',
  'أردف يردف مردفا',
  'استطرد - مستطردا',
  'ذكر يذكر ذاكرا',
  'أفاد يفيد مفيدا',
  'أعلن يعلن معلنا',
  'كشف يكشف كاشفا',
  'لفت يلفت لافتا',
  'شدد يشدد مشددا',
  'نوه ينوه منوها',
  'نبه ينبه منبها',
  'صرح يصرح مصرحا',
  'زعم يزعم زاعما',
  'أجاب يجيب مجيبا',
  'حذر يحذر محذرا',
  'دعا يدعو داعيا',
  'طالب يطالب مطالبا',
  'تعهد يتعهد متعهدا',
  'اعترف يعترف معترفا',
  'نفى ينفي نافيا',
  'أقر يقر مقرا',
  'لاحظ يلاحظ ملاحظا',
  'ختم يختم مختتما',
  'أبدى يبدي مبديا',
  'انتقد ينتقد منتقدا',
  'كرر يكرر مكررا',
  'علق يعلق معلقا',
  'تساءل يتساءل متسائلا',
  'زاد - زائدا tight',
  'وعظ يعظ واعظا',
  'خاطب يخاطب مخاطبا',
  'اتهم يتهم متهما',
  'رحب يرحب مرحبا',
  'رأى يرى رائيا',
  'ناشد يناشد مناشدا',
  'اختتم يختتم مختتما',
  'أوصى يوصي موصيا',
  'استدرك يستدرك مستدركا',
  'أقر يقر مقرا',
  'أظهر يظهر',
  'لخص يلخص ملخصا',
  'سأل يسأل سائلا asks',
  'روى يروي راويا',
  'هتف يهتف',
  'نص ينص',
  'تضمن يتضمن - byDocument',
  'استنكر يستنكر مستنكرا',
  'أشاد يشيد مشيدا',
  'وعد - واعدا',
  'نقل ينقل - relays',
  'علم - - learns',
  'بين - مبينا clauseStart',
  'غرد يغرد مغردا',
  'كتب يكتب - alsoNoun',
  'وصف يصف واصفا describes',
  'سمى يسمي - describes names',
  'أسمى - - describes names',
  'أبلغ',
  'صرخ يصرخ صارخا',
  'استبعد يستبعد مستبعدا',
  'أورد يورد موردا',
  'أكمل يكمل مكملا tight',
);

/**
 * A reporting verb and the preposition its complement takes (`أعرب المشاركون عن`): a bare noun between
 * the two is the verb's subject, not its object. (Not دعا إلى, حذر من: `دعت الأسر إلى` calls on its object.)
 */
export const arabicCuePrepositions = sequences('أعرب عن|عبر عن|أشار إلى|نص على|شدد على|أكد على|تساءل عن|حذر من|تحدث عن');

/** `نقل عنه قوله`: a noun that marks the words of someone named through عن / لـ just before it. */
export const arabicNestedCueNouns = words('قوله قولها قولهم قولهما بقوله بقولها القول');
/** `بالقول` completes a cue (`وتابع زيدان بالقول:`) and is never a cue of its own (القول is one only after عن and the one named: attribution.ts) */
export const arabicCueComplements = words('بالقول القول');
/** `بحسب X`, `وفقا لـ X`, `نقلا عن X`: the speaker follows */
export const arabicAccordingTo = words('بحسب حسب وفقا وفق طبقا نقلا حسبما بحسبما');
/** phrases after a quote that give it to the current speaker: `على حد تعبيره`, `كما أطلقوا عليها` */
export const arabicAfterQuoteNaming = phrases('على حد تعبيره|على حد تعبيرها|على حد قوله|على حد قولها|على حد وصفه|على حد وصفها|كما أطلقوا عليها|كما أطلقوا عليه|كما وصفها|كما وصفه|كما سماها|كما سماه|كما يسميها|كما يسميه');
/** `طلب عدم ذكر اسمه`, `دون أن`: after these a cue verb's form is its verbal noun (`ذكر` = mentioning), not a verb */
export const arabicVerbalNounMarkers = words('عدم دون بدون');
/**
 * Nouns that behind ب or ل make a phrase of the verb, not a name or part of a role (`وطالب الوزير
 * بضرورة …`, `تحدث الرئيس لمدة ساعة`, `أشاد المدير بأهمية …`)
 */
export const arabicAdverbialNouns = words(
  'ضرورة أهمية مناسبة مدة صورة طريقة نسبة قيمة مثابة غاية خطورة حاجة سرعة',
  // how it was said: `وأضاف المدير بصراحة`, `بلهجة حازمة`, `بكل وضوح`
  'صراحة وضوح لهجة نبرة نغمة كل حزم ثقة اختصار إيجاز تفصيل أسف ارتياح شكل سخرية تهكم غضب حدة مرارة حسرة',
);
/** `عاد وأكد`: went back and (said): a verb of the subject before a cue on its و, never a name's word */
export const arabicResumingVerbs = words('عاد عادت عادوا رجع رجعت');
/**
 * Nouns that open the object of a verb after its subject, never a name: `وأكد وزير الطاقة أهمية
 * التعاون`, `أكد سمو الوزير وجود نوايا …` (the role is the subject; what follows is what was stressed).
 */
export const arabicObjectNouns = words(
  'أهمية ضرورة وجود استمرار حرص دعم عزم رفض استعداد التزام تمسك أحقية جدية قدرة تأييد ترحيب تقدير رغبة',
  'إمكانية صعوبة خطورة ارتفاع انخفاض تراجع استقرار حق مواصلة متابعة مشاركة تعزيز أولوية عمق متانة',
  // what is posted: `ونشر الفنان أحمد حلمي صورة تجمعه بوالدته`
  'صورة صورا مقطع مقطعا فيديو تدوينة',
  // what is offered or issued: `وقدم فريمان اعتذارا رسميا`; what one writes: `يكتب مقالات`
  'اعتذار مقالات',
  // quantifiers: `وحث كافة المواطنين` (those urged, never a name)
  'جميع كافة',
);
/** Feelings a verb stirs, in the accusative after its subject (`أثارت ملاحظات عباس غضبا`): never a name's word. */
export const arabicStirredFeelings = words('غضب استياء قلق جدل');
/** Nouns a verb takes behind ب or ل (`ضغطا على بوتين لمنع تسليم`, `رحبت الولايات المتحدة بجهود`): purposes and efforts, never a name's word. */
export const arabicPrepositionObjects = words('منع وقف دعم بحث حل جهود إنهاء حماية ضمان مواجهة مكافحة');
/** `رفض ذكر اسمه`, `فضل عدم …`: a cue form right after these verbs is their verbal noun (ذكر `mentioning`), no report */
export const arabicMasdarGovernors = words('رفض رفضت فضل فضلت طلب طلبت يرفض ترفض');
/** `جاء`, `تم` and their imperfects: the word right after them is their subject, a verbal noun where a verb's form stands (`وجاء كشف`) */
export const arabicComingVerbs = words('جاء يأتي تأتي تم يتم');
/** how something was said, between a cue and the words (`قالت ضاحكة:`, `أضاف مبتسما`): never its subject */
export const arabicMannerWords = words(
  'ضاحكا ضاحكة مبتسما مبتسمة مازحا مازحة ساخرا ساخرة متأثرا متأثرة غاضبا غاضبة بحزن بغضب بحماس مجددا أيضا بدوره بدورها',
  'ممازحا ممازحة متهكما متهكمة متعجبا متعجبة مستغربا مستغربة متحسرا متحسرة باكيا باكية',
  // adverbs in the accusative, never a name (`يتم تعيين وزير الطاقة في البلاد تقليديا`)
  'حاليا رسميا تقليديا شخصيا فعليا عمليا نظريا جزئيا كليا نهائيا مبدئيا تلقائيا دوليا محليا إقليميا عالميا',
  'سنويا يوميا شهريا أسبوعيا أساسيا تدريجيا نسبيا تاريخيا سابقا لاحقا مؤخرا مسبقا مباشرة',
  'يوما أحيانا دائما غالبا أبدا كثيرا قليلا تماما سريعا فورا مرارا تكرارا علنا صراحة',
  // then, at that time: `ما وصفته آنذاك بالقيود`
  'آنذاك حينذاك حينئذ وقتذاك يومذاك وقتها حينها',
  // how strongly: `وانتقد الرئيس هوجو شافيز بشدة "…"`
  'بشدة بقوة بحدة بحزم صراحة علنا',
  // in reply, commenting: `وأوضح المتحدث ردا على سؤال`
  'ردا تعليقا تعقيبا جوابا إجابة',
);
/** `لكنه انتقد الاتحاد`, `فهم يعتبرون …`: the subject is the pronoun on these or these pronouns, so what follows the verb is its object */
export const arabicSubjectPronounCarriers = words('لكنه لكنها لكنهم ولكنه ولكنها ولكنهم إنه إنها أنه أنها بأنه بأنها', 'هم وهم فهم هو وهو فهو هي وهي فهي');
/**
 * role heads only in the construct state, with no article (`كبير المفاوضين`, `كبيرة الاقتصاديين`,
 * `حاكم دبي`); `الكبير`, `الحاكم` (the ruling party) are adjectives
 */
export const arabicConstructRoles = words('كبير كبيرة حاكم حاكمة');
/**
 * kin with the article, right after a cue verb of any kind (`أقر الأب بأنه`), its subject as one
 * definite word is after قال; no role words: the bare أب, أم, أخ open names and kunyas (أبو, أم كلثوم),
 * and after a noun they describe it (`الشركة الأم`)
 */
export const arabicDefiniteKin = words('الأب الأم الأخ الأخت الجد الجدة');
/** `أحمد، وهو طالب جامعي`: after these a past-tense cue form is a noun (طالب, student), not a verb; `وهو يقول` is still one */
export const arabicPredicatePronouns = words('هو هي وهو وهي فهو فهي');
/** `طرح سؤال: "…"`, `بدلا من التساؤل: "…"`: a question named before a colon, no one who asks it */
export const arabicQuestionNouns = words('سؤال السؤال سؤالا تساؤل التساؤل تساؤلا أسئلة الأسئلة تساؤلات التساؤلات');
/** role nouns ending in ي that are no nisba (`المفتي`, `القاضي`: a post, where `القيادي`, `الإيراني` describe) */
export const arabicRoleNounsOnYa = words('مفتي قاضي محامي');
/** `وجاء في البيان «…»`: the words of the document's author */
export const arabicCameIn = ['جاء'];
/** verbal nouns of cues that report with their subject in the genitive and أن after it (`رغم إعلان المدرب يورغن كلوب أن …`): noun, verb */
export const arabicVerbalNounCues: [string, string][] = [
  ['إعلان', 'أعلن'], ['تأكيد', 'أكد'], ['إشارة', 'أشار'],
  // and their plurals of claims and warnings (`بشأن مزاعم حسن بأنه "…"`, `تحذيرات الوزير من أن`)
  ['مزاعم', 'زعم'], ['ادعاءات', 'زعم'], ['تصريحات', 'صرح'], ['اتهامات', 'اتهم'], ['تأكيدات', 'أكد'], ['تحذيرات', 'حذر'],
];

/**
 * Words that head a role: `وزير الخارجية الأميركي`, `المتحدثة باسم …`, `الناقد الفني`. (`عالمة`, a
 * woman scientist, without its masculine: `العالم العربي` is the Arab world far more often.)
 */
export const arabicRoleWords = words(
  'وزير وزيرة رئيس رئيسة مدير مديرة نائب نائبة سفير سفيرة متحدث متحدثة',
  'ناطق ناطقة مستشار مستشارة أمين مساعد مساعدة قائد زعيم عضو نقيب مدرب',
  'لاعب لاعبة فنان فنانة ناقد ناقدة كاتب كاتبة شاعر شاعرة داعية خبير',
  'خبيرة محلل محللة باحث باحثة صحفي صحفية مراسل مراسلة مؤرخ مفكر متسابق',
  'متسابقة نجم نجمة صاحب ولي نظير نظيرة قاضي قاض محامي محام محامية عقيد لواء عميد جنرال مرشح',
  'مرشحة مبعوث مبعوثة مندوب مندوبة ممثل ممثلة محافظ عمدة ملك ملكة أمير',
  'فائز فائزة قيادي قيادية سيناتور كابتن أدميرال',
  'أميرة مرشد شيخ دكتور دكتورة سيد سيدة أستاذ أستاذة مهندس مهندسة رجل',
  'امرأة مسؤول مسؤولة منسق منسقة مفوض مفوضة راعي مخرج مخرجة مطرب مطربة',
  'مغني مغنية بطل بطلة أسقف بابا إمام مفتي حاخام مطران نقيبة طبيب طبيبة أخصائي',
  'أستاذ مؤسس مؤسسة معد معدة د استشاري استشارية أخصائية وكيل وكيلة مشرف',
  'مشرفة عضوة محاضر محاضرة مراقب مراقبة أمينة قائدة زعيمة مؤرخة مفكرة عميدة',
  'طالب طالبة مواطن مواطنة ساكن ساكنة مقيم مقيمة مستثمر مستثمرة ناشط ناشطة رئيسة معلم معلمة موظف موظفة إعلامي إعلامية ناشر ناشرة أكاديمي أكاديمية مصور مصورة خادم حارس حارسة مزارع مزارعة مشجع مشجعة روائي روائية عالمة وسيط وسيطة سياسي سياسية',
  'مؤلف مؤلفة مهاجم مهاجمة مدافع مدافعة هداف هدافة تاجر تاجرة مقاول سائق سائقة ممرض ممرضة صيدلي صيدلانية عازف عازفة ملحن ملحنة',
  'جراح مذيع مذيعة مصمم مصممة محقق محققة رسام رسامة معلق معلقة محرر محررة عارض عارضة سكرتير سكرتيرة شريك شريكة مقدم مقدمة',
  // kin named before the name (`خطيبة الصحفي، خديجة آزرو،`) and the daughter (ابنة: بنت is the name's particle); not ابن, أم, أخ, أب, parts of names and kunyas, nor خطيب (الخطيب, a family name)
  'والد والدة شقيق شقيقة زوج زوجة خطيبة أرملة نجل نجلة ابنة',
  // (the woman friend only: صديق is also a family name, محمد صديق)
  'صديقة',
);
/** `وأوضح معاليه`, `أكد سموه`: an honorific with a pronoun is someone already named */
export const arabicHonorificPronouns = words(
  'معاليه معاليها سموه سموها فضيلته سعادته سعادتها جلالته جلالتها فخامته دولته سماحته نيافته',
);
/** titles between a role and a name (`استشاري الأمراض الصدرية الدكتور خالد الشمري`): part of neither */
export const arabicTitles = words(
  'الدكتور الدكتورة د م المهندس المهندسة الشيخ الشيخة الأمير الأميرة السفير السفيرة',
  'اللواء العميد العقيد الفريق المقدم الرائد النقيب الملازم الرقيب الكابتن الأدميرال الجنرال المستشار المستشارة القاضي الأستاذ الأستاذة البروفيسور السيناتور',
  'السيد السيدة معالي سمو فضيلة سعادة',
);
/**
 * Nationality adjectives (masculine, without the article; the feminine adds ة): before a name they
 * introduce the person as a role does (`الفرنسي أرسين فينغر`). A family name in ي (`الظواهري`) is none.
 */
export const arabicNationalities = words(
  'فرنسي إسباني إيطالي ألماني بريطاني إنجليزي إنكليزي أمريكي أميركي روسي صيني ياباني تركي إيراني عراقي سوري',
  'لبناني أردني مصري سعودي إماراتي قطري كويتي بحريني عماني يمني فلسطيني إسرائيلي مغربي جزائري تونسي ليبي',
  'سوداني موريتاني برازيلي أرجنتيني برتغالي هولندي بلجيكي سويسري سويدي نرويجي دنماركي فنلندي كندي أسترالي',
  'هندي باكستاني أفغاني كوري أوكراني بولندي يوناني نمساوي كرواتي صربي نيجيري غاني سنغالي كاميروني إيفواري',
  'مكسيكي كولومبي تشيلي أوروغوياني إثيوبي كيني إيرلندي أيرلندي اسكتلندي ويلزي فنزويلي بلغاري روماني مجري تشيكي',
);
/** Common given names: after a nationality adjective (`القطري محمد بن همام`) a name is recognised by them. */
export const arabicGivenNames = words(
  'محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد سعيد سعد سالم سلمان',
  'سلطان عبد عبدالله عبدالرحمن عبدالعزيز إبراهيم يوسف يعقوب إسماعيل موسى عيسى',
  'هاني هشام وليد وائل طارق ماجد فهد فيصل ناصر نبيل جمال كمال عادل سامي',
  'رامي زياد كريم مروان أسامة حمد حمدان راشد مبارك جاسم منصور نواف بشار',
  'فاطمة عائشة مريم زينب نورة سارة هند ليلى منى هدى رانيا دينا أمل نادية',
  'جون جورج ديفيد مايكل بيتر جيمس توماس دونالد فلاديمير سيرغي إيمانويل أنطونيو',
  'مارك مارتن روبرت ريتشارد ستيفن كريستوفر بوريس أولاف أنجيلا أنغيلا جان بيير فرانسوا فولوديمير رجب',
  'غاري مايك ستيف كيفن جيف نيك روب',
  'هاري توني بيل ويل والتر جوزيه أندريه باراك هيلاري تيريزا نيكولا أنطوان ألكسندر جاك جيريمي تيري فرانك جاستن ويليام تشارلز إدوارد هنري كارلوس خوسيه لويس ماريا إليزابيث ليونيل كريستيانو',
  // Gulf names, and those opening on ب / ل, which would otherwise read as a preposition on a place (`بندر`, `لؤي`)
  'بندر بدر بسام باسل بشير بكر لؤي لبنى لمياء لطيفة لينا بسمة بشرى تركي',
  'نايف مشعل متعب سعود غازي عايض ثامر تامر حسام حازم حمزة حامد خليل رائد توفيق تيسير تحسين',
  'رياض زيد سامر سليمان شادي طلال عامر عمار عماد غسان فراس فواز مازن مشاري واصل',
  'معاذ مهند نادر هيثم ياسر يزيد يحيى أنس أيمن إياد عبدالرحيم عبدالكريم',
  'عبدالمجيد عبدالملك عبدالإله عبدالمحسن عبداللطيف عبدالوهاب أسماء إيمان خديجة حنان',
  'ريم رنا رهف سلمى سميرة سعاد عبير غادة مها نوال نوف هيفاء ياسمين كلثوم',
  'لولوة الجوهرة موضي حصة شيخة ريما منال وفاء سلوى دانة جواهر العنود البندري سطام هزاع مساعد الطيب',
);
/** the women's names among arabicGivenNames: a person named by one is a she (`اختارت دينا الشربيني …. ووصفت`) */
export const arabicFemaleGivenNames = words(
  'فاطمة عائشة مريم زينب نورة سارة هند ليلى منى هدى رانيا دينا أمل نادية لبنى لمياء لطيفة لينا بسمة بشرى',
  'أسماء إيمان خديجة حنان ريم رنا رهف سلمى سميرة سعاد عبير غادة مها نوال نوف هيفاء ياسمين كلثوم',
  'لولوة الجوهرة موضي حصة شيخة ريما منال وفاء سلوى دانة جواهر العنود البندري أنجيلا أنغيلا هيلاري تيريزا ماريا إليزابيث',
);
/** words after a given name that belong to it though they carry the article (`زين الدين`, `نصر الله`) */
export const arabicNameArticles = words('الدين الله الرحمن الحق الإسلام');
/** honorific titles before a name: part of neither the role nor the name */
export const arabicHonorifics = words('السيد السيدة الشيخ الدكتور الدكتورة د م المهندس الأستاذ الأستاذة سمو معالي فضيلة سعادة');
/** a role word followed by `باسم` keeps the words after it in the role (`المتحدث باسم الخارجية`), and so do the verbal nouns of taking up a post (`المرشح لتسلم منصب وزير الخارجية`) */
export const arabicRoleLinks = ['باسم', 'لتسلم', 'لتولي', 'لشغل'];

/** Words that head an organisation's name: `وزارة الخارجية التركية`, `محكمة التحكيم الرياضي`. */
export const arabicOrganisationHeads = words(
  'وزارة منظمة اتحاد محكمة مهرجان صحيفة جريدة مجلة وكالة حركة حزب جمعية',
  'شركة مركز هيئة لجنة مرصد حكومة جيش شرطة مجلس برلمان رئاسة بنك صندوق جهاز',
  'جامعة كلية معهد فرع قسم منطقة قطاع ولاية إقليم مستشفى غرفة أكاديمية مؤسسة نقابة تحالف تنظيم جماعة خارجية داخلية دفاع إدارة مكتب سفارة',
  'وسائل صحف وكالات منصة قناة إذاعة شبكة محطة نادي فريق منتخب كتائب قيادة أمانة مديرية بلدية محافظة دائرة مرور رابطة مصرف نيابة ديوان إمارة جامع مسجد حلف وفد مشروع مبادرة حملة',
).concat(phrases(
  'الأمم المتحدة|البيت الأبيض|الكرملين|البنتاغون|دراسة|الدراسة|مسح|المسح|استطلاع|الاستطلاع|العلماء|الباحثون|الباحثين',
  // bodies whose name opens on a plain noun: read whole, also inside a role (`مدير برامج أطباء بلا حدود في إيطاليا X`)
  'أطباء بلا حدود|مراسلون بلا حدود|مراسلين بلا حدود|العفو الدولية|هيومن رايتس ووتش',
));
/**
 * States whose name carries the article, speaking as a body (`ودعت الصين إلى`, `وقالت السعودية إن`): no
 * common noun the verb takes as its object. These are feminine whatever their ending; the masculine
 * ones (`وحذر العراق`) are the next list.
 */
export const arabicDefiniteStates = words(
  'الصين الهند اليابان السعودية الإمارات الكويت البحرين الجزائر الصومال',
  'الفلبين البرازيل الأرجنتين المكسيك النمسا السويد النرويج الدنمارك المجر البرتغال اليونان',
);
export const arabicDefiniteStatesMasculine = words('العراق الأردن المغرب السودان اليمن الفاتيكان');
/** unnamed sources: `مصدر عسكري`, `مصادر مطلعة`, `مسؤول أميركي` */
export const arabicUnnamedSources = words('مصدر مصادر أهالي أهالى مسؤول مسؤولون مسؤولين شهود شاهد مراقبون خبراء محللون دبلوماسي دبلوماسيون ناشطون سكان متحدث ناطق عدد بعض مجموعة أحدهم أحدهن إحداهن أحد إحدى مشجعون مشجعين جماهير متظاهرون متظاهرين محتجون محتجين موظفو أصحاب عشرات مئات آلاف اقتصاديون اقتصاديين مقربون مقربين صديق صديقة أصدقاء زميل زميلة زملاء جار جارة جيران');
/** broken plurals that name an unnamed group (`ويرى الخبراء`, `قال شهود`); sound plurals in ون / ين do so by their ending */
export const arabicGroupPlurals = words('خبراء مصادر جماهير شهود سكان أهالي بعض جيران أصدقاء زملاء رجال نساء');
/** a document speaks for its author: `وذكر تقرير منظمة اليونيسف`, `وأضاف البيان` */
export const arabicDocumentNouns = words('بيان إعلان تقرير تصريح تصريحات رسالة مقال مقالة كلمة كلاما خطاب حكم قرار بلاغ مذكرة وثيقة تسجيل شريط تغريدة تغريدات تدوينة منشور تعميم مقولة تقدير تقديرات حصيلة');
/** a part of a document that stands for it after `جاء في` (`وجاء في حيثيات الحكم أن`): the document speaks */
export const arabicDocumentParts = words('حيثيات منطوق نص ديباجة');
/** `حسب قول الكاتب`, `على حد تعبير الوزير`: a noun of saying between an according phrase and the one whose words they are */
export const arabicSayingNouns = words('قول تعبير وصف رواية كلام');

/** Nouns that introduce a name, so the quote after them is a term: `حركة «حماس»`, `بعنوان "…"`. */
export const arabicTermNouns = words(
  'شركة صحيفة جريدة مجلة تنظيم حركة جماعة حزب برنامج بعنوان عنوان عملية',
  'قناة فضائية مسلسل فيلم أفلام مقطع مقاطع مشروع حملة جائزة مبادرة مسرح بطولة كأس مسابقة سباق دار',
  'لقب مهرجان موقع نظرية عادة فئة هاتف هاتفي هاتفا جهاز تطبيق ميزة خدمة',
  'فندق شارع ساحة ملعب نادي فريق مهر مهرة فرس حصان أغنية أغنيتي ألبوم',
  'كتاب رواية قصيدة ديوان وكالة منظمة مؤسسة شوط جروب مجموعة شعار هاشتاغ',
  'هاشتاج وسم تسمية مصطلح كلمة عبارة مقولة معركة خطة اتفاق اتفاقية',
  'مؤتمر منتدى معرض تحالف ائتلاف منصة برنامج شعار وسم مجمع مخيم سفينة طائرة صاروخ منتج ماركة علامة مطعم',
  'اسم نظام دورية ركن مجلس الشطر شطر بنك مصرف سوق منطقة مدينة حي قرية مجموعة مدرسة جامعة كلية مستشفى عيادة منصة صفحة حساب',
  'قائمة عرض مسرحية مخرج مخرجة مؤلف مؤلفة',
  'بلدة مستوطنة بؤرة عمليات مقرر مادة منتجات عائلة إذاعة دوري راديو تلفزيون شبكة محطة',
  // a charge, a medal, a lab's name: `بتهمة "تحقير القضاء"`, `وسام "امرأة فلسطين"`, `مرصد "روبن"`
  'تهمة جريمة جنحة وسام ميدالية مرصد مختبر',
  // a society's, a league's, a union's name: `جمعية "درهم وقاية" الخيرية`
  'جمعية رابطة نقابة',
  // a centre's, an institute's, a network's name, a make of machine: `مركز الدراسات "سيتا"`, `من طراز "رافال"`
  'مركز معهد شبكة طراز',
  // a framework's, a reactor's, a blog's name: `في إطار "تك فور غود"`, `مفاعل "بوغيه" النووي`, `مدونة "…"`
  'إطار مفاعل مدونة',
  // an event's name: `خلال حفل "عائلة الأهلي"`, `في ندوة "…"`
  'حفل حفلة احتفال احتفالية ندوة أمسية',
  // a band's, a mountain's, a museum's name: `فرقة "…"`, `جبل "…"`, `لمتحف "…"`
  'فرقة جبل متحف',
  // a law's, a technique's name: `بموجب قانون "ماغنيتسكي"`, `باستخدام تقنية "محاكاة الإغراق"`
  'قانون تقنية',
);
/** the noun a body's, a law's or a treaty's name opens on, in quotes: `"اللجنة الدولية للمفقودين"`, `"قانون أصول المحاكمات الجزائية"` */
export const arabicNameHeads = words('لجنة منظمة هيئة مجلس اتحاد جمعية رابطة نقابة مركز معهد مؤسسة وكالة حركة حزب جبهة تحالف ائتلاف صندوق جامعة أكاديمية محكمة مفوضية قانون اتفاقية معاهدة ميثاق بروتوكول');
/** words of English names written in Arabic letters: `"وول ستريت جورنال"`, `"ترامب تاور"`, `"ذا ناشيونال إنكوايرر"` */
export const arabicForeignNameWords = words('جورنال تايمز بوست ستريت تاور هاوس ديلي ويكلي ماغازين ناشيونال إنترناشيونال غروب سنتر بلازا');
/** `مستشهدا بالآية الكريمة «…»`, `قوله تعالى: «…»`: a verse of the Quran, whose speaker is الله */
export const arabicVerseMarkers = words('الآية آية بالآية تعالى الكريمة');
/**
 * A hadith, the Prophet's words, cited before a quote (`مستشهدا بالحديث الشريف «…»`, `قوله صلى الله
 * عليه وسلم: «…»`, `حديث النبي صلى الله عليه وسلم الذي رواه …`): the nouns of a hadith (never alone:
 * `في حديثه لـ«عكاظ»` is an interview), the words after one that make it the Prophet's, the forms
 * that name him, the blessing written after his name, and the verbs of its narrator's clause
 */
export const arabicHadithNouns = words('حديث الحديث بالحديث للحديث والحديث وبالحديث بحديث حديثا');
export const arabicHadithQualifiers = words('الشريف النبوي القدسي');
export const arabicProphetNames = words('النبي الرسول');
export const arabicProphetBlessing = words('صلى الله عليه وسلم');
export const arabicNarratorVerbs = words('رواه يرويه أخرجه رواها');
/** `ما يسمى`, `المعروف باسم`: names and scare quotes, never speech */
export const arabicTermIntroducers = words(
  'تلقب يلقب يسمى تسمى يعرف تعرف المعروف المعروفة المسمى المسماة الملقب الملقبة بعنوان',
  // what is sung is a song's words, no one's speech (`شدا بـ"أخاف منه ومن هجره"`)
  'غنى غنت يغني تغني شدا شدت يشدو تشدو',
);
/** words put in quotes to keep a distance from them (`لمكافحة "الإرهاب"`): alone in a quote, a term */
export const arabicScareWords = phrases('الإرهاب|إرهاب|الإرهابي|الإرهابية|الإرهابيين|الإرهابيون|الجهاد|الجهادية|الجهاديين|المجاهدين|المجاهدون|التكفيريون|التكفيريين|الخوارج|الشبيحة|الديمقراطية|الشرعية|الانقلاب|التطرف|المتطرفين|الإسلاميين|الربيع العربي');
/** words a name never starts with, so a quote opening with one is a clause, not a name (`"لن تكون مناسبة"`) */
export const arabicClauseOpeners = words('لن لا لم إن أن قد لقد ما هو هي هم نحن أنا إذا كان كانت ليس ليست سوف إنه إنها إنهم إننا إنني أنه أنها أنهم يجب هناك عن من يمكن ينبغي لابد علينا يتعين كما');
/** role words that are also given names (`حسين أمير عبد اللهيان`, `سيد خطاب`) */
export const arabicRoleNames = words('أمير أميرة سيد ملك عميد نجم شيخ أمين');
/** `الذي اطلعت عليه «المرصد»`: after these verbs (and عليه / عليها) a quoted word or two is the outlet that saw or got the document */
export const arabicOutletVerbs = words('اطلعت اطلع حصلت تلقت تحتفظ علمت سألت سأل حاورت حاور التقت التقى');
/** news outlets quoted as names (`لـ"رويترز"`) */
export const arabicOutlets = phrases('رويترز|فرانس برس|الفرنسية|أسوشيتد برس|اسوشيتدبرس|الأسوشيتدبرس|سي إن إن|CNN|بي بي سي|BBC|الجزيرة|العربية|وام|واس|سانا|الأناضول|تويتر|فيسبوك|يوتيوب|إنستغرام');

/** Words that end a speaker phrase: prepositions, complementisers, time words, particles. */
export const arabicPhraseStops = words(
  'في على عن إلى الى إلي مع خلال بعد قبل أمام لدى عبر حول بشأن إزاء حيال تجاه تحت فوق خلف وراء',
  'منذ عند نحو ضد دون بين لـ من أن إن بأن أنه إنه بأنه أنها إنها بأنها',
  'أنهم إنهم بأنهم لأن كي حيث اليوم أمس الاثنين الإثنين الثلاثاء الأربعاء الخميس',
  'الجمعة السبت الأحد يوم صباح مساء ليل ليلة الليلة غدا حاليا أيضا كذلك مجددا',
  'قد لقد كان كانت هو هي الآخر الأخرى آخر أكثر بشكل بصورة كما ثم لكن لكنه',
  'ولكن الذي التي الذين اللذين اللتين اللذان الذى فيما بينما إذ لأنه وهو وهي',
  'له لها لهم إنّ أنّ إثر اثر أثناء عقب وسط بدوره بدورها جانبه جانبها',
  'أواخر أوائل مطلع نهاية بداية بعنوان حتى إلا غير سوى كل أي هذا هذه ذلك تلك بذلك لذلك لهذا',
  // (`ليمار ذو الأعوام الـ22`: ذو / ذات, having, end a name; not ذي, `ذي قار`)
  'ذو ذوو ذوي ذات',
  'هنا هناك هنالك حوالي حوالى هكذا بلا عندما حينما بعدما لما بما عما مما إذا لو أو أم بل مثل جدا فقط أقل ليس لن لم لا ما كون لكون بكون للصحفيين للصحافيين لوسائل لوكالة لصحيفة لقناة لموقع لشبكة لإذاعة لتلفزيون',
  // told to an outlet: `ويقول المشعل للجزيرة نت إن`
  'للجزيرة للعربية لرويترز للأناضول لبي لسي لفرانس لسكاي',
);
/** Imperfect verbs of wanting, trying and intending: after a subject (`فإن ماي تريد إقامة`), never a word of its name. */
export const arabicNameEndingVerbs = words('يريد تريد يرغب ترغب يسعى تسعى يعتزم تعتزم ينوي تنوي يأمل تأمل يحاول تحاول يستطيع تستطيع يحتاج تحتاج');
/** `itself`, `the same` after a noun (`المسؤول الأوروبي نفسه`): the one named before, never a name. */
export const arabicEmphaticSelf = words('نفسه نفسها نفسهم أنفسهم ذاته ذاتها ذاتهم');
/** Relative pronouns: a cue right after one belongs to a relative clause (`الذي أكد …`). */
export const arabicRelatives = words('الذي التي الذين اللذين اللتين اللذان اللتان الذى اللواتي اللاتي');
/** Complementisers and the colon-like words that open the reported content after a cue. */
export const arabicComplementisers = words('أن إن ان بأن بان أنه إنه انه بأنه بانه أنها إنها انها بأنها بانها أنهم إنهم انهم بأنهم أنهن إنهن بأنهن أننا إننا أنني إنني لأن أنّ إنّ أنهما إنهما بأنهما');
/** Pronoun objects: `عنه`, `عنها` — the speaker is someone already named. */
export const arabicPronounSources = words('عنه عنها عنهم إليه إليها له لها عليه عليها عليهم به بها فيه فيها معه معها معهم');
