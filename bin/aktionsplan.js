#!/usr/bin/env node
"use strict";
// Thin launcher: the command line is bundled into lib/bundle/ (one file per thread, built by
// `npm install` via the prepare script, or `npm run build:cli`).
require("./load-bundle.js").loadBundle("main").main();
