// The command-line face over the same engine:
//   article-annotator check PATH…                 compiler-style findings, exit 1 on errors or warnings
//   article-annotator analyze --format json PATH… the whole Article model as JSON
import { analyzeArticle } from './article/analyze';
import { message } from './article/messages';
import { collectInputs } from './cli/inputs';
import { ConfigError, ConfigResolver } from './cli/config';
import { configuredFindings } from './features/diagnostics';
import { articleToJson } from './features/articleJson';
import { toPosition } from './features/convert';
import { analyzeOptionsOf, defaultSettings, type Settings } from './settings';

const USAGE = `Usage: article-annotator <command> [options] PATH…

Commands:
  check PATH…                  print every finding as path:line:col: severity code: message
  analyze --format json PATH…  print the analysis of each file as a JSON array

PATH may be a file or a directory (searched for .article and .txt files).
Run 'article-annotator <command> --help' for a command's options.`;

const CHECK_USAGE = `Usage: article-annotator check [options] PATH…

Prints one line per finding: path:line:col: severity code: message (line and column 1-based).
Exit status: 0 clean, 1 when any error or warning is found, 2 when nothing could be checked.

Options:
  --language ar|en|auto   force the article language (default: auto)
  --config FILE           rules, language and caption credits from FILE (default: the
                          nearest .articlerc.json in the file's directory or above it)
  -h, --help              show this help`;

const ANALYZE_USAGE = `Usage: article-annotator analyze --format json [options] PATH…

Prints a JSON array with one object per file: title, sections, captions, source, quotes,
speakers and diagnostics, positions as LSP ranges (zero-based line, UTF-16 character).

Options:
  --format json           output format (only json)
  --language ar|en|auto   force the article language (default: auto)
  --config FILE           rules, language and caption credits from FILE (default: the
                          nearest .articlerc.json in the file's directory or above it)
  -h, --help              show this help`;

class UsageError extends Error {}

interface Parsed {
  command: string;
  paths: string[];
  format: string | null;
  help: boolean;
  settings: Settings;
  /** --config FILE, else each file's nearest .articlerc.json */
  config: string | null;
  /** what the command line forces over any configuration file */
  overrides: Partial<Settings>;
}

function parseArgs(argv: string[]): Parsed {
  const [command = '', ...rest] = argv;
  const parsed: Parsed = { command, paths: [], format: null, help: false, settings: { ...defaultSettings }, config: null, overrides: {} };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = (name: string) => {
      const eq = arg.indexOf('=');
      if (eq >= 0) return arg.slice(eq + 1);
      if (i + 1 >= rest.length) throw new UsageError(`${name} needs a value`);
      return rest[++i];
    };
    if (arg === '-h' || arg === '--help') parsed.help = true;
    else if (arg === '--format' || arg.startsWith('--format=')) parsed.format = value('--format');
    else if (arg === '--language' || arg.startsWith('--language=')) {
      const lang = value('--language');
      if (lang !== 'ar' && lang !== 'en' && lang !== 'auto') throw new UsageError(`--language must be ar, en or auto, not '${lang}'`);
      parsed.settings.language = lang;
      parsed.overrides.language = lang;
    } else if (arg === '--config' || arg.startsWith('--config=')) parsed.config = value('--config');
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
    else parsed.paths.push(arg);
  }
  return parsed;
}

async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === '' || args.command === '-h' || args.command === '--help' || args.command === 'help') {
    process.stdout.write(USAGE + '\n');
    return args.command === '' ? 2 : 0;
  }
  if (args.command !== 'check' && args.command !== 'analyze') throw new UsageError(`unknown command '${args.command}'`);
  if (args.help) {
    process.stdout.write((args.command === 'check' ? CHECK_USAGE : ANALYZE_USAGE) + '\n');
    return 0;
  }
  if (args.command === 'analyze' && args.format !== 'json') throw new UsageError(args.format === null ? 'analyze needs --format json' : `unknown format '${args.format}' (only json)`);
  if (args.paths.length === 0) throw new UsageError('no PATH given');

  const { files, errors } = await collectInputs(args.paths);
  for (const e of errors) process.stderr.write(`article-annotator: ${e}\n`);
  if (files.length === 0) return 2;

  const configs = new ConfigResolver(args.config);
  const settingsOf = (file: string) => configs.settingsFor(file, args.settings, args.overrides);
  if (args.command === 'analyze') {
    const out = [];
    for (const f of files) {
      const settings = await settingsOf(f.path);
      const article = analyzeOrReport(f.path, f.text, settings);
      if (article) out.push(articleToJson(f.path, article, settings.rules));
    }
    if (out.length === 0) return 2;
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }

  let problems = 0;
  let checked = 0;
  const lines: string[] = [];
  for (const f of files) {
    const settings = await settingsOf(f.path);
    const article = analyzeOrReport(f.path, f.text, settings);
    if (!article) continue;
    checked++;
    for (const finding of configuredFindings(article, settings.rules)) {
      const pos = toPosition(article, finding.span.start);
      lines.push(`${f.path}:${pos.line + 1}:${pos.character + 1}: ${finding.severity} ${finding.code}: ${message(finding.code, finding.args)}`);
      if (finding.severity === 'error' || finding.severity === 'warning') problems++;
    }
  }
  if (lines.length) process.stdout.write(lines.join('\n') + '\n');
  if (checked === 0) return 2;
  return problems > 0 ? 1 : 0;
}

/** One file's analysis; should the engine fail on it, that is one stderr line and the other files go on. */
function analyzeOrReport(file: string, text: string, settings: Settings) {
  try {
    return analyzeArticle(text, analyzeOptionsOf(settings));
  } catch (err) {
    process.stderr.write(`article-annotator: ${file}: could not be analysed (internal error: ${(err as Error)?.message ?? err})\n`);
    return null;
  }
}

// A reader that stops early (`| head`) closes the pipe: stop quietly, as Unix tools do.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`article-annotator: cannot write the output: ${err.message}\n`);
  process.exit(2);
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err instanceof UsageError) process.stderr.write(`article-annotator: ${err.message}\n${USAGE}\n`);
    else if (err instanceof ConfigError) process.stderr.write(`article-annotator: ${err.message}\n`);
    else process.stderr.write(`article-annotator: internal error: ${(err as Error)?.message ?? err}\n`);
    process.exitCode = 2;
  },
);
