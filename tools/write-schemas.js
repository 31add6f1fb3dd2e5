#!/usr/bin/env node
// `npm run schemas`: writes the published JSON Schemas (the report, feedback's log) from the core's zod
// schemas (built into lib/ first), formatted as Biome formats JSON. tests/core/report-schema.test.ts and
// tests/core/register/feedback-log.test.ts fail when a checked-in file says something else than the code.
const { execFileSync } = require("node:child_process");
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const core = require("../lib/core");

const root = join(__dirname, "..");
for (const published of Object.values(core.PUBLISHED_SCHEMAS)) {
  const { file } = published;
  writeFileSync(join(root, file), core.jsonSchemaText(published));
  execFileSync(join(root, "node_modules", ".bin", "biome"), ["format", "--write", file], {
    cwd: root,
    stdio: "ignore",
  });
  console.log(`geschrieben: ${file}`);
}
