// Open documents, their settings and their analysis, cached per uri + version; diagnostics
// pushed on open and change (debounced) and cleared on close.
import { MessageType, ShowMessageNotification, type CancellationToken, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from './article/model';
import { analyzingArticle, PartCache } from './article/analyze';
import { message, type UiLanguage } from './article/messages';
import { analyzeOptionsOf, defaultSettings, resolveSettings, type Settings } from './settings';
import { MAX_ANALYSED_LENGTH, OnceNotices, fileNameOf, isTooLargeToAnalyse, publishableDiagnostics, unanalysedArticle } from './limits';

interface CachedAnalysis {
  version: number;
  settingsKey: string;
  article: Article;
}

/** An analysis of a long document under way, part by part, between other messages. */
interface AnalysisInSteps {
  version: number;
  settingsKey: string;
  steps: Generator<void, Article, void>;
}

export class DocumentStore {
  uiLanguage: UiLanguage = 'en';
  canPullConfiguration = false;
  /** asks the client to re-request what settings shape (inlay hints, code lenses, colours); set by server.ts */
  onSettingsChanged: (() => void) | null = null;
  private readonly analyses = new Map<string, CachedAnalysis>();
  private readonly inSteps = new Map<string, AnalysisInSteps>();
  /** per long document, the readings of its parts, reused for the parts an edit did not touch */
  private readonly parts = new Map<string, PartCache>();
  private readonly settings = new Map<string, Promise<Settings>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** the latest scheduling request per uri; an older one that resolves late is dropped */
  private readonly generations = new Map<string, number>();
  /** what the user was told about a document (too large, too many problems), once per document */
  private readonly notices = new OnceNotices();

  constructor(
    private readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {
    documents.onDidOpen((e) => this.schedule(e.document.uri, 0));
    documents.onDidChangeContent((e) => this.schedule(e.document.uri));
    documents.onDidClose((e) => this.forget(e.document.uri));
    connection.onDidChangeConfiguration(() => {
      this.settings.clear();
      for (const doc of documents.all()) this.schedule(doc.uri, 0);
      this.onSettingsChanged?.();
    });
  }

  onInitialized(): void {
    // Nothing to do yet: settings are pulled lazily per document.
  }

  /** Settings for one document, pulled from the client (`workspace/configuration`) once per change of configuration. */
  settingsFor(uri: string): Promise<Settings> {
    let pending = this.settings.get(uri);
    if (!pending) {
      pending = this.canPullConfiguration
        ? this.connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'articleAnnotator' })
            .then(resolveSettings, () => defaultSettings)
        : Promise.resolve(defaultSettings);
      this.settings.set(uri, pending);
    }
    return pending;
  }

  /**
   * The analysis of the document's current version, computed at most once per version and settings.
   * A request that would start a fresh analysis first lets pending messages in, so a request the
   * client has cancelled meanwhile (`token`) answers null instead of analysing.
   */
  async analysis(uri: string, token?: CancellationToken): Promise<{ article: Article; settings: Settings } | null> {
    if (!this.documents.get(uri)) return null;
    const settings = await this.settingsFor(uri);
    let doc = this.documents.get(uri);
    if (doc && token && !this.isCached(doc, settings)) {
      await yieldToMessages();
      if (token.isCancellationRequested) return null;
      doc = this.documents.get(uri);
    }
    return doc ? { article: this.analyzeNow(doc, settings), settings } : null;
  }

  analyzeNow(doc: TextDocument, settings: Settings): Article {
    const cached = this.analyses.get(doc.uri);
    const settingsKey = analysisKeyOf(settings);
    if (cached && cached.version === doc.version && cached.settingsKey === settingsKey) return cached.article;
    const text = doc.getText();
    let article: Article;
    if (isTooLargeToAnalyse(text)) article = this.leaveUnanalysed(doc.uri, text);
    else {
      // an analysis in steps of this very version is finished here rather than started again
      const started = this.inSteps.get(doc.uri);
      const steps = started && started.version === doc.version && started.settingsKey === settingsKey ? started.steps : this.startSteps(doc, settingsKey, settings);
      let step = steps.next();
      while (!step.done) step = steps.next();
      article = step.value;
    }
    this.remember(doc, settingsKey, article);
    return article;
  }

  /** The analysis of this version, finished: cached for every request, no longer under way. */
  private remember(doc: TextDocument, settingsKey: string, article: Article): void {
    this.inSteps.delete(doc.uri);
    this.analyses.set(doc.uri, { version: doc.version, settingsKey, article });
  }

  private startSteps(doc: TextDocument, settingsKey: string, settings: Settings): Generator<void, Article, void> {
    let parts = this.parts.get(doc.uri);
    if (!parts) this.parts.set(doc.uri, (parts = new PartCache()));
    const steps = analyzingArticle(doc.getText(), analyzeOptionsOf(settings), parts);
    this.inSteps.set(doc.uri, { version: doc.version, settingsKey, steps });
    return steps;
  }

  /**
   * Analyses the document's current version for publishing: a long one part by part, letting other
   * messages in between parts (a hover elsewhere is answered meanwhile) and giving up as soon as
   * the version is stale (the parts read so far stay cached for the next one). Null when given up.
   */
  private async analysisBetweenMessages(uri: string, stale: () => boolean): Promise<{ article: Article; settings: Settings } | null> {
    const settings = await this.settingsFor(uri);
    const doc = this.documents.get(uri);
    if (!doc || stale()) return null;
    const settingsKey = analysisKeyOf(settings);
    if (!this.isCached(doc, settings) && !isTooLargeToAnalyse(doc.getText())) {
      const steps = this.startSteps(doc, settingsKey, settings);
      let step = steps.next();
      while (!step.done) {
        await yieldToMessages();
        if (stale()) return null;
        // a request met meanwhile may have finished this analysis (analyzeNow)
        if (this.isCached(doc, settings)) break;
        step = steps.next();
      }
      if (step.done) this.remember(doc, settingsKey, step.value);
    }
    return { article: this.analyzeNow(doc, settings), settings };
  }

  /** A document too large to analyse: features answer empty, and the user is told once why. */
  private leaveUnanalysed(uri: string, text: string): Article {
    if (this.notices.first(uri, 'too-large')) {
      const args = { file: fileNameOf(uri), size: text.length, limit: MAX_ANALYSED_LENGTH };
      this.notify(MessageType.Warning, message('server.tooLarge', args, this.uiLanguage));
    }
    return unanalysedArticle(text);
  }

  /** window/showMessage as a notification: it needs no answer, so a client without message requests is fine. */
  private notify(type: MessageType, text: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message: text });
  }

  private isCached(doc: TextDocument, settings: Settings): boolean {
    const cached = this.analyses.get(doc.uri);
    return !!cached && cached.version === doc.version && cached.settingsKey === analysisKeyOf(settings);
  }

  private schedule(uri: string, delay?: number): void {
    const previous = this.timers.get(uri);
    if (previous) clearTimeout(previous);
    this.timers.delete(uri);
    const generation = (this.generations.get(uri) ?? 0) + 1;
    this.generations.set(uri, generation);
    void this.settingsFor(uri).then((settings) => {
      if (this.generations.get(uri) !== generation) return;
      const wait = delay ?? settings.debounceMs;
      const timer = setTimeout(() => {
        this.timers.delete(uri);
        void this.publish(uri, generation);
      }, wait);
      this.timers.set(uri, timer);
    });
  }

  private async publish(uri: string, generation: number): Promise<void> {
    try {
      // Edits already received but not yet dispatched get their turn first: when one of them
      // supersedes this version, its own publish analyses the newer text and this one is skipped.
      await yieldToMessages();
      if (this.generations.get(uri) !== generation) return;
      const doc = this.documents.get(uri);
      if (!doc) return;
      const version = doc.version;
      const result = await this.analysisBetweenMessages(uri, () => this.generations.get(uri) !== generation || this.documents.get(uri)?.version !== version);
      if (!result) return;
      const { diagnostics, total } = publishableDiagnostics(result.article, uri, result.settings.rules, this.uiLanguage);
      if (total > diagnostics.length && this.notices.first(uri, 'too-many-problems')) {
        this.notify(MessageType.Info, message('server.tooManyProblems', { file: fileNameOf(uri), shown: diagnostics.length, total }, this.uiLanguage));
      }
      await this.connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (err) {
      this.connection.console.error(`article-annotator: could not analyse ${uri}: ${(err as Error)?.stack ?? err}`);
    }
  }

  private forget(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
    this.generations.delete(uri);
    this.analyses.delete(uri);
    this.inSteps.delete(uri);
    this.parts.delete(uri);
    this.settings.delete(uri);
    this.notices.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

/** What an Article depends on besides the text: the engine's options, whichever settings they come from. */
function analysisKeyOf(settings: Settings): string {
  return JSON.stringify(analyzeOptionsOf(settings));
}

/** Resolves after the messages already read from the client have been dispatched (they are queued as immediates). */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
