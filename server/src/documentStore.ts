// Open documents, their settings and their analysis, cached per uri + version; diagnostics
// pushed on open and change (debounced) and cleared on close.
import { MessageType, ShowMessageNotification, type CancellationToken, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from './article/model';
import { analyzeArticle, isReadInParts, planLongDocument, PartCache } from './article/analyze';
import type { PartReaderPool } from './partReaders/pool';
import { readPartsInParallel } from './partReaders/readInParallel';
import { message, type UiLanguage } from './article/messages';
import { analyzeOptionsOf, defaultSettings, resolveSettings, type Settings } from './settings';
import { MAX_ANALYSED_LENGTH, OnceNotices, fileNameOf, isTooLargeToAnalyse, publishableDiagnostics, unanalysedArticle } from './limits';

interface CachedAnalysis {
  version: number;
  settingsKey: string;
  article: Article;
}

/** The reading of a long document under way (its parts on the part readers); null if given up as stale. */
interface LongReading {
  version: number;
  settingsKey: string;
  article: Promise<Article | null>;
}

export class DocumentStore {
  uiLanguage: UiLanguage = 'en';
  canPullConfiguration = false;
  /** asks the client to re-request what settings shape (inlay hints, code lenses, colours); set by server.ts */
  onSettingsChanged: (() => void) | null = null;
  readonly #analyses = new Map<string, CachedAnalysis>();
  readonly #longReadings = new Map<string, LongReading>();
  /** per long document, the readings of its parts, reused for the parts an edit did not touch */
  readonly #parts = new Map<string, PartCache>();
  readonly #settings = new Map<string, Promise<Settings>>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  /** the latest scheduling request per uri; an older one that resolves late is dropped */
  readonly #generations = new Map<string, number>();
  /** what the user was told about a document (too large, too many problems), once per document */
  readonly #notices = new OnceNotices();

  readonly #connection: Connection;
  readonly #partReaders: PartReaderPool | null;
  constructor(
    connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    /** reads the parts of long documents on other threads; without it, they are read here between messages */
    partReaders: PartReaderPool | null = null,
  ) {
    this.#connection = connection;
    this.#partReaders = partReaders;
    documents.onDidOpen((e) => this.#schedule(e.document.uri, 0));
    documents.onDidChangeContent((e) => this.#schedule(e.document.uri));
    documents.onDidClose((e) => this.#forget(e.document.uri));
    connection.onDidChangeConfiguration(() => {
      this.#settings.clear();
      for (const doc of documents.all()) this.#schedule(doc.uri, 0);
      this.onSettingsChanged?.();
    });
  }

  onInitialized(): void {
    // Nothing to do yet: settings are pulled lazily per document.
  }

  /** Settings for one document, pulled from the client (`workspace/configuration`) once per change of configuration. */
  settingsFor(uri: string): Promise<Settings> {
    let pending = this.#settings.get(uri);
    if (!pending) {
      pending = this.canPullConfiguration
        ? this.#connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'articleAnnotator' })
            .then(resolveSettings, () => defaultSettings)
        : Promise.resolve(defaultSettings);
      this.#settings.set(uri, pending);
    }
    return pending;
  }

  /**
   * The analysis of the document's current version, computed at most once per version and settings.
   * A request that would start a fresh analysis first lets pending messages in, so a request the
   * client has cancelled meanwhile (`token`) answers null instead of analysing. A long document
   * being read is waited for (other messages are answered meanwhile); if an edit makes that reading
   * stale, the newer version is read.
   */
  async analysis(uri: string, token?: CancellationToken): Promise<{ article: Article; settings: Settings } | null> {
    if (!this.documents.get(uri)) return null;
    const settings = await this.settingsFor(uri);
    let doc = this.documents.get(uri);
    if (doc && token && !this.#isCached(doc, settings)) {
      await yieldToMessages();
      if (token.isCancellationRequested) return null;
      doc = this.documents.get(uri);
    }
    // each round reads a newer version than the last: an edit made it stale meanwhile
    for (let round = 0; doc && round < MAX_STALE_ROUNDS; round++) {
      const article = await this.#analyzed(doc, settings);
      if (article) return { article, settings };
      if (token?.isCancellationRequested) return null;
      doc = this.documents.get(uri);
    }
    // still being edited faster than it can be read: this version, read here and now
    return doc ? { article: this.#analyzeHere(doc, settings), settings } : null;
  }

  /**
   * The Article of this version: at once from the cache or for an article, when its reading ends
   * for a long document (null when that reading was given up because the version went stale).
   */
  #analyzed(doc: TextDocument, settings: Settings): Article | Promise<Article | null> {
    const settingsKey = analysisKeyOf(settings);
    const ready = this.#needsNoReading(doc, settingsKey);
    if (ready) return ready;
    const running = this.#longReadings.get(doc.uri);
    if (running && running.version === doc.version && running.settingsKey === settingsKey) return running.article;
    const text = doc.getText();
    const options = analyzeOptionsOf(settings);
    const plan = planLongDocument(text, options, this.#partCacheOf(doc.uri));
    if (!plan) return this.#remember(doc, settingsKey, analyzeArticle(text, options));
    const { uri, version } = doc;
    const stale = () => this.documents.get(uri)?.version !== version;
    const article = readPartsInParallel(plan, this.#partCacheOf(uri), this.#partReaders, stale, yieldToMessages).then((read) => {
      if (this.#longReadings.get(uri)?.article === article) this.#longReadings.delete(uri);
      return read && !stale() ? this.#remember(doc, settingsKey, read) : read;
    });
    this.#longReadings.set(uri, { version, settingsKey, article });
    return article;
  }

  /** This version's Article, read on this thread without a pause (a long document's cached parts reused). */
  #analyzeHere(doc: TextDocument, settings: Settings): Article {
    const settingsKey = analysisKeyOf(settings);
    return this.#needsNoReading(doc, settingsKey) ?? this.#remember(doc, settingsKey, analyzeArticle(doc.getText(), analyzeOptionsOf(settings), this.#partCacheOf(doc.uri)));
  }

  /** This version's Article when no reading is needed: cached, or not to be analysed (too large). */
  #needsNoReading(doc: TextDocument, settingsKey: string): Article | null {
    const cached = this.#analyses.get(doc.uri);
    if (cached && cached.version === doc.version && cached.settingsKey === settingsKey) return cached.article;
    const text = doc.getText();
    return isTooLargeToAnalyse(text) ? this.#remember(doc, settingsKey, this.#leaveUnanalysed(doc.uri, text)) : null;
  }

  /** The analysis of this version, finished: cached for every request. */
  #remember(doc: TextDocument, settingsKey: string, article: Article): Article {
    this.#analyses.set(doc.uri, { version: doc.version, settingsKey, article });
    return article;
  }

  #partCacheOf(uri: string): PartCache {
    let parts = this.#parts.get(uri);
    if (!parts) this.#parts.set(uri, (parts = new PartCache()));
    return parts;
  }

  /**
   * Analyses the document's current version for publishing. A long document is read on the part
   * readers (this thread stays free for other messages) and given up as soon as the version is
   * stale (the parts read so far stay cached for the next one). Null when given up.
   */
  async #analysisBetweenMessages(uri: string, stale: () => boolean): Promise<{ article: Article; settings: Settings } | null> {
    const settings = await this.settingsFor(uri);
    const doc = this.documents.get(uri);
    if (!doc || stale()) return null;
    const article = await this.#analyzed(doc, settings);
    return article && !stale() ? { article, settings } : null;
  }

  /** A document too large to analyse: features answer empty, and the user is told once why. */
  #leaveUnanalysed(uri: string, text: string): Article {
    if (this.#notices.first(uri, 'too-large')) {
      const args = { file: fileNameOf(uri), size: text.length, limit: MAX_ANALYSED_LENGTH };
      this.#notify(MessageType.Warning, message('server.tooLarge', args, this.uiLanguage));
    }
    return unanalysedArticle(text);
  }

  /** window/showMessage as a notification: it needs no answer, so a client without message requests is fine. */
  #notify(type: MessageType, text: string): void {
    void this.#connection.sendNotification(ShowMessageNotification.type, { type, message: text });
  }

  #isCached(doc: TextDocument, settings: Settings): boolean {
    const cached = this.#analyses.get(doc.uri);
    return !!cached && cached.version === doc.version && cached.settingsKey === analysisKeyOf(settings);
  }

  #schedule(uri: string, delay?: number): void {
    const previous = this.#timers.get(uri);
    if (previous) clearTimeout(previous);
    this.#timers.delete(uri);
    const generation = (this.#generations.get(uri) ?? 0) + 1;
    this.#generations.set(uri, generation);
    void this.settingsFor(uri).then((settings) => {
      if (this.#generations.get(uri) !== generation) return;
      const wait = delay ?? settings.debounceMs;
      const timer = setTimeout(() => {
        this.#timers.delete(uri);
        void this.#publish(uri, generation);
      }, wait);
      this.#timers.set(uri, timer);
    });
  }

  async #publish(uri: string, generation: number): Promise<void> {
    try {
      // Edits already received but not yet dispatched get their turn first: when one of them
      // supersedes this version, its own publish analyses the newer text and this one is skipped.
      await yieldToMessages();
      if (this.#generations.get(uri) !== generation) return;
      const doc = this.documents.get(uri);
      if (!doc) return;
      const version = doc.version;
      const result = await this.#analysisBetweenMessages(uri, () => this.#generations.get(uri) !== generation || this.documents.get(uri)?.version !== version);
      if (!result) return;
      const { diagnostics, total } = publishableDiagnostics(result.article, uri, result.settings.rules, this.uiLanguage);
      if (total > diagnostics.length && this.#notices.first(uri, 'too-many-problems')) {
        this.#notify(MessageType.Info, message('server.tooManyProblems', { file: fileNameOf(uri), shown: diagnostics.length, total }, this.uiLanguage));
      }
      await this.#connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (err) {
      this.#connection.console.error(`article-annotator: could not analyse ${uri}: ${(err as Error)?.stack ?? err}`);
    }
  }

  #forget(uri: string): void {
    const timer = this.#timers.get(uri);
    if (timer) clearTimeout(timer);
    this.#timers.delete(uri);
    this.#generations.delete(uri);
    this.#analyses.delete(uri);
    this.#longReadings.delete(uri);
    this.#parts.delete(uri);
    this.#settings.delete(uri);
    this.#notices.forget(uri);
    void this.#connection.sendDiagnostics({ uri, diagnostics: [] });
    // the part readers' memory goes back once no long document is left to read
    if (this.#partReaders && this.#partReaders.running > 0 && !this.documents.all().some((d) => d.uri !== uri && isReadInParts(d.getText()))) void this.#partReaders.stopReaders();
  }
}

/** How many times a request waits for a newer version's reading before it reads one here at once. */
const MAX_STALE_ROUNDS = 3;

/** What an Article depends on besides the text: the engine's options, whichever settings they come from. */
function analysisKeyOf(settings: Settings): string {
  return JSON.stringify(analyzeOptionsOf(settings));
}

/** Resolves after the messages already read from the client have been dispatched (they are queued as immediates). */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
