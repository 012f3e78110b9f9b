// The inline notice: <ErrorNotice>, which composes the countdown, support and fields parts, and the
// next step per kind.
export type { ErrorNoticeProps } from './ErrorNotice.js';
export { ErrorNotice } from './ErrorNotice.js';
export type { NextStep, NextStepHandlers, NextStepKind } from './nextStep.js';
export { nextSteps } from './nextStep.js';
