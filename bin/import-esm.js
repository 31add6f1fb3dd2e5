"use strict";
// The command line's one native import(): the ES-only packages the report loads (vega). It lives
// here, in a file Node compiles itself, because the bundles run from a V8 code cache (see
// load-bundle.js), and code compiled from a cache has no dynamic import() of its own in Node 20.
module.exports = (specifier) => import(specifier);
