#!/usr/bin/env node
// `npm run schemas`: writes the published JSON Schema of the report from the core's zod schema
// (built into lib/ first), formatted as Biome formats JSON. tests/core/report-schema.test.ts fails
// when the checked-in file says something else than the schema the code uses.
const { execFileSync } = require("node:child_process");
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { REPORT_SCHEMA_FILE, reportJsonSchemaText } = require("../lib/core");

const root = join(__dirname, "..");
writeFileSync(join(root, REPORT_SCHEMA_FILE), reportJsonSchemaText());
execFileSync(join(root, "node_modules", ".bin", "biome"), ["format", "--write", REPORT_SCHEMA_FILE], {
  cwd: root,
  stdio: "ignore",
});
console.log(`geschrieben: ${REPORT_SCHEMA_FILE}`);
