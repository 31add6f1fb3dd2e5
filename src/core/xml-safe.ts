/**
 * Characters XML 1.0 forbids (C0 controls but tab, newline and carriage return; U+FFFE, U+FFFF;
 * halves of surrogate pairs). An office's cell can hold them (`_x0000_` in the sheet XML decodes to
 * NUL); an HTML report or a workbook that contains them is rejected by strict parsers. They become
 * U+FFFD, visible as "�", so the reader sees that something was there.
 */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export const xmlSafe = (text: string): string => text.replace(XML_FORBIDDEN, "\ufffd");
