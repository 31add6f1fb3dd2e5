/**
 * An e-mail draft as an .eml file (RFC 5322 + MIME): the letter as UTF-8 text, the Rückmeldung
 * workbook attached. "X-Unsent: 1" makes Outlook open it as an editable draft with a Send button,
 * Thunderbird opens it via "Als neu bearbeiten"; nothing is ever sent by this tool.
 */
export interface MailDraft {
  /** Recipient address, or null: the draft opens with an empty To for the coordinator to fill. */
  readonly to: string | null;
  readonly subject: string;
  readonly text: string;
  readonly attachment: { readonly name: string; readonly bytes: Uint8Array };
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Base64 in lines of 76 characters, as MIME asks. */
const base64Lines = (bytes: Uint8Array): string =>
  (
    Buffer.from(bytes)
      .toString("base64")
      .match(/.{1,76}/g) ?? [""]
  ).join("\r\n");

/**
 * A header value as RFC 2047 encoded words, each short enough for a 78-character line, split
 * between characters (never inside a UTF-8 sequence). Plain ASCII stays readable as it is.
 */
export const encodedWords = (text: string): string => {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const chars = [...text];
  const words: string[] = [];
  for (let i = 0; i < chars.length; i += 12)
    words.push(`=?UTF-8?B?${Buffer.from(chars.slice(i, i + 12).join(""), "utf8").toString("base64")}?=`);
  return words.join("\r\n ");
};

/** RFC 2231 parameter value: UTF-8, percent-encoded. */
const extValue = (text: string): string =>
  `UTF-8''${encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/** A header must not carry a line break: an address or name with one would add headers. */
const oneLine = (s: string): string => s.replace(/[\r\n]+/g, " ");

/** The draft's bytes; `boundary` is fixed by the caller so the same input gives the same file. */
export const mailDraftBytes = (d: MailDraft, boundary: string): Uint8Array => {
  const name = oneLine(d.attachment.name);
  const lines = [
    "X-Unsent: 1",
    `To: ${d.to === null ? "" : oneLine(d.to)}`,
    `Subject: ${encodedWords(oneLine(d.subject))}`,
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    "This is a multi-part message in MIME format.",
    `--${boundary}`,
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(new TextEncoder().encode(d.text.replace(/\r?\n/g, "\r\n"))),
    `--${boundary}`,
    `Content-Type: ${XLSX_TYPE}; name="${encodedWords(name).replace(/\r\n /g, " ")}"`,
    "Content-Transfer-Encoding: base64",
    `Content-Disposition: attachment; filename*=${extValue(name)}`,
    "",
    base64Lines(d.attachment.bytes),
    `--${boundary}--`,
    "",
  ];
  return new TextEncoder().encode(lines.join("\r\n"));
};
