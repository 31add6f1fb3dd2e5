// Builds the command line as one file per thread: lib/bundle/main.bundle.js (the program),
// lib/bundle/read-worker.bundle.js (each parsing thread), lib/bundle/render-worker.bundle.js (the thread
// that renders long lists while the merge writes). Loading the tsc output module by module
// cost each thread a third of a second or more (resolving and reading some 250 files, zod's
// CommonJS build with all its locales); one file each, with zod's ES build shaken down to what we
// use, starts faster. Beside each bundle goes its V8 code cache, which bin/load-bundle.js hands to
// V8 so that the bundle is not compiled again at every start. bin/aktionsplan.js loads the main
// bundle; the pool starts its workers from read-worker.js, a stub that loads the worker bundle.
const { readFileSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");
const { applyV8Flags } = require("./bin/v8-flags.js");

/**
 * Packages inlined into the bundles: those every command loads at start-up. Everything else
 * (exceljs, archiver, docx, vega, playwright …) stays a plain require of node_modules, made
 * where the source makes it: a writer loaded lazily stays loaded lazily.
 */
const INLINED = new Set(["zod", "commander", "fflate", "cli-progress"]);

/** ES-only packages the report loads with a native import() (Node 20 cannot require them). */
const IMPORTED = new Set(["vega", "vega-lite"]);

const packageOf = (request) => {
  const parts = request.split("/");
  return request.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
};

const OUT = path.resolve(__dirname, "lib", "bundle");

/**
 * Each worker's entry as its starter names it, beside the program: src/cli/read-pool.ts looks for
 * read-worker.js, src/xlsx/node-row-renderer.ts for node-render-worker.js.
 */
const workerStub = (what, bundle) => `"use strict";
// Written by webpack.cli.config.js: ${what} entry, the worker bundle with its code cache.
require("../../bin/load-bundle.js").loadBundle("${bundle}");
`;
const WORKER_STUBS = {
  "read-worker.js": workerStub("a parsing thread's", "read-worker"),
  "node-render-worker.js": workerStub("the row rendering thread's", "render-worker"),
};

/**
 * Compiles each bundle once here, wrapped as Node wraps a CommonJS module, and writes what V8
 * compiled as <bundle>.cache. V8 checks the cache against its version, flags and the source's
 * length; bin/load-bundle.js also takes it only if it is newer than the bundle.
 */
class CodeCachePlugin {
  constructor(stubs) {
    this.stubs = stubs;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CodeCachePlugin", (compilation) => {
      for (const [name, stub] of Object.entries(this.stubs))
        compilation.emitAsset(name, new compiler.webpack.sources.RawSource(stub));
    });
    compiler.hooks.afterEmit.tap("CodeCachePlugin", (compilation) => {
      // Under the flags the command line runs with: V8 refuses a cache made under other flags.
      applyV8Flags();
      for (const name of Object.keys(compilation.assets).filter((a) => a.endsWith(".bundle.js"))) {
        const file = path.join(OUT, name);
        const script = new vm.Script(Module.wrap(readFileSync(file, "utf8")), { filename: file });
        writeFileSync(`${file}.cache`, script.createCachedData());
      }
    });
  }
}

const isBare = (request) => !request.startsWith(".") && !path.isAbsolute(request) && !request.startsWith("node:");

/** The loader, required where it lies at run time (lib/bundle/../../bin), not copied into a bundle. */
const LOADER = /(^|\/)bin\/load-bundle\.js$/;

const cli = (options) => ({
  name: "cli",
  mode: options.mode ?? "production",
  target: "node20",
  // Stack traces name src/ files when Node reads the maps (see bin/aktionsplan.js).
  devtool: "source-map",
  entry: {
    main: "./src/cli/main.ts",
    "read-worker": "./src/cli/read-worker.ts",
    "render-worker": "./src/xlsx/node-render-worker.ts",
  },
  output: {
    path: OUT,
    filename: "[name].bundle.js",
    library: { type: "commonjs2" },
    clean: true,
    devtoolModuleFilenameTemplate: (info) => path.relative(OUT, info.absoluteResourcePath).replaceAll(path.sep, "/"),
  },
  // The real directory of the bundle: the pool resolves read-worker.js beside main.js.
  node: { __dirname: false, __filename: false },
  externals: [
    ({ request }, callback) => {
      if (request !== undefined && LOADER.test(request)) return callback(null, "commonjs ../../bin/load-bundle.js");
      if (request === undefined || !isBare(request) || INLINED.has(packageOf(request))) return callback();
      if (!IMPORTED.has(packageOf(request))) return callback(null, `commonjs ${request}`);
      // bin/import-esm.js imports it: see there why the bundle cannot.
      return callback(null, `promise require("../../bin/import-esm.js")(${JSON.stringify(request)})`);
    },
  ],
  resolve: { extensions: [".ts", ".js"] },
  module: MODULE,
  plugins: [new CodeCachePlugin(WORKER_STUBS)],
  optimization: { minimize: false },
  performance: { hints: false },
  stats: "errors-warnings",
});

const MODULE = {
  rules: [
    {
      test: /\.ts$/,
      exclude: /node_modules/,
      // No module of ours runs code at load that another relies on: a module none of whose exports
      // a thread uses is left out of its bundle (the worker does not carry the writers' code).
      sideEffects: false,
      use: {
        loader: "ts-loader",
        options: {
          configFile: "tsconfig.build.json",
          transpileOnly: true,
          // ES modules for webpack to shake and concatenate; the bundle itself is CommonJS.
          compilerOptions: { module: "esnext", moduleResolution: "bundler" },
        },
      },
    },
  ],
};

/**
 * exceljs' streaming writer with what it requires (archiver, the zip streams), every package
 * inside: the merge loads it when it first writes (src/xlsx/node.ts), from its code cache. Built
 * after the program, whose build empties lib/bundle first.
 */
const streamWriter = (options) => ({
  name: "stream-writer",
  dependencies: ["cli"],
  mode: options.mode ?? "production",
  target: "node20",
  devtool: "source-map",
  entry: { "stream-writer": "./src/xlsx/node-stream-writer-bundle.ts" },
  output: {
    path: OUT,
    filename: "[name].bundle.js",
    library: { type: "commonjs2" },
    devtoolModuleFilenameTemplate: (info) => path.relative(OUT, info.absoluteResourcePath).replaceAll(path.sep, "/"),
  },
  resolve: { extensions: [".ts", ".js"] },
  module: MODULE,
  plugins: [new CodeCachePlugin({})],
  optimization: { minimize: false },
  performance: { hints: false },
  stats: "errors-warnings",
});

module.exports = (_env, options) => [cli(options), streamWriter(options)];
