#!/usr/bin/env node
"use strict";
// Thin launcher: the command line is bundled into lib/bundle/ (one file per thread, built by
// `npm install` via the prepare script, or `npm run build:cli`).
// The flags first: they decide whether V8 takes the bundles' code caches (bin/v8-flags.js).
require("./v8-flags.js").applyV8Flags();
require("./load-bundle.js").loadBundle("main").main();
