// moduleResolution node10 (older TypeScript setups): every entry point's types resolve through the
// `types` and `typesVersions` fallbacks.
import '@faultline/react/styles.css';
import { type ApiError, decodeError } from '@faultline/core';
import { toast } from '@faultline/react';
import { applyFieldErrors } from '@faultline/react/hook-form';
import { createQueryClient } from '@faultline/react/query';

export const error: ApiError = decodeError({ status: 404 });
export const entries = [toast, applyFieldErrors, createQueryClient] as const;
