// Entry of dist/server.js: the language server — or, the same file run on a worker thread, one of
// its part readers (partReaders/), which read the parts of long documents at the same time.
import { runsAsPartReader, servePartReading } from './partReaders/worker';
import { startLanguageServer } from './languageServer';

if (runsAsPartReader()) servePartReading();
// the part readers run this very file
else startLanguageServer(__filename);
