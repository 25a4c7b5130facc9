// Protocol tests of the speaker-aware features (issue 5) that need who-said-what from the attribution
// engine (issue 4) are marked todo while the engine does not fill Article.speakers yet: they run and
// report, without failing the suite. Set to false once the engine lands; each test then counts.
export const ENGINE_PENDING: string | false = 'needs quotes attributed to speakers by the engine (issue 4)';
