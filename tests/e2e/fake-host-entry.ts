// Bundled by the e2e test and injected before taskpane.js: the Office-hosted code path then runs
// in a real browser against the same fake Excel the unit tests use.
import { createFakeExcel } from "../fakes/fake-excel";

const pct = (n: number) => ({ value: n, format: "0%" });
const fake = createFakeExcel({
  apiVersion: "1.16",
  sheets: [
    {
      name: "Sachstand",
      rows: [
        ["Nr.", "HF", "Maßnahme", "Federführung", "Haushaltsrelevanz", "Status", "Fortschritt in %", "Notiz"],
        ["3.1.1", "3", "Elternarbeit", "SozA", "nein", "umgesetzt ", pct(1), "x"],
        ["3.1.2", "3", "Kita-Info", "Jugendamt", "nein", "fast fertig", pct(0.2), "y"],
      ],
    },
  ],
});

const w = window as unknown as { aktionsplanTestHost: unknown; aktionsplanFake: unknown };
w.aktionsplanTestHost = fake.host;
w.aktionsplanFake = fake;
