#!/usr/bin/env node
// The Debian tools the test suite needs, declared once: `check` (first step of `npm test`) stops the run
// before jest when one is missing and says the one command that installs it; `install` (first step of
// `npm run test:all`, which .ci/run calls) installs what is missing with apt-get. Nothing is ever skipped:
// a test that needs a missing tool would fail, so the run fails first, with a sentence instead of a stack.
"use strict";
const { spawnSync } = require("node:child_process");
const { accessSync, constants } = require("node:fs");

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const onPath = (name) => spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;
const pythonHas = (module) =>
  spawnSync("/usr/bin/python3", ["-c", `import ${module}`], { stdio: "ignore" }).status === 0;

/** One entry per Debian package: why the tests need it, and how to see that it is there. */
const TOOLS = [
  {
    pkg: "chromium",
    why: "browser tests of the task pane page and printing the report to PDF (driven by playwright-core; nothing downloads a browser)",
    present: () => executable(process.env.AKTIONSPLAN_CHROMIUM || "/usr/bin/chromium"),
  },
  {
    pkg: "libreoffice-calc-nogui",
    why: "LibreOffice Calc writes .xlsx and .ods files the way offices that use LibreOffice send them",
    present: () => onPath("soffice"),
  },
  {
    pkg: "libreoffice-writer-nogui",
    why: "LibreOffice Writer reads the report's Word version back (as text and as PDF), independently of the library that wrote it",
    present: () =>
      onPath("soffice") &&
      spawnSync("sh", ["-c", "ls /usr/lib/libreoffice/program/libswlo.so"], { stdio: "ignore" }).status === 0,
  },
  {
    pkg: "python3-openpyxl",
    why: "openpyxl reads our workbooks independently of exceljs, and writes test workbooks as another writer",
    present: () => pythonHas("openpyxl"),
  },
  {
    pkg: "python3-xlsxwriter",
    why: "XlsxWriter writes test workbooks with its own part layout and styles",
    present: () => pythonHas("xlsxwriter"),
  },
  {
    pkg: "poppler-utils",
    why: "pdfinfo, pdftotext and pdftoppm read the PDF report back (tags, text, page 1 as PNG)",
    present: () => ["pdfinfo", "pdftotext", "pdftoppm"].every(onPath),
  },
];

const missing = () => TOOLS.filter((t) => !t.present());

const check = () => {
  const lack = missing();
  if (lack.length === 0) return 0;
  const lines = lack.map((t) => `  - ${t.pkg}: ${t.why}`);
  process.stderr.write(
    [
      `The test suite needs ${lack.length === 1 ? "a Debian package" : "Debian packages"} this machine does not have, so it stops before running any test:`,
      ...lines,
      "Install them and run the whole suite with one command:  npm run test:all",
      `(or by hand: sudo apt-get install --no-install-recommends ${lack.map((t) => t.pkg).join(" ")})`,
      "",
    ].join("\n"),
  );
  return 1;
};

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited with ${r.status}`);
};

const install = () => {
  const lack = missing();
  if (lack.length === 0) {
    process.stderr.write(`test tools: all present (${TOOLS.map((t) => t.pkg).join(", ")})\n`);
    return 0;
  }
  for (const t of lack) process.stderr.write(`test tools: installing ${t.pkg}: ${t.why}\n`);
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (!root && !onPath("sudo")) {
    process.stderr.write(
      `Installing Debian packages needs root or sudo. As root run: apt-get install ${lack.map((t) => t.pkg).join(" ")}\n`,
    );
    return 1;
  }
  const [cmd, prefix] = root ? ["apt-get", []] : ["sudo", ["apt-get"]];
  run(cmd, [...prefix, "update", "-qq"]);
  run(cmd, [...prefix, "install", "-y", "-qq", "--no-install-recommends", ...lack.map((t) => t.pkg)]);
  return check();
};

module.exports = { TOOLS };

if (require.main === module) {
  const action = process.argv[2];
  if (action === "check") process.exitCode = check();
  else if (action === "install") process.exitCode = install();
  else {
    process.stderr.write("usage: node tools/test-deps.js check|install\n");
    process.exitCode = 2;
  }
}
