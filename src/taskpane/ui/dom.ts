/** Tiny DOM helpers: every text goes through textContent, never innerHTML, so cell text cannot inject markup. */
export const el = <K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] => {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(typeof c === "string" ? doc.createTextNode(c) : c);
  return node;
};

export const clear = (node: Element): void => {
  while (node.firstChild) node.removeChild(node.firstChild);
};
