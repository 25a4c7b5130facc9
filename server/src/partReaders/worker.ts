// The part reader's side: a worker thread that takes the parts of each batch it is sent from the
// front, one at a time, while they last, with the same engine as the main thread (the worker runs
// the same bundle file as its parent), and sends each reading as soon as it has it.
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { readPart } from '../article/analyze';
import { BY_READER, PART_READER_ROLE, PartClaims, toSent, type BatchReply, type BatchRequest } from './protocol';

/** True on a worker thread started by PartReaderPool: the entry file then serves parts and nothing else. */
export function runsAsPartReader(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === PART_READER_ROLE;
}

export function servePartReading(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (request: BatchRequest) => readBatch(port, request));
}

function readBatch(port: MessagePort, request: BatchRequest): void {
  const claims = new PartClaims(request.claims);
  for (let index = 0; index < request.texts.length && !claims.givenUp; index++) {
    if (claims.take(index, BY_READER)) port.postMessage(readingOf(request, index));
  }
  const done: BatchReply = { id: request.id, done: true };
  port.postMessage(done);
}

function readingOf(request: BatchRequest, index: number): BatchReply {
  const { id, options } = request;
  try {
    return { id, index, reading: toSent(readPart({ text: request.texts[index], language: request.languages[index], options, reading: request.readings[index] })) };
  } catch (err) {
    // the main thread reads this part itself, and reports what goes wrong there
    return { id, index, error: err instanceof Error ? err.message : String(err) };
  }
}
