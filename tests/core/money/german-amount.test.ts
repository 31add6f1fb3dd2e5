import { readAmount, readYear } from "../../../src/core";

describe("amounts as German offices write them", () => {
  it.each([
    [12500, 12500],
    ["12.500,00 €", 12500],
    ["12.500 €", 12500],
    ["12500", 12500],
    ["12500,5", 12500.5],
    ["1.234.567,89 EUR", 1234567.89],
    ["12\u00a0500,00\u00a0€", 12500],
    ["250,00 Euro", 250],
    ["12500.50", 12500.5],
    ["0", 0],
    [null, null],
    ["", null],
    ["–", null],
    ["-", null],
  ])("%p → %p", (typed, amount) => expect(readAmount(typed)).toBe(amount));

  it.each([
    ["zwölftausend"],
    ["ca. 5.000"],
    ["-500"],
    [-500],
    ["12,500.00"],
    ["5.00.0"],
    [true],
    [{ date: "2024-01-01" }],
  ])("%p is no amount", (typed) => expect(readAmount(typed)).toBeUndefined());
});

describe("budget years", () => {
  it.each([
    [2025, 2025],
    ["2025", 2025],
    [" 2024 ", 2024],
    [null, null],
    ["", null],
  ])("%p → %p", (typed, year) => expect(readYear(typed)).toBe(year));

  it.each([["24"], [24], ["2024/25"], [2024.5], ["Haushalt 2025"]])("%p is no year", (typed) =>
    expect(readYear(typed)).toBeUndefined(),
  );
});
