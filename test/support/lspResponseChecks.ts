// Checks any LSP answer against the documents the client has open: every range and position lies
// inside its document (strictly: existing line, character within the line, no split surrogate pair),
// every location names an open document, workspace edits do not overlap, semantic tokens decode
// to tokens inside their lines.
import assert from 'node:assert/strict';
import type { Position, Range } from 'vscode-languageserver-protocol';
import { computeLineStarts } from '../../server/src/article/text';
import { checkRange, strictOffset } from './articleInvariants';

export class OpenDocs {
  private readonly docs = new Map<string, { text: string; lineStarts: number[] }>();

  set(uri: string, text: string): void {
    this.docs.set(uri, { text, lineStarts: computeLineStarts(text) });
  }

  delete(uri: string): void {
    this.docs.delete(uri);
  }

  get(uri: string, where: string): { text: string; lineStarts: number[] } {
    const d = this.docs.get(uri);
    assert.ok(d, `${where}: refers to ${uri}, which is not open`);
    return d;
  }
}

const isPosition = (v: unknown): v is Position => !!v && typeof v === 'object' && typeof (v as Position).line === 'number' && typeof (v as Position).character === 'number';
const isRange = (v: unknown): v is Range => !!v && typeof v === 'object' && isPosition((v as Range).start) && isPosition((v as Range).end);

/** Checks every range/position in `value`; ranges without a uri belong to `uri`. Returns how many it checked. */
export function checkLspAnswer(docs: OpenDocs, uri: string, value: unknown, where: string): number {
  let count = 0;
  const rangeIn = (u: string, r: Range, path: string) => {
    const d = docs.get(u, path);
    count++;
    return checkRange(d.text, d.lineStarts, r, path);
  };
  const editsIn = (u: string, edits: unknown, path: string) => {
    assert.ok(Array.isArray(edits), `${path}: edits must be an array`);
    const spans = edits.map((e: { range: Range; newText: string }, i: number) => {
      assert.equal(typeof e.newText, 'string', `${path}[${i}].newText`);
      return rangeIn(u, e.range, `${path}[${i}]`);
    });
    spans.sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start, `${path}: edits overlap (${spans[i - 1].start}..${spans[i - 1].end}, ${spans[i].start}..${spans[i].end})`);
  };
  const walk = (v: unknown, u: string, path: string): void => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, u, `${path}[${i}]`));
    const o = v as Record<string, unknown>;
    if (isRange(o)) {
      rangeIn(u, o, path);
      return;
    }
    if (typeof o.targetUri === 'string') {
      for (const k of ['targetRange', 'targetSelectionRange']) if (o[k]) rangeIn(o.targetUri, o[k] as Range, `${path}.${k}`);
      if (o.originSelectionRange) rangeIn(u, o.originSelectionRange as Range, `${path}.originSelectionRange`);
      return;
    }
    const here = typeof o.uri === 'string' ? o.uri : u;
    for (const [k, x] of Object.entries(o)) {
      if (k === 'changes' && x && typeof x === 'object' && !Array.isArray(x)) {
        for (const [cu, edits] of Object.entries(x)) editsIn(cu, edits, `${path}.changes[${cu}]`);
      } else if (k === 'documentChanges' && Array.isArray(x)) {
        x.forEach((dc: { textDocument?: { uri: string }; edits?: unknown }, i) => {
          assert.ok(dc.textDocument && dc.edits, `${path}.documentChanges[${i}]: only text edits expected`);
          editsIn(dc.textDocument.uri, dc.edits, `${path}.documentChanges[${i}]`);
        });
      } else if (k === 'position' && isPosition(x)) {
        const d = docs.get(here, path);
        strictOffset(d.text, d.lineStarts, x, `${path}.position`);
        count++;
      } else walk(x, here, `${path}.${k}`);
    }
  };
  walk(value, uri, where);
  return count;
}

/** Decodes LSP semantic tokens and checks each lies on one line, inside it, with a known type. */
export function checkSemanticTokens(docs: OpenDocs, uri: string, value: unknown, legendSize: number, where: string): number {
  if (value === null) return 0;
  const data = (value as { data?: unknown }).data;
  assert.ok(Array.isArray(data) && data.length % 5 === 0, `${where}: data must be a multiple of 5 integers`);
  if (data.length === 0) return 0;
  const d = docs.get(uri, where);
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [dl, ds, len, type] = data.slice(i, i + 5) as number[];
    assert.ok([dl, ds, len, type].every((n) => Number.isInteger(n) && n >= 0), `${where}: token ${i / 5} has a bad number`);
    line += dl;
    char = dl === 0 ? char + ds : ds;
    assert.ok(type < legendSize, `${where}: token ${i / 5} type ${type} not in the legend`);
    strictOffset(d.text, d.lineStarts, { line, character: char }, `${where}: token ${i / 5} start`);
    strictOffset(d.text, d.lineStarts, { line, character: char + len }, `${where}: token ${i / 5} end`);
  }
  return data.length / 5;
}
