import { TextDecoder, TextEncoder } from "node:util";

// jsdom's environment lacks the text codecs that browsers have and exceljs needs: give it Node's.
Object.assign(globalThis, { TextDecoder, TextEncoder });
