// Builds the command line as one file per thread: lib/bundle/main.js (the program) and
// lib/bundle/read-worker.js (each parsing thread). Loading the tsc output module by module cost
// each thread a third of a second or more (resolving and reading some 250 files, zod's CommonJS
// build with all its locales); one file each, with zod's ES build shaken down to what we use,
// starts faster. bin/aktionsplan.js loads main.js; the pool finds read-worker.js beside it.
const path = require("node:path");

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

const isBare = (request) => !request.startsWith(".") && !path.isAbsolute(request) && !request.startsWith("node:");

module.exports = (_env, options) => ({
  mode: options.mode ?? "production",
  target: "node20",
  // Stack traces name src/ files when Node reads the maps (see bin/aktionsplan.js).
  devtool: "source-map",
  entry: { main: "./src/cli/main.ts", "read-worker": "./src/cli/read-worker.ts" },
  output: {
    path: path.resolve(__dirname, "lib", "bundle"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
    devtoolModuleFilenameTemplate: (info) =>
      path.relative(path.resolve(__dirname, "lib", "bundle"), info.absoluteResourcePath).replaceAll(path.sep, "/"),
  },
  // The real directory of the bundle: the pool resolves read-worker.js beside main.js.
  node: { __dirname: false, __filename: false },
  externals: [
    ({ request }, callback) => {
      if (request === undefined || !isBare(request) || INLINED.has(packageOf(request))) return callback();
      return callback(null, `${IMPORTED.has(packageOf(request)) ? "import" : "commonjs"} ${request}`);
    },
  ],
  resolve: { extensions: [".ts", ".js"] },
  module: {
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
  },
  optimization: { minimize: false },
  performance: { hints: false },
  stats: "errors-warnings",
});
