// Entry of the task pane bundle: the shell that touches Office globals, the clock and the DOM root.
import { DEFAULT_PLAN } from "../core";
import { createExcelPort } from "./excel-port";
import { hostFromOffice, type ExcelHost } from "./host";
import { mountTaskpane } from "./ui/taskpane-app";

/** A page may be handed a fake Excel host before this script runs (the browser end-to-end tests do). */
declare global {
  interface Window {
    aktionsplanTestHost?: ExcelHost;
  }
}

const localToday = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

const mountInExcel = (root: HTMLElement, host: ExcelHost): void => {
  mountTaskpane(root, { port: createExcelPort(host), supports: host.supports, plan: DEFAULT_PLAN, today: localToday });
};

/** Offers bytes as a file download through a Blob link: the data never leaves the browser. */
const download = (name: string, bytes: Uint8Array, type: string): void => {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

const sha256 = async (bytes: Uint8Array): Promise<string> =>
  [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as BufferSource))]
    .map((b) => b.toString(16).padStart(2, "0"))
    .join("");

// The browser page needs exceljs (about 1 MB); loading it on demand keeps the add-in in Excel light.
const mountOutsideOffice = (root: HTMLElement): void => {
  void import(/* webpackChunkName: "standalone" */ "./standalone/standalone-app").then(({ mountStandalone }) => {
    root.replaceChildren();
    mountStandalone(root, { plan: DEFAULT_PLAN, today: localToday, download, sha256 });
  });
};

const start = (): void => {
  const root = document.getElementById("app");
  if (!root) return;
  root.replaceChildren();
  if (window.aktionsplanTestHost) {
    mountInExcel(root, window.aktionsplanTestHost);
    return;
  }
  // Office.js may be missing (offline, blocked): the page must still work outside Office.
  const office = (window as { Office?: typeof Office }).Office;
  if (!office?.onReady) {
    mountOutsideOffice(root);
    return;
  }
  void office.onReady((info) =>
    info.host === office.HostType.Excel ? mountInExcel(root, hostFromOffice()) : mountOutsideOffice(root),
  );
};

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
