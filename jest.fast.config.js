// `npm run test:fast`: the tests that need no build, no browser, no LibreOffice and no Python — the loop
// for people changing the code. Which files those are comes from each file's "// @needs:" line.
const base = require("./jest.config");
const { declaredNeeds } = require("./tests/helpers/test-needs");

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: [
    "/node_modules/",
    ...declaredNeeds()
      .filter((t) => t.needs.length > 0)
      .map((t) => `${escapeRegExp(t.file)}$`),
  ],
};
