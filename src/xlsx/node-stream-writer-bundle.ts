// Node-only: the entry of lib/bundle/stream-writer.bundle.js (webpack.cli.config.js), which node.ts
// loads when a merge first streams a workbook. Required from node_modules, exceljs' streaming writer
// is some 200 files to resolve, read and compile at every merge, on the main thread while the read
// workers want both CPUs; one bundle with its V8 code cache loads in a fraction of that.
/** exceljs' streaming workbook writer, as `exceljs/lib/stream/xlsx/workbook-writer` exports it. */
export const WorkbookWriter = require("exceljs/lib/stream/xlsx/workbook-writer");
/** The crc-32 module this bundle's copy of archiver checksums with: node-crc32.ts makes it native. */
export const crc = require("crc-32");
/** The deflate stream of this bundle's copy of archiver: node-deflate-release.ts lets it give chunks back. */
export const DeflateCRC32Stream = require("crc32-stream").DeflateCRC32Stream;

/**
 * archiver (exceljs' zip) turns each text entry into bytes with `new Buffer(text)`. Node warns of
 * that constructor (DEP0005) on stderr unless the call comes from node_modules — which, bundled,
 * it no longer does: every merge printed a security warning to the clerk. The same bytes, made by
 * `Buffer.from`; streams and buffers go on as before. A test runs the built merge and checks stderr.
 */
const archiverUtils = require("archiver-utils") as { normalizeInputSource(source: unknown): unknown };
const normalizeInputSource = archiverUtils.normalizeInputSource;
archiverUtils.normalizeInputSource = (source) =>
  source === null ? Buffer.alloc(0) : typeof source === "string" ? Buffer.from(source) : normalizeInputSource(source);
