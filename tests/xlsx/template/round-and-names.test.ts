import { DEFAULT_PLAN, type PlanConfig } from "../../../src/core";
import { chooseRound } from "../../../src/core";
import { instructionLines, safeFileBase, uniqueFileNames } from "../../../src/xlsx/template";
import { canonicalLayout } from "../../../src/core";
import { ROUND } from "./template-fixtures";

const noRounds: PlanConfig = { ...DEFAULT_PLAN, rounds: [] };
const outcome = (r: ReturnType<typeof chooseRound>) => (r.ok ? r.round.name : `Fehler: ${r.message}`);

describe("chooseRound", () => {
  it.each([
    ["--period names a round", DEFAULT_PLAN, "Abschlussbericht 2026", "2024-01-01", "Abschlussbericht 2026"],
    ["spelling and case do not matter", DEFAULT_PLAN, "zwischenbericht-2024", "2030-01-01", "Zwischenbericht 2024"],
    ["default: the first round still open", DEFAULT_PLAN, undefined, "2024-07-31", "Zwischenbericht 2024"],
    ["default after its deadline: the next", DEFAULT_PLAN, undefined, "2024-08-01", "Abschlussbericht 2026"],
    [
      "a plan without rounds takes --period as given",
      noRounds,
      " Sonderbericht 2025 ",
      "2025-01-01",
      "Sonderbericht 2025",
    ],
  ])("%s", (_, plan, period, today, expected) => {
    expect(outcome(chooseRound(plan, period, today))).toBe(expected);
  });

  it.each([
    [
      "an unknown round",
      DEFAULT_PLAN,
      "Zwischenbericht 2023",
      "2024-01-01",
      "steht nicht in der Plan-Konfiguration. Bekannt: „Zwischenbericht 2024“, „Abschlussbericht 2026“",
    ],
    ["every round past", DEFAULT_PLAN, undefined, "2027-03-01", "keine Berichtsrunde mehr offen"],
    ["no rounds and no --period", noRounds, undefined, "2024-01-01", "bitte --period angeben"],
  ])("refuses %s", (_, plan, period, today, message) => {
    expect(outcome(chooseRound(plan, period, today))).toContain(message);
  });

  it("carries the round's dates and contact", () => {
    expect(chooseRound(DEFAULT_PLAN, "Zwischenbericht 2024", "2024-01-01")).toEqual({ ok: true, round: ROUND });
  });
});

describe("file names from office names", () => {
  it.each([
    ["Sozialamt", "Sozialamt"],
    ["Büro der Integrations- und Ausländerbeauftragten", "Büro der Integrations- und Ausländerbeauftragten"],
    ["Amt für Wohnen/Soziales: Abt. 2", "Amt für Wohnen-Soziales- Abt. 2"],
    ['"Kita" <Nord> | Süd?*', "-Kita- -Nord- - Süd--"],
    ["  Amt\tmit\nUmbruch.  ", "Amt mit Umbruch"],
    ["CON", "CON_"],
    ["...", "Datei"],
    ["x".repeat(150), "x".repeat(100)],
  ])("%j → %j", (office, base) => {
    expect(safeFileBase(office)).toBe(base);
  });

  it("keeps names apart that a file system would confuse", () => {
    expect(uniqueFileNames(["Sozialamt", "sozialamt", "Jugendamt", "Sozialamt"], ".xlsx")).toEqual([
      "Sozialamt.xlsx",
      "sozialamt (2).xlsx",
      "Jugendamt.xlsx",
      "Sozialamt (3).xlsx",
    ]);
  });
});

describe("Anleitung", () => {
  const text = (prefilled: readonly string[], round = ROUND, plan = DEFAULT_PLAN) =>
    instructionLines({
      plan,
      office: "Sozialamt",
      round,
      layout: canonicalLayout(DEFAULT_PLAN),
      measures: 2,
      sheet: "Maßnahmen",
      prefilled,
    })
      .map((l) => l.text)
      .join("\n");

  it("says what to fill in, by when and whom to ask, in plain German", () => {
    const t = text([]);
    expect(t).toContain("Berichtsrunde: Zwischenbericht 2024 (Stand zum Stichtag 30.06.2024)");
    expect(t).toContain("Abgabe bis: 31.07.2024");
    expect(t).toContain("Fragen an: Büro der Integrations- und Ausländerbeauftragten");
    expect(t).toContain("die 2 Maßnahmen, für die das Sozialamt federführend ist");
    expect(t).toContain(
      "• Umsetzungsstand: aus der Auswahlliste wählen (nicht begonnen, in Planung, in Umsetzung, umgesetzt, Daueraufgabe, zurückgestellt, entfallen).",
    );
    expect(t).toContain("„Maßnahmen-Nr.“, „Handlungsfeld“");
    // Issue 16: the Anleitung asks to keep the protection on and never explains how to lift it.
    expect(t).toContain(
      "Die grauen Spalten sind vor versehentlichen Änderungen geschützt. Bitte heben Sie den Blattschutz nicht auf.",
    );
    expect(t).not.toMatch(/kein Kennwort|Kennwort|aufheben können/);
    expect(t).not.toContain("vorausgefüllt");
  });

  it("explains the pre-filled columns and how to confirm an unchanged row", () => {
    expect(text(["Umsetzungsstand", "Sachstand"])).toContain(
      "„Umsetzungsstand“, „Sachstand“ sind aus der letzten Meldung vorausgefüllt. Bitte bringen Sie diese Angaben auf den neuen Stand. Ist bei einer Maßnahme alles gleich geblieben, tragen Sie bei „Stand“ das Datum Ihrer Prüfung ein;",
    );
  });

  it("does without dates and contact when the plan names none", () => {
    // The bundled plan names a contact (correspondence); a plan without one falls back to words.
    const { correspondence: _contact, ...noContact } = DEFAULT_PLAN;
    const t = text([], { name: "Sonderbericht", cutoff: null, deadline: null, contact: null }, noContact);
    expect(t).toContain("Abgabe bis: wie im Anschreiben angegeben");
    expect(t).toContain("Fragen an: die koordinierende Stelle, die Ihnen diese Datei geschickt hat");
    expect(t).not.toMatch(/null|undefined/);
  });
});
