// Reads the project's own sample articles and the shared seed (outside the repo, read-only).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './lspClient';

export const SEED_PATH = path.resolve(ROOT, '..', 'shared', 'seed', 'aljazeera-kerry-iran.txt');

export function readSeed(): string {
  return fs.readFileSync(SEED_PATH, 'utf8');
}

export function readSample(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'samples', name), 'utf8');
}

export function toCrlfWithBom(text: string): string {
  return '\ufeff' + text.replace(/\r?\n/g, '\r\n');
}
