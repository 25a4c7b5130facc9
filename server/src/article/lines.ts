// Splits a text into lines (content spans without breaks) once, for every later pass.
import type { Span } from './model';
import { computeLineStarts, lineContentEnd } from './text';

export interface Lines {
  starts: number[];
  /** content span of each line */
  spans: Span[];
}

export function splitLines(text: string): Lines {
  const starts = computeLineStarts(text);
  const spans: Span[] = new Array(starts.length);
  for (let i = 0; i < starts.length; i++) spans[i] = { start: starts[i], end: lineContentEnd(text, starts, i) };
  return { starts, spans };
}
