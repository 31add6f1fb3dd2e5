// `npm run test:fast`: the tests that need no build, no browser, no LibreOffice and no Python — the loop
// for people changing the code. Which files those are comes from each file's "// @needs:" line.
const base = require("./jest.config");
const { declaredNeeds } = require("./tests/helpers/test-needs");

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  // Jest takes cores − 1 by default: one worker on a 2-core machine. These tests are CPU-bound and
  // independent, so both cores halve the loop (78 s → 48 s measured here).
  maxWorkers: 2,
  testPathIgnorePatterns: [
    "/node_modules/",
    ...declaredNeeds()
      .filter((t) => t.needs.length > 0)
      .map((t) => `${escapeRegExp(t.file)}$`),
  ],
};
