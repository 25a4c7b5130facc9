// The part reader's side: a worker thread that reads the parts it is sent, one at a time, with the
// same engine as the main thread (the worker runs the same bundle file as its parent).
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readPart } from '../article/analyze';
import { PART_READER_ROLE, toSent, type PartReply, type PartRequest } from './protocol';

/** True on a worker thread started by PartReaderPool: the entry file then serves parts and nothing else. */
export function runsAsPartReader(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === PART_READER_ROLE;
}

export function servePartReading(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (request: PartRequest) => {
    let reply: PartReply;
    try {
      reply = { id: request.id, reading: toSent(readPart(request)) };
    } catch (err) {
      // the main thread reads this part itself, and reports what goes wrong there
      reply = { id: request.id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}
