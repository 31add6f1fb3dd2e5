/**
 * Text from office workbooks is untrusted: every value that goes into the report's HTML passes
 * through here, so "<script>", "&" or a quote in a Sachstand is shown, never interpreted.
 */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
