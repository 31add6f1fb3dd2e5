#!/usr/bin/env node
// `npm start` / `npm stop`: sideload the add-in into desktop Excel where Excel exists.
// office-addin-debugging does the sideloading on Windows and macOS; it is not a dependency of this
// project because its dependency tree needs a native keychain module (keytar) that fails to build on
// machines without libsecret, such as our Linux CI. Developers with Excel install it on demand.
"use strict";
const { spawnSync } = require("node:child_process");

const action = process.argv[2] === "stop" ? "stop" : "start";
if (process.platform !== "win32" && process.platform !== "darwin") {
  console.error(
    [
      `npm ${action}: Desktop-Excel gibt es auf ${process.platform} nicht, daher kann das Add-in hier nicht seitlich geladen werden.`,
      "Stattdessen: `npm run dev-server` starten und in Excel im Web unter Einfügen → Add-ins → „Mein Add-in hochladen“ die Datei manifest.xml wählen.",
      "(Excel on the desktop does not exist on this platform; use Excel on the web with `npm run dev-server` and upload manifest.xml.)",
    ].join("\n"),
  );
  process.exit(1);
}
const r = spawnSync("npx", ["--yes", "office-addin-debugging", action, "manifest.xml"], {
  stdio: "inherit",
  shell: process.platform === "win32",
});
process.exit(r.status ?? 1);
