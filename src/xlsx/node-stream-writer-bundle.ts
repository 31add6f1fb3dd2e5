// Node-only: the entry of lib/bundle/stream-writer.bundle.js (webpack.cli.config.js), which node.ts
// loads when a merge first streams a workbook. Required from node_modules, exceljs' streaming writer
// is some 200 files to resolve, read and compile at every merge, on the main thread while the read
// workers want both CPUs; one bundle with its V8 code cache loads in a fraction of that.
/** exceljs' streaming workbook writer, as `exceljs/lib/stream/xlsx/workbook-writer` exports it. */
export const WorkbookWriter = require("exceljs/lib/stream/xlsx/workbook-writer");
/** The crc-32 module this bundle's copy of archiver checksums with: node-crc32.ts makes it native. */
export const crc = require("crc-32");
