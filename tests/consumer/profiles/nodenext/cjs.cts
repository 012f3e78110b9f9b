// moduleResolution nodenext, from a CommonJS module: TypeScript ≥ 5.8 allows require() of these ES
// modules, as Node ≥ 20.19 does.
import core = require('@faultline/core');
import react = require('@faultline/react');
import query = require('@faultline/react/query');

const error: core.ApiError = core.decodeError({ status: 404 });
export = { error, entries: [react.toast, query.createQueryClient] };
