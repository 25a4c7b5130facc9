// A second real editor for the server: Debian's Neovim (0.7.2), headless, with its built-in LSP
// client, on the seed article. The Lua side (lsp_check.lua) talks to `node dist/server.js --stdio`
// and writes what it received; this test checks it. Run by `npm run test:nvim` (needs `npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const SEED = path.resolve(ROOT, '..', 'shared', 'seed', 'aljazeera-kerry-iran.txt');
const NVIM = process.env.NVIM_PATH ?? 'nvim';
const TIMEOUT_MS = 30_000;

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface LspDiagnostic {
  range: LspRange;
  code?: string | number;
  source?: string;
  message: string;
}
interface LspSymbol {
  name: string;
  children?: LspSymbol[];
}
interface NvimResults {
  finish: string;
  steps: string[];
  diagnostics?: LspDiagnostic[];
  symbols?: LspSymbol[];
  hover?: { contents: unknown } | null;
  nvim_diagnostics?: number;
}

function hoverText(contents: unknown): string {
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join('\n');
  if (contents && typeof contents === 'object' && 'value' in contents) return String((contents as { value: unknown }).value);
  return '';
}

/** Runs Neovim headless on the article; resolves with what the Lua side wrote (or fails after the timeout). */
function runNeovim(file: string, hover: { line: number; character: number }): Promise<NvimResults> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-nvim-'));
  const results = path.join(tmp, 'results.json');
  return new Promise<NvimResults>((resolve, reject) => {
    const child = spawn(NVIM, ['--headless', '--clean', '-n', '-i', 'NONE', '-c', `luafile ${path.join(__dirname, 'lsp_check.lua')}`], {
      cwd: tmp,
      detached: true, // its own process group: the server it starts goes with it
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(tmp, 'config'),
        XDG_DATA_HOME: path.join(tmp, 'data'),
        XDG_STATE_HOME: path.join(tmp, 'state'),
        XDG_CACHE_HOME: path.join(tmp, 'cache'),
        ARTICLE_SERVER: SERVER,
        ARTICLE_FILE: file,
        ARTICLE_NVIM_RESULTS: results,
        ARTICLE_HOVER_LINE: String(hover.line),
        ARTICLE_HOVER_CHARACTER: String(hover.character),
        ARTICLE_NVIM_TIMEOUT_MS: String(TIMEOUT_MS - 5000),
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const killGroup = () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      killGroup();
      reject(new Error(`neovim did not finish within ${TIMEOUT_MS} ms; output:\n${output}`));
    }, TIMEOUT_MS);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`could not start ${NVIM}: ${err.message} (apt-get install -y neovim)`));
    });
    child.on('exit', () => {
      clearTimeout(timer);
      killGroup(); // the language server, if Neovim left it behind
      try {
        if (!fs.existsSync(results)) return reject(new Error(`neovim wrote no results; output:\n${output}`));
        resolve(JSON.parse(fs.readFileSync(results, 'utf8')) as NvimResults);
      } finally {
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    });
  });
}

interface Seed {
  lines: string[];
  captionLines: number[];
  results: NvimResults;
}

let seedRun: Promise<Seed> | undefined;
/** Neovim runs once on the seed; each test below checks one feature of what it received. */
function seedResults(): Promise<Seed> {
  seedRun ??= (async () => {
    const version = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0, `neovim is not installed (${NVIM}): apt-get install -y neovim`);
    assert.ok(fs.existsSync(SERVER), 'dist/server.js is missing: run `npm run build` first');
    assert.ok(fs.existsSync(SEED), `the seed article is missing: ${SEED}`);
    const lines = fs.readFileSync(SEED, 'utf8').split('\n');
    const quote = 'لن أخوض في الشد والجذب';
    const quoteLine = lines.findIndex((l) => l.includes(quote));
    const caption = 'مؤتمر باريس حول تنظيم الدولة شهد مشاركة 26 دولة وغابت عنه إيران';
    const captionLines = lines.flatMap((l, i) => (l.includes(caption) ? [i] : []));
    assert.equal(captionLines.length, 2, 'fixture: the seed should hold the caption twice');
    const results = await runNeovim(SEED, { line: quoteLine, character: lines[quoteLine].indexOf(quote) + 3 });
    assert.equal(results.finish, 'done', `neovim stopped early: ${results.finish} (steps: ${results.steps.join(' → ')})`);
    return { lines, captionLines, results };
  })();
  return seedRun;
}

const OPTIONS = { timeout: TIMEOUT_MS + 10_000 };

test('Neovim 0.7 LSP client: diagnostics of the seed (duplicate-caption, no unattributed quote)', OPTIONS, async () => {
  const { captionLines, results: r } = await seedResults();
  const diagnostics = r.diagnostics ?? [];
  const dup = diagnostics.filter((d) => d.code === 'duplicate-caption');
  assert.equal(dup.length, 1, `duplicate-caption: expected one on the seed, got ${JSON.stringify(diagnostics.map((d) => d.code))}`);
  assert.equal(dup[0].source, 'article');
  assert.equal(dup[0].range.start.line, captionLines[1], 'duplicate-caption: not on the repeated caption line');
  assert.equal(r.nvim_diagnostics, diagnostics.length, "Neovim's vim.diagnostic did not take the server's diagnostics");
  const unattributed = diagnostics.filter((d) => d.code === 'unattributed-quote').map((d) => `${d.range.start.line}:${d.range.start.character}`);
  assert.deepEqual(unattributed, [], 'unattributed-quote: the seed has no unattributed quote');
});

test('Neovim 0.7 LSP client: document symbols of the seed (headline, أبواب مواربة, source line)', OPTIONS, async () => {
  const { lines, results: r } = await seedResults();
  const roots = r.symbols ?? [];
  assert.equal(roots.length, 1, `outline: expected the headline as the only root, got ${JSON.stringify(roots.map((s) => s.name))}`);
  assert.equal(roots[0].name, lines[0].trim(), 'outline: the root is not the headline');
  const children = (roots[0].children ?? []).map((c) => c.name);
  assert.ok(children.includes('أبواب مواربة'), `outline: no section أبواب مواربة under the headline: ${JSON.stringify(children)}`);
  assert.ok(children.some((n) => n.includes('المصدر : وكالات')), `outline: no source line: ${JSON.stringify(children)}`);
});

test("Neovim 0.7 LSP client: hover on Kerry's quote shows the speaker card", OPTIONS, async () => {
  const { results: r } = await seedResults();
  const hover = hoverText(r.hover?.contents);
  assert.ok(hover.includes('جون كيري'), `hover: the quote's hover does not name جون كيري:\n${hover}`);
  assert.ok(hover.includes('وزير الخارجية الأميركي'), `hover: the quote's hover does not give the role:\n${hover}`);
});
