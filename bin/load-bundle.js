"use strict";
// Loads one of the command line's bundles (lib/bundle/<name>.bundle.js) as Node's require would,
// but with the V8 code cache that `npm run build:cli` wrote beside it: compiling the 1.4 MB bundle
// was the largest single cost of the main thread's start, and each worker paid it again for its own.
// Whenever the cache cannot be trusted or used, the bundle is simply required.
const { readFileSync, statSync } = require("node:fs");
const Module = require("node:module");
const { join } = require("node:path");
const vm = require("node:vm");

/** The cache, if it was made from this very bundle file (written after it) and this Node can use it. */
const usableCache = (file) => {
  // With source maps on, Node maps only the files it compiled itself.
  if (process.sourceMapsEnabled) return null;
  try {
    if (statSync(`${file}.cache`).mtimeMs < statSync(file).mtimeMs) return null;
    return readFileSync(`${file}.cache`);
  } catch {
    return null;
  }
};

/** Runs `file` as a CommonJS module, compiled with `cachedData` (or without, if V8 refuses it). */
const runCached = (file, cachedData) => {
  const script = new vm.Script(Module.wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  // Another Node version or other V8 flags: V8 then compiled it without the cache, as require would.
  const module = new Module(file, null);
  module.filename = file;
  module.paths = Module._nodeModulePaths(join(file, ".."));
  Module._cache[file] = module;
  script
    .runInThisContext()
    .call(module.exports, module.exports, Module.createRequire(file), module, file, join(file, ".."));
  module.loaded = true;
  return module.exports;
};

/** The exports of lib/bundle/<name>.bundle.js. */
const loadBundle = (name) => {
  const file = join(__dirname, "..", "lib", "bundle", `${name}.bundle.js`);
  const cachedData = usableCache(file);
  return cachedData ? runCached(file, cachedData) : require(file);
};

module.exports = { loadBundle, usableCache };
