// English attribution lexicon: reporting cues, honorifics, role words, organisation words, term
// introducers, pronouns. Data only — the English analyser (article/en/) reads it; all entries lower case.

import { genders, gendersOrNone, phrases, sequences, words } from './lists';

export interface EnglishLexicon {
  /** reporting verbs in every written form: they attribute full and partial quotes */
  speechCues: string[];
  /** verbs that attribute a partial quote in their own sentence (`praised X as the "best execution"`) but not a quote after a colon */
  partialCues: string[];
  /** partial cues that quote their subject only in `… as "…"` (`rejected these accusations as "patently false"`) */
  asOnlyCues: string[];
  /** multi-word cues, matched token by token before single ones */
  phraseCues: string[][];
  /** `according to X`: the source follows */
  accordingTo: string[][];
  /** titles before a name, with the gender they give (null: none) */
  honorifics: Record<string, 'male' | 'female' | null>;
  /** nouns of office and trade: they make a role, never a name (`Home Secretary Charles Clarke`) */
  roleWords: string[];
  /** role words that give the holder's gender */
  genderedRoles: Record<string, 'male' | 'female'>;
  /** nationality nouns the -an/-ese/-ish endings miss (`the Spaniard`, `the Dane`), lower case */
  demonyms: string[];
  /** words that make a name an organisation (`… Association`, `Radio 1`) or a description an organisation (`the firm`) */
  organisationWords: string[];
  /** documents that speak for their authors (`his report said`) */
  documentNouns: string[];
  /** `X's praise`: the possessor is the source */
  speechNouns: string[];
  /** words right before a quote that make it a name or a term, not speech (`so-called "…"`, `the term for "…"`) */
  termIntroducers: string[][];
  /** works whose title may follow them in quotes after their owner's possessive (`Brazile's book "Hacks"`, `her new album "…"`) */
  workNouns: string[];
  /** introducers that still make a term with an article or possessive before the quote (`dubbed a "hawkish hold"`); not `called`, which a speaker can govern */
  termIntroducersBeforeDeterminer: string[][];
  /** `what X calls "…"`: the verb forms */
  namingVerbs: string[];
  /** analysts' ratings: `upgraded the shares to "buy"` is a term */
  ratings: string[];
  /** subject pronouns */
  pronouns: Record<string, 'male' | 'female' | 'neuter' | 'plural'>;
  /** possessive pronouns (for `his report`) */
  possessivePronouns: string[];
  /** capitalised words that start sentences but never names */
  notNames: string[];
  /** words between a subject and its cue: `has also said`, `is to tell` */
  auxiliaries: string[];
  /** connectives and sentence adverbs that can open a subject phrase (`However, he added`) */
  connectives: string[];
  /** prepositions and subordinators that open an adjunct (`In a statement, Mr Clarke said`) */
  adjunctOpeners: string[];
  /** relative pronouns: `X, who has said …` */
  relatives: string[];
  /** lower-case particles inside names (`Lord Nicholls of Birkenhead`, `Rob Da Bank`, `Ludwig van Beethoven`) */
  nameParticles: string[];
  /** abbreviated titles and the word they stand for (`Capt. Patrick Sondenheimer` … `the captain`) */
  titleAbbreviations: Record<string, string>;
  /** social platforms whose `<platform> user <handle>` names a person by a handle written in lower case (`Twitter user karsonwithak`) */
  socialPlatforms: string[];
  /** abbreviations that end with a full stop without ending a sentence */
  abbreviations: string[];
  /** verbs of a finite clause: a phrase holding one is a clause, not a subject */
  clauseWords: string[];
  /** common given names with the gender they usually give (for `he`/`she` when no title says it) */
  givenNames: { male: string[]; female: string[] };
  /** countries and cities a report names as the sides of a match or a talk: places, never a `he` */
  placeNames: string[];
}

const ENGLISH_AS_ONLY_CUES = words('reject rejects rejected denounce denounces denounced');

