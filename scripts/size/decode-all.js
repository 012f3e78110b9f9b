// Size scenario "decode with every built-in dialect": the one-line path of @faultline/core.
export { decodeError, fromResponse } from '@faultline/core';
