#!/usr/bin/env node
// Thin launcher so `npx article-annotator` runs the bundled CLI.
require('../dist/cli.js');
