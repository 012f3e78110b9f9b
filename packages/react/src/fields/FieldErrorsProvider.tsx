'use client';
import type { ReactNode } from 'react';
import { createContext, useContext } from '../internal/deps.js';
import type { UseFieldErrorsResult } from './useFieldErrors.js';

const FieldErrorsContext = createContext<UseFieldErrorsResult | undefined>(undefined);

/** Props of {@link FieldErrorsProvider}. */
export interface FieldErrorsProviderProps {
  /** What `useFieldErrors` returned for this form. */
  value: UseFieldErrorsResult;
  /** The form. */
  children?: ReactNode;
}

/** Hands a form's field errors to every `FieldError` and `ErrorSummary` inside it. */
export function FieldErrorsProvider({ value, children }: FieldErrorsProviderProps): ReactNode {
  return <FieldErrorsContext.Provider value={value}>{children}</FieldErrorsContext.Provider>;
}

/** The field errors of the nearest `FieldErrorsProvider`, or `undefined` outside one. */
export function useFieldErrorsContext(): UseFieldErrorsResult | undefined {
  return useContext(FieldErrorsContext);
}
