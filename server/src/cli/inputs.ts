// Finds and reads the CLI's input files. Every problem becomes one clear line, never a stack trace.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export const ARTICLE_EXTENSIONS = ['.article', '.txt'];

export interface InputFile {
  path: string;
  text: string;
}

export interface InputResult {
  files: InputFile[];
  errors: string[];
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) out.push(full);
  }
}

/** Decodes UTF-8 strictly; null when the bytes are binary or not UTF-8. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.includes(0)) return { error: 'binary file (contains NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (err as Error)?.message ?? String(err);
}

export async function collectInputs(paths: string[]): Promise<InputResult> {
  const files: InputFile[] = [];
  const errors: string[] = [];
  for (const p of paths) {
    let targets: string[];
    try {
      const stat = await fs.stat(p);
      if (stat.isDirectory()) {
        targets = [];
        await walk(p, targets);
        if (targets.length === 0) {
          errors.push(`${p}: no .article or .txt files in this directory`);
          continue;
        }
      } else targets = [p];
    } catch (err) {
      errors.push(`${p}: ${describe(err)}`);
      continue;
    }
    for (const t of targets) {
      try {
        const decoded = decodeArticle(await fs.readFile(t));
        if ('error' in decoded) errors.push(`${t}: ${decoded.error}`);
        else files.push({ path: t, text: decoded.text });
      } catch (err) {
        errors.push(`${t}: ${describe(err)}`);
      }
    }
  }
  return { files, errors };
}
