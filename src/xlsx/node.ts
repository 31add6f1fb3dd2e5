// Node-only surface of the adapter: file access lives here so the browser bundle never pulls node:fs.
export { listInputs, readInputBytes, readTextFile, sha256, writeFileAtomic, writeTextAtomic, samePath } from "./node-files";
export type { FoundInput, InputListing } from "./node-files";
