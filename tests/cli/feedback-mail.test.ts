// @needs: build
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jugendamt, sozialamt } from "../helpers/offices";
import { cli, tempDir } from "../helpers/run-cli";
import { loadWorkbook } from "../helpers/workbook";

jest.setTimeout(120_000);

/** Python's standard e-mail parser: an independent reader of what Outlook and Thunderbird open. */
const parseEml = (path: string) => {
  const script = `
import email, email.policy, json, sys, base64
m = email.message_from_bytes(open(sys.argv[1], "rb").read(), policy=email.policy.default)
parts = list(m.iter_parts())
att = [p for p in parts if p.get_content_disposition() == "attachment"]
body = m.get_body(preferencelist=("plain",))
print(json.dumps({
  "unsent": m["X-Unsent"], "to": m["To"], "subject": m["Subject"],
  "charset": body.get_content_charset(), "text": body.get_content(),
  "names": [p.get_filename() for p in att], "types": [p.get_content_type() for p in att],
  "attachment": base64.b64encode(att[0].get_payload(decode=True)).decode() if att else None,
}))`;
  const r = spawnSync("python3", ["-c", script, path], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as {
    unsent: string;
    to: string;
    subject: string;
    charset: string;
    text: string;
    names: string[];
    types: string[];
    attachment: string | null;
  };
};

describe("feedback --mail", () => {
  const dir = tempDir("feedback-mail");
  const inbox = join(dir, "eingang");
  const out = join(dir, "rueckmeldungen");
  const json = join(dir, "bericht.json");
  const planFile = join(dir, "plan.json");

  beforeAll(async () => {
    mkdirSync(inbox);
    writeFileSync(join(inbox, "Jugendamt.xlsx"), await jugendamt());
    writeFileSync(join(inbox, "Sozialamt.xlsx"), await sozialamt());
    // The bundled plan with addresses, as a city would configure them (issue 16: To from the plan).
    const plan = JSON.parse(readFileSync(join(__dirname, "../../src/core/plans/integration-2022-2026.json"), "utf8"));
    plan.correspondence.contact = {
      name: "Frau Anna Beispiel",
      office: "BIA",
      phone: "0351 488-1234",
      email: "integration@stadt.example",
    };
    plan.correspondence.offices.JA.email = "jugendamt@stadt.example";
    writeFileSync(planFile, JSON.stringify(plan));
    const merged = await cli([
      "merge",
      inbox,
      "--out",
      join(dir, "Umsetzungsstand.xlsx"),
      "--report-json",
      json,
      "--today",
      "2024-06-30",
      "--plan",
      planFile,
    ]);
    expect([0, 1]).toContain(merged.code);
  });

  it("writes one editable draft per office: To from the plan, the letter as UTF-8 text, the Rückmeldung attached", async () => {
    const r = await cli([
      "feedback",
      json,
      inbox,
      "--out-dir",
      out,
      "--today",
      "2024-07-01",
      "--plan",
      planFile,
      "--mail",
    ]);
    expect([0, 1]).toContain(r.code);
    expect(readdirSync(out).sort()).toEqual([
      "Jugendamt (Rückmeldung).eml",
      "Jugendamt (Rückmeldung).xlsx",
      "Rückmeldungen.json",
      "Sozialamt (Rückmeldung).eml",
      "Sozialamt (Rückmeldung).xlsx",
    ]);
    const mail = parseEml(join(out, "Jugendamt (Rückmeldung).eml"));
    expect(mail.unsent).toBe("1");
    expect(mail.to).toBe("jugendamt@stadt.example");
    expect(mail.subject).toBe("Rückmeldung zu Ihrer Meldung – Zwischenbericht 2024 (Jugendamt.xlsx)");
    expect(mail.charset).toBe("utf-8");
    expect(mail.text).toMatch(
      /^Sehr geehrte Damen und Herren,\r?\n\r?\nvielen Dank für die Meldung des Jugendamts zur Berichtsrunde „Zwischenbericht 2024“\./,
    );
    expect(mail.text).toContain("bis zum 31.07.2024 erneut an Frau Anna Beispiel");
    expect(mail.text).toContain(
      "Bei Fragen wenden Sie sich bitte an Frau Anna Beispiel (Büro der Integrations- und Ausländerbeauftragten): Telefon 0351 488-1234, E-Mail integration@stadt.example.",
    );
    expect(mail.text).toMatch(
      /Mit freundlichen Grüßen\r?\nFrau Anna Beispiel\r?\nBüro der Integrations- und Ausländerbeauftragten/,
    );
    expect(mail.names).toEqual(["Jugendamt (Rückmeldung).xlsx"]);
    expect(mail.types).toEqual(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]);
    const written = readFileSync(join(out, "Jugendamt (Rückmeldung).xlsx"));
    expect(Buffer.from(mail.attachment!, "base64").equals(written)).toBe(true);
    expect((await loadWorkbook(new Uint8Array(written))).getWorksheet("Rückmeldung")).toBeDefined();
    // No address configured for the Sozialamt: the draft opens with an empty To, and the command says so.
    expect(parseEml(join(out, "Sozialamt (Rückmeldung).eml")).to).toBe("");
    expect(r.stderr).toMatch(/Sozialamt \(Rückmeldung\)\.eml: keine E-Mail-Adresse für Sozialamt/);
  });

  it("writes no draft without --mail", async () => {
    const plain = join(dir, "ohne-mail");
    await cli(["feedback", json, inbox, "--out-dir", plain, "--today", "2024-07-01", "--plan", planFile]);
    expect(readdirSync(plain).filter((f) => f.endsWith(".eml"))).toEqual([]);
  });
});