export const lexiconEn: EnglishLexicon = {
  speechCues: words(
    'say says said saying',
    'tell tells told telling',
    'add adds added adding',
    'ask asks asked asking',
    'reply replies replied replying',
    'warn warns warned warning',
    'urging vowing pledging promising complaining',
    'insist insists insisted insisting',
    'argue argues argued arguing',
    'explain explains explained explaining',
    'declare declares declared declaring',
    'announce announces announced announcing',
    'continued',
    'write writes wrote writing',
    'noted noting',
    'claims claimed claiming',
    'stated stating',
    'admit admits admitted admitting',
    'concede concedes conceded conceding',
    'acknowledge acknowledges acknowledged',
    'suggest suggests suggested',
    'predict predicts predicted',
    'recall recalls recalled',
    'commented',
    'agree agrees agreed',
    'reveal reveals revealed',
    'remarked',
    'observe observes observed',
    'respond responds responded',
    'retort retorts retorted',
    'exclaim exclaims exclaimed',
    'shout shouts shouted',
    'scream screams screamed yell yells yelled whispered pleaded begged boasted muttered thundered roared chided scolded',
    'implore implores implored confide confides confided ventured',
    'counter counters countered interjected recounted recounts caution cautions cautioned lamented laments reasoned',
    'elaborated clarified asserted asserts contend contends contended reiterate reiterates reiterated wondered protested opined marvelled marveled',
    'tweet tweets tweeted posted',
    'advise advises advised',
    'joke jokes joked',
    // how it was said, in sports and feature copy: `"It is what it is," shrugged Pep Guardiola`
    'shrugged quipped laughed sighed smiled beamed fumed snapped mused enthused gushed raged chuckled grinned groaned',
    'answer answers answered',
    'complain complained',
    'conclude concludes concluded',
    'confirm confirms confirmed',
    'maintain maintains maintained',
    'stressed',
    'emphasise emphasises emphasised emphasize emphasizes emphasized',
    'recommend recommends recommended',
    'reported',
    'quoted',
    'urge urges urged',
    'promised',
    'pledge pledges pledged',
    'vow vows vowed',
    'describe describes described',
    'read reads',
    'testify testifies testified testifying',
  ),
  partialCues: words(
    'praise praises praised',
    'criticise criticises criticised criticize criticizes criticized',
    'attacked',
    'condemn condemns condemned',
    'welcomes welcomed',
    'accuse accuses accused',
    'dismiss dismisses dismissed',
    'labelled labeled',
    'apologised apologized',
    'branded',
    'highlight highlights highlighted',
    'questioned',
    'hail hails hailed',
    'laud lauds lauded',
    'blame blames blamed',
    'deny denies denied',
    'call calls called',
    'found finds',
    // what one promotes in one's own words: `Trump touted Americans being able to "file their taxes on …"`
    'tout touts touted touting',
    // whom and what for, in one's own words: `Andre 3000 thanked fans "for supporting OutKast"`
    'thank thanks thanked',
    // participles after `with X …` or a comma: `with the mayor calling it "…"`
    'calling describing praising criticising criticizing dismissing accusing branding labelling hailing blaming denying',
  ).concat(ENGLISH_AS_ONLY_CUES),
  // (`The Pentagon rejected these accusations as "patently false"`; `rejected his call for "urgent talks"` quotes the one rejected)
  asOnlyCues: ENGLISH_AS_ONLY_CUES,
  phraseCues: sequences(
    'called for|calls for|call for|calling for',
    'pointed out|points out',
    'went on|goes on',
    // `"So wrong," Twitter user karsonwithak chimed in`
    'chimed in|chimes in|weighed in|weighs in',
    // `As one head teacher put it, "…"`
    'put it|puts it',
    // `Jonathan Baume … spoke of "competing agendas"`: the phrase is the speaker's
    'spoke of|speaks of|talked of|talks of',
    // `The Labour party has committed itself to "universal, affordable and flexible" childcare`: a pledge, in its words
    'committed itself to|commits itself to|committed themselves to|commit themselves to',
    // `a rise which its chief executive put down to the "first real wave" of …`: the cause in their words
    'put down to|puts down to|put it down to|puts it down to',
    // `and used expressions like "fire and fury"`: the subject's own words, by example
    'used expressions like|used language like|used phrases like|used words like|uses expressions like|uses language like|uses phrases like|uses words like',
  ),
  accordingTo: sequences('according to'),
  honorifics: gendersOrNone(
    'mr:m mr.:m mrs:f mrs.:f ms:f ms.:f miss:f',
    'dr dr. prof prof. professor sir:m dame:f lord:m lady:f',
    'baroness:f baron:m rev rev. reverend father:m sister:f',
    'judge justice senator sen sen. rep rep. gen gen.',
    'general colonel captain president king:m queen:f prince:m princess:f',
    'sheikh:m pope:m archbishop:m bishop cardinal:m chancellor',
    // US wire style abbreviates titles: `Gov. Gavin Newsom`, `Sgt. Ana Ruiz`
    'gov gov. capt capt. lt lt. sgt sgt. col col.',
  ),
  roleWords: words(
    // scientists and clinicians (`said planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory`)
    'geologist astronomer historian archaeologist psychologist sociologist ecologist epidemiologist virologist astrophysicist',
    'climatologist meteorologist seismologist zoologist geographer statistician mathematician neuroscientist oceanographer',
    'paleontologist volcanologist entomologist botanist geneticist pharmacologist toxicologist immunologist cardiologist',
    'oncologist neurologist psychiatrist pediatrician nutritionist dietitian',
    'secretary minister chancellor president vice premier prime chief executive director chairman',
    'chairwoman chair chairperson spokesman spokeswoman spokesperson editor correspondent reporter',
    'presenter economist analyst leader boss head manager governor mayor senator congressman',
    'congresswoman mp mep msp am commissioner ambassador inspector controller founder co-founder',
    'singer guitarist songwriter screenwriter scriptwriter playwright bassist drummer rapper actor actress star seed champion coach',
    'captain player striker midfielder defender forward winger goalkeeper keeper full-back',
    'centre-back skipper batter batsman bowler jockey trainer coach referee officer deputy shadow general treasurer attorney lawyer judge',
    'professor lecturer researcher scientist expert official adviser advisor strategist partner confidant confidante jurist',
    'owner investor trader dealer consultant campaigner activist organiser member councillor',
    'delegate envoy diplomat king queen prince princess emperor minister-designate dj producer',
    'writer author novelist director-general secretary-general ceo cfo coo md vp pm host filmmaker film-maker photographer',
    'broadcaster columnist critic curator principal teacher doctor surgeon nurse chef president-elect',
    'superintendent constable commander sergeant detective colonel lieutenant major admiral marshal',
    'representative rep speaker whip solicitor barrister counsel agent promoter forecaster',
    'candidate candidates nominee challenger pundit commentator olympian icon coordinator architect veteran stalwart',
    'specialist engineer technician designer developer programmer economist physicist chemist biologist',
    // who speaks in ads, on air and in legislatures: `the narrator says`, `the lawmaker said`
    'narrator announcer anchor moderator interviewer journalist journalists clerk organizer headteacher pilot',
    'lawmaker lawmakers legislator legislators auditor negotiator negotiators mediator',
    // rugby and athletics positions, and clergy: `England prop Phil Vickery`, `the Cardinal`
    'prop hooker flanker fly-half scrum-half sprinter athlete runner hurdler cyclist swimmer',
    'golfer boxer cardinal archbishop bishop vicar priest rabbi imam chaplain',
    // police ranks as written before a name: `Det Insp John Smith`
    'det insp supt ch pc dc ds di dci dcs acc commissioner',
    // people spoken of as a group or without a name
    'source sources people residents voters critics observers fans witnesses students workers',
    'parents users customers passengers insiders officials campaigners protesters analysts experts',
    'economists spokesmen ministers leaders aide aides insider witness resident supporters opponents authorities participant participants attendee attendees assistant assistants',
    // people named by their relation to someone
    'predecessor successor colleague wife husband son daughter mother father brother sister',
    'friend widow widower neighbour neighbor boyfriend girlfriend fiancee fiance team-mate rival',
    'opponent victim survivor relative relatives family mum dad uncle aunt cousin grandmother',
    'grandfather manager boss employer landlord owner tenant patient client',
    // people described by what they do or where they live (`Shoppers in Glasgow said`, `a man from Leeds`)
    'man woman men women shoppers volunteers volunteer locals villagers commuters farmers farmer',
    'teachers nurses doctors patients pensioner pensioners shopkeeper driver drivers motorists',
    'families visitors tourists neighbours neighbors homeowners tenants staff employees fishermen',
    'employee worker person investigators investigator prosecutors prosecutor detectives researchers scientists',
    // people in court: `the defendant shouted`, `the claimant said`
    'defendant defendants claimant claimants plaintiff plaintiffs accused suspect juror',
    // party members: `The top Democrat on the committee`, `Senate Republicans` (`Republican`, also an adjective, is not here)
    'democrat democrats republicans',
  ),
  genderedRoles: genders(
    // (not chairman: British copy calls a woman chairman too, `Police Federation chairman Jan Berry … she said`;
    // nor spokesman: `Chinese Foreign Ministry spokesman Hua Chunying … she said`)
    'spokeswoman:f chairwoman:f congressman:m',
    'congresswoman:f actress:f king:m queen:f prince:m princess:f',
    // relations and trades that say who is meant (`her son Tom` … `she adds` is not Tom)
    'son:m daughter:f husband:m wife:f father:m mother:f brother:m',
    'sister:f uncle:m aunt:f grandfather:m grandmother:f grandson:m',
    'granddaughter:f nephew:m niece:f widow:f widower:m boyfriend:m',
    'girlfriend:f mum:f dad:m businessman:m businesswoman:f policeman:m',
    'policewoman:f headmaster:m headmistress:f sportsman:m sportswoman:f',
    // (`a man wearing a Hogwarts jumper asked Watson … She answered`: she is not the man)
    'man:m woman:f boy:m girl:f gentleman:m lady:f',
  ),
  demonyms: words(
    // nationality nouns that do not end in -an/-ese/-ish: `the Spaniard added` stands for the person just named
    'spaniard frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman',
    'welshman welshwoman dutchman dutchwoman swede dane finn pole scot turk czech swiss',
    'greek serb croat argentine israeli iraqi pakistani saudi qatari kuwaiti emirati thai',
    'nepali somali bangladeshi azerbaijani uzbek kazakh kiwi aussie brit yorkshireman northerner',
    'southerner cornishman manxman belgian slovak slovene luxembourger icelander',
    // common -an/-ese nationalities, so `the Brazilian said` is a person while `the Guardian said` stays a paper
    'american brazilian italian australian canadian nigerian indian russian egyptian iranian syrian',
    'colombian norwegian mexican german ukrainian korean kenyan ghanaian jamaican chilean peruvian',
    'hungarian romanian bulgarian austrian croatian serbian portuguese chinese japanese senegalese',
    'lebanese vietnamese ethiopian moroccan algerian tunisian venezuelan uruguayan ecuadorian georgian',
    'armenian estonian latvian lithuanian albanian bosnian cameroonian ivorian',
  ).concat('south african'),
  organisationWords: words(
    'association authority council commission committee bank network office ministry department',
    'party group company corporation corp inc ltd plc llc union agency institute foundation',
    'technologies holdings industries airlines airways pharmaceuticals laboratories motors enterprises',
    'service services court board fund organisation organization radio tv television times',
    'post news federation alliance league society trust university college school hospital',
    'police army government administration parliament congress senate treasury centre center',
    'charity firm brewer maker manufacturer carmaker retailer airline carrier giant station',
    'magazine newspaper paper website channel broadcaster label club team band lab laboratory',
    // football clubs: `Blackburn Rovers` is a body, never the `he` of a player's quote
    // (`Manchester City`, `Newcastle United`: no person's name ends so either)
    'rovers wanderers athletic albion fc hotspur rangers city united',
    'securities capital partners holdings industries airways airlines motors systems unit body',
    'watchdog regulator exchange forum panel tribunal bureau directorate secretariat embassy',
    // (`the U.N. General Assembly`, `the United Nations`: no person `Assembly` after the title General)
    'assembly nations',
    'consulate force forces navy brigade coalition movement front campaign studio studios opposition',
    'publisher insurer lender operator supplier developer producer builders group chain store consultancy',
    // newspapers: `London's Evening Standard`, `the Daily Telegraph`
    'standard telegraph herald journal gazette tribune chronicle observer mirror mail express',
    'courier guardian independent',
    // `Amnesty International`, `Transparency International`: no one's surname
    'international',
    // `Scotland Yard`
    'yard',
    // seats of power and bodies known by one word
    'street house palace hall kremlin pentagon whitehall nhs fbi cia un nato eu opec',
    'fifa uefa imf who wto ofcom ofsted ofgem ofwat interpol europol tories labour conservatives amnesty greenpeace oxfam unicef unesco unhcr',
  ),
  documentNouns: phrases(
    'report|statement|study|survey|letter|document|paper|manifesto|memo|memorandum|ruling',
    'judgment|judgement|communique|release|review|verdict|editorial|article|blog|post|website',
    'research|analysis|assessment|note|briefing|filing|white paper|guidance|findings|cable|summary',
    // rules and leaflets written for the public (`"…", new guidelines say`)
    'guidelines|guideline|leaflet|booklet|code of practice',
    // court papers speak for the side that filed them (`the complaint said`, `the indictment alleges`)
    'complaint|lawsuit|indictment|affidavit|petition|motion|submission|transcript|prospectus',
  ),
  speechNouns: words(
    'praise comments comment remarks remark words view views criticism message warning',
    'argument response reply reaction claim claims verdict assessment description promise',
  ),
  termIntroducers: sequences(
    'so-called|so called|dubbed|nicknamed|titled|entitled|known as|termed',
    'term for|word for|the term|the word|the words|the phrase|the slogan|the motto',
    'the film|the movie|the book|the novel|the album|the song|the single',
    'the show|the play|the series|the programme|the program|the party|program|programme',
    'the group|the campaign|the operation|operation|the hashtag|the headline|subject line',
    'the title|codenamed|code-named|branded as|marketed as|renamed|the label',
    'the name|named|called|spelled|spelt|reads|read|billed as',
    'labelled|labeled',
  ),
  workNouns: words('book memoir autobiography biography novel film movie documentary album song single play series show podcast poem essay'),
  termIntroducersBeforeDeterminer: sequences(
    'so-called|dubbed|nicknamed|known as|termed|codenamed|code-named|billed as',
    'branded as|marketed as|renamed|titled|entitled',
  ),
  namingVerbs: words('call calls called describe describes described term terms termed dub dubs dubbed'),
  ratings: phrases('buy|sell|hold|overweight|underweight|outperform|underperform|neutral|strong buy|strong sell|equal weight|equal-weight|market perform|accumulate|reduce'),
  pronouns: { he: 'male', she: 'female', it: 'neuter', they: 'plural' },
  possessivePronouns: words('his her its their our'),
  notNames: words(
    'only just about around nearly almost currently now',
    'the a an but and or so yet however meanwhile in on at for as if when',
    'while after before since this that these those it he she they we i you its',
    'his her their our my your there here then also still now today yesterday',
    'tomorrow monday tuesday wednesday thursday friday saturday sunday january february march',
    'april may june july august september october november december last next earlier',
    'later previously nevertheless nonetheless despite although though because with without by',
    'from to of about among other some many most all both each every no not one',
    'two three what which who why how where instead indeed typically coincidentally among',
    'regarding speaking writing asked according unless until once even only just such more',
    'less under over into during following given through within across against between',
    'born educated elected shortly recently subsequently eventually finally initially originally',
    'separately elsewhere similarly likewise moreover furthermore overall',
    // a count of a group: `Dozens of residents said`
    'dozens hundreds thousands millions scores tens several',
  ),
  auxiliaries: words(
    'has have had is was are were will would shall should can could may might',
    'must to also later then recently afterwards previously once earlier further again',
    'simply only just repeatedly publicly privately reportedly allegedly apparently already',
    'yesterday today tonight now still never always often did does do been being be',
    'going expected set due likely not too however even first finally openly quickly',
  ),
  connectives: words(
    'but and however meanwhile so yet or nevertheless nonetheless still instead indeed',
    'also then now as while though although moreover furthermore separately similarly',
    'likewise elsewhere later earlier previously again today yesterday tonight',
  ),
  adjunctOpeners: words(
    'in on at for after before during since with without by from to of about',
    'under over into through within across against between despite following speaking',
    'writing asked when if because although though while unless until once where as',
    'like unlike among amid per regarding referring adding noting citing quoting describing',
    'including especially particularly not than that whether what how why',
  ),
  relatives: words('who which whose whom that'),
  nameParticles: words('de da di del della van von der den ten ter le la du bin ibn al el abu st st.'),
  titleAbbreviations: { capt: 'captain', gen: 'general', col: 'colonel', lt: 'lieutenant', sgt: 'sergeant', gov: 'governor', sen: 'senator', rep: 'representative', prof: 'professor', dr: 'doctor', rev: 'reverend', det: 'detective', supt: 'superintendent', insp: 'inspector', cpl: 'corporal', maj: 'major', adm: 'admiral', cmdr: 'commander' },
  socialPlatforms: words('twitter reddit facebook instagram tiktok youtube threads weibo snapchat linkedin bluesky x'),
  abbreviations: words(
    'mr mrs ms dr prof st sr jr rev gen col capt lt sgt sen rep gov hon',
    'no vs v etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct',
    'nov dec approx est dept fig mt ft u.s u.k e.g i.e a.m p.m',
  ),
  clauseWords: words(
    'is are was were has have had will would shall should can could may might must',
    'be been being do does did that if because not',
  ),
  givenNames: {
    male: words(
      'joshua jeffrey jacob larry brandon raymond jerry tyler aaron nathan zachary kyle gerald harold lawrence jesse bryan billy gabriel albert willie randy eugene bobby louis',
      'adam alan alastair alex alexander alistair andrew andy angus anthony antonio arthur barack',
      'barry ben benjamin bill bob boris brian bruce carl carlos charles charlie chris',
      'christopher colin craig dan daniel darren dave david dean dennis derek dominic donald',
      'douglas duncan ed eddie edward emmanuel eric frank fred gary gavin geoff geoffrey',
      'george gerhard gordon graham greg gregory harry helmut henry hugh huw iain ian jack',
      'jacques jake james jamie jason jean-claude jeff jeremy jim jimmy joe john johnny jon',
      'jonathan jose joseph juan justin keith ken kenneth kevin kim lee len liam luke',
      'malcolm marco mark martin matt matthew michael mick mike mohammed muhammad neil nick',
      'nicholas nigel oliver owen patrick paul pete peter phil philip ralph ray richard',
      'rick rob robert robin roger ron ronald roy rupert russell ryan sam samuel scott',
      'sean sebastian sergio simon stephen steve steven stuart ted terry thomas tim timothy',
      'tom tommy tony trevor vic vince vincent vladimir walter wayne william wim xavier',
      // politicians and names common in British copy today
      'keir rishi nadhim kwasi sajid sadiq humza anas wes zac oscar leo noah ethan callum connor',
      'kieran declan rhys dylan ahmed omar hassan',
      // names common in US copy
      'doug mitch chuck orrin cory todd jared luther jeb rand newt reince rudy lamar bernie hakeem',
      'jerome wilbur mitt evan elijah kirk hunter rex brett lloyd antony merrick',
      // sport and business copy
      'robbie josh ollie danny kenny ricky ronnie gerry gerard luis leon shane theo wesley arsene allan ewan glenn jonny mervyn neville rafael rory',
      // European names common in international copy (not jean, a woman's name in English copy)
      'olivier pierre nicolas francois pascal thierry didier hans klaus jurgen dieter wolfgang stefan sven lars anders giovanni luca paolo pablo sergei dmitry mikhail yuri igor viktor lleyton allen',
    ),
    female: words(
      'melissa shirley carolyn heather christina judith andrea jacqueline sara danielle isabella brittany kayla lori sheila leeann joy',
      'alice alison amanda amy angela ann anna anne barbara beth bethan carly caroline',
      'catherine charlotte cherie christine claire clare diana diane elizabeth ellen emily emma',
      'fiona frances gwen hannah harriet hazel helen hillary isabel jacqui jane janet jennifer',
      'jenny jessica jo joan julia julie karen kate katherine kathy kelly laura lindsay linda',
      'lisa liz louise lucy maria marie marja margaret mary melanie michelle nadia natalie',
      'nicola nicole olivia patricia paula rachel rebecca ruth sally samantha sandra sarah',
      'serena sharon sophie sue susan teresa theresa tessa tracey valerie venus victoria yvette',
      'zoe',
      'jess jessie priti kemi mhairi suella nadine bridget chloe megan abigail ella mia sophia',
      'leah rosie kirsty gemma leanne shona fatima aisha',
      // names common in US copy
      'beverly nancy kamala elaine betsy kirstjen heidi kellyanne nikki maxine dianne kirsten tammy',
      'debbie marsha shelley joni cindy ivanka melania stephanie ashley katie lauren kimberly donna',
      'carol betty dorothy deborah cynthia kathleen pamela martha debra brenda janice judy cheryl',
      'marilyn kathryn gloria denise joyce evelyn nina chelsea monica jill michele loretta gina',
      'condoleezza madeleine ilhan alexandria rashida ayanna elise tulsi kristi leandra',
      'lynn tracy vicky wendy gillian joanne maggie mandy pauline stella yvonne',
      'ursula sabine ingrid monique sylvie',
    ),
  },
  placeNames: words(
    'Afghanistan Algeria Argentina Australia Austria Belgium Brazil Bulgaria Cameroon Canada',
    'Chile China Colombia Croatia Cyprus Denmark Egypt England Estonia Finland France',
    'Georgia Germany Ghana Greece Holland Hungary Iceland India Indonesia Iran Iraq',
    'Ireland Israel Italy Japan Jordan Kenya Kuwait Latvia Lebanon Libya Lithuania',
    'Luxembourg Malaysia Mexico Morocco Netherlands Nigeria Norway Pakistan Palestine Peru',
    'Poland Portugal Qatar Romania Russia Scotland Senegal Serbia Slovakia Slovenia Spain',
    'Sweden Switzerland Syria Thailand Tunisia Turkey Ukraine Uruguay Venezuela Vietnam',
    'Wales Yemen Zimbabwe Britain America US UK USA',
    'Korea Taiwan Cuba Sudan Somalia Belarus Bahrain Oman',
    // capitals that stand for their governments (`something Pyongyang has vowed never to do`): never a he
    'Pyongyang Beijing Moscow Tehran Seoul Tokyo Damascus Kiev Kyiv Ankara Riyadh Cairo Baghdad Brussels Ottawa',
    'Canberra Islamabad Kabul Havana Caracas Tripoli Beirut Amman Doha Khartoum Minsk Tbilisi Warsaw Budapest Athens',
  ),
};
