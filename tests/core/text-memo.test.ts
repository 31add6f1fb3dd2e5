import { memoByText } from "../../src/core/text-memo";

describe("memoByText", () => {
  const counted = (limit: number, longest: number) => {
    const calls: string[] = [];
    const f = memoByText(
      (t: string) => {
        calls.push(t);
        return t.toUpperCase();
      },
      limit,
      longest,
    );
    return { f, calls };
  };

  it("computes a short text once, and a text longer than the bound every time", () => {
    const { f, calls } = counted(10, 5);
    expect([f("ab"), f("ab"), f("abcdef"), f("abcdef")]).toEqual(["AB", "AB", "ABCDEF", "ABCDEF"]);
    expect(calls).toEqual(["ab", "abcdef", "abcdef"]);
  });

  it("starts over when full and still answers right", () => {
    const { f, calls } = counted(3, 10);
    for (const t of ["a", "b", "c", "d", "a", "d"]) expect(f(t)).toBe(t.toUpperCase());
    // "d" found the memory full (a, b, c) and cleared it; "a" is computed again, "d" is remembered.
    expect(calls).toEqual(["a", "b", "c", "d", "a"]);
  });
});
