import { xmlSafe } from "../core";

/**
 * Text from office workbooks is untrusted: every value that goes into the report's HTML passes
 * through here, so "<script>", "&" or a quote in a Sachstand is shown, never interpreted, and
 * control characters XML forbids (the report is also read as XHTML, and printed) become "�".
 */
export const escapeHtml = (text: string): string =>
  xmlSafe(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
