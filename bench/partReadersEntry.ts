// What the benchmark's main thread needs to read a long document as the server does: the plan, the
// part readers and the joining (bundled by bundle.ts; the readers themselves run the server bundle).
export { PartCache, planLongDocument } from '../server/src/article/analyze';
export { PartReaderPool } from '../server/src/partReaders/pool';
export { readPartsInParallel } from '../server/src/partReaders/readInParallel';
