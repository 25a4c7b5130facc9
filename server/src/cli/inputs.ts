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

async function walk(dir: string, out: string[], errors: string[], top = true): Promise<void> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    // An unreadable subfolder is one line; the rest of the tree is still read.
    if (top) throw err;
    errors.push(`${dir}: ${describe(err)}`);
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    const isArticle = ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase());
    if (e.isDirectory()) await walk(full, out, errors, false);
    else if (e.isFile() && isArticle) out.push(full);
    else if (e.isSymbolicLink() && isArticle) {
      // A linked article is read like any other; a broken link is reported, not skipped in silence.
      // Links to directories are not followed (no cycles).
      try {
        if ((await fs.stat(full)).isFile()) out.push(full);
      } catch (err) {
        errors.push(`${full}: ${describe(err)}`);
      }
    }
  }
}

/** Decodes UTF-8 strictly; null when the bytes are binary or not UTF-8. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { error: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { error: 'not valid UTF-8 text (it looks like UTF-16: save it as UTF-8)' };
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
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'ENOTDIR') return 'not a directory';
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
        const errorsBefore = errors.length;
        await walk(p, targets, errors);
        if (targets.length === 0 && errors.length === errorsBefore) {
          errors.push(`${p}: no .article or .txt files in this directory`);
          continue;
        }
      } else if (!stat.isFile()) {
        // A FIFO, socket or device would block or stream forever.
        errors.push(`${p}: not a regular file`);
        continue;
      } else targets = [p];
    } catch (err) {
      errors.push(`${p}: ${describe(err)}`);
      continue;
    }
    for (const t of targets) {
      try {
        const decoded = decodeArticle(await fs.readFile(t));
        if ('error' in decoded) errors.push(`${t}: ${decoded.error}`);
        else if (decoded.text.trim() === '') errors.push(`${t}: empty file, nothing to check`);
        else files.push({ path: t, text: decoded.text });
      } catch (err) {
        errors.push(`${t}: ${describe(err)}`);
      }
    }
  }
  return { files, errors };
}
