#!/usr/bin/env node
"use strict";
// Thin launcher: the compiled CLI lives in lib/ (built by `npm install` via the prepare script).
require("../lib/cli/main.js").main();
