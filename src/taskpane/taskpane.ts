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

const mountOutsideOffice = (root: HTMLElement): void => {
  const p = document.createElement("p");
  p.id = "mode";
  p.textContent = "Modus: außerhalb von Excel. Diese Seite ist das Add-in „Aktionsplan-Monitor“; bitte in Excel über „Aktionsplan prüfen“ öffnen.";
  root.replaceChildren(p);
};

const start = (): void => {
  const root = document.getElementById("app");
  if (!root) return;
  root.replaceChildren();
  if (window.aktionsplanTestHost) return mountInExcel(root, window.aktionsplanTestHost);
  // Office.js may be missing (offline, blocked): the page must still work outside Office.
  const office = (window as { Office?: typeof Office }).Office;
  if (!office?.onReady) return mountOutsideOffice(root);
  void office.onReady((info) => (info.host === office.HostType.Excel ? mountInExcel(root, hostFromOffice()) : mountOutsideOffice(root)));
};

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
