// Which test files need more than Node: a first line "// @needs: build, chromium, …" names the build
// (lib/ and dist/ from npm test's build steps) and the Debian packages of tools/test-deps.js they use.
// `npm run test:fast` leaves those files out; tests/test-needs.test.ts checks the declarations are true.
"use strict";
const { readdirSync, readFileSync, statSync } = require("node:fs");
const { join, relative } = require("node:path");

const ROOT = join(__dirname, "..", "..");
const NEEDS = /^\/\/ @needs: (.+)$/m;

const testFiles = (dir = join(ROOT, "tests")) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return testFiles(p);
    return /\.test\.ts$/.test(name) ? [p] : [];
  });

/** Each test file with what it declares it needs (empty: Node and the sources only). */
const declaredNeeds = () =>
  testFiles().map((file) => {
    const m = NEEDS.exec(readFileSync(file, "utf8"));
    return { file: relative(ROOT, file), needs: m ? m[1].split(",").map((s) => s.trim()) : [] };
  });

module.exports = { declaredNeeds };
