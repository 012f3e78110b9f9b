'use client';
import type { ApiError, Decoder } from '@faultline/core';
import type { ComponentType, ErrorInfo, ReactNode } from 'react';
import { Component, toApiError } from '../internal/deps.js';
import { focusLost } from '../internal/dom.js';
import { seen } from '../internal/seen.js';
import { type OnReport, PresentedError, report, useFaultline } from '../provider/index.js';
import {
  ApiErrorBoundaryContext,
  type ApiErrorBoundaryContextValue,
  type ApiErrorFallbackProps,
} from './ApiErrorBoundaryContext.js';
import { ErrorFallback } from './ErrorFallback.js';

export type { ApiErrorFallbackProps };

/** Why a boundary reset: its `resetErrorBoundary` was called, or one of its `resetKeys` changed. */
export type ApiErrorBoundaryResetDetails =
  | { reason: 'imperative-api'; args: unknown[] }
  | { reason: 'keys'; prev: readonly unknown[] | undefined; next: readonly unknown[] | undefined };

/** Props of {@link ApiErrorBoundary}. */
export interface ApiErrorBoundaryProps {
  /** The content that may throw. */
  children?: ReactNode;
  /** A fixed element to show instead of the children after an error. */
  fallback?: ReactNode;
  /** A component to show after an error; wins over `fallback`. */
  FallbackComponent?: ComponentType<ApiErrorFallbackProps> | undefined;
  /** A function that renders what to show after an error; wins over `FallbackComponent` and `fallback`. */
  fallbackRender?: ((props: ApiErrorFallbackProps) => ReactNode) | undefined;
  /** Runs before the boundary resets, to clear what made the children fail (TanStack Query's `reset`). */
  onReset?: ((details: ApiErrorBoundaryResetDetails) => void) | undefined;
  /** Resets the boundary when any value changes (compared with `Object.is`), such as the route or an id. */
  resetKeys?: readonly unknown[] | undefined;
  /** Runs once per caught error, for logging. */
  onError?: ((error: ApiError, info: ErrorInfo) => void) | undefined;
}

interface BoundaryProps extends ApiErrorBoundaryProps {
  decoder: Decoder | undefined;
  now: () => number;
  onReport: OnReport | undefined;
}

interface BoundaryState {
  didCatch: boolean;
  thrown: unknown;
  /** How many times the boundary has reset. */
  resets: number;
}

const INITIAL: BoundaryState = { didCatch: false, thrown: null, resets: 0 };
const keysChanged = (prev: readonly unknown[] = [], next: readonly unknown[] = []) =>
  prev.length !== next.length || prev.some((key, index) => !Object.is(key, next[index]));

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = INITIAL;
  // The last thrown value and what it decoded to, so a re-render does not decode it again.
  #decoded: [unknown, ApiError] | undefined;
  // The fallback's root element, when the fallback registers it (ErrorFallback does).
  #fallback: Element | null = null;
  // Where the fallback sat in the DOM when it held focus at a reset: the children render there next.
  #anchor: [parent: Node, before: Node | null, after: Node | null] | undefined;
  // The value children see; a new one after every reset, so they can tell a retry from a re-render.
  #value: ApiErrorBoundaryContextValue | undefined;
  // The error last shown, so a retry that fails the same way is not reported again.
  #shown: ApiError | undefined;
  readonly #api: ApiErrorBoundaryContextValue = {
    resets: 0,
    resetErrorBoundary: (...args) => {
      if (!this.state.didCatch) return;
      this.props.onReset?.({ reason: 'imperative-api', args });
      this.#reset();
    },
    registerFallback: (element) => {
      this.#fallback = element;
    },
  };

  static getDerivedStateFromError(thrown: unknown): Partial<BoundaryState> {
    return { didCatch: true, thrown };
  }

  override componentDidCatch(thrown: unknown, info: ErrorInfo): void {
    this.#anchor = undefined;
    const error = this.#decode(thrown);
    seen(error, 'boundary');
    report(error, 'boundary', this.props.onReport, this.#shown);
    this.#shown = error;
    this.props.onError?.(error, info);
  }

  override componentDidUpdate(prevProps: BoundaryProps, prevState: BoundaryState): void {
    const { resetKeys, onReset } = this.props;
    // prevState.didCatch: keys that changed in the very update that threw must not undo the catch.
    if (this.state.didCatch && prevState.didCatch && keysChanged(prevProps.resetKeys, resetKeys)) {
      onReset?.({ reason: 'keys', prev: prevProps.resetKeys, next: resetKeys });
      this.#reset();
    }
    if (prevState.didCatch && !this.state.didCatch) this.#refocus();
  }

  #decode(thrown: unknown): ApiError {
    if (!this.#decoded || !Object.is(this.#decoded[0], thrown)) {
      this.#decoded = [thrown, toApiError(thrown, { decoder: this.props.decoder, now: this.props.now() })];
    }
    return this.#decoded[1];
  }

  #reset(): void {
    const element = this.#fallback;
    this.#anchor =
      element?.parentNode && element.contains(document.activeElement)
        ? [element.parentNode, element.previousSibling, element.nextSibling]
        : undefined;
    this.setState((state) => ({ ...INITIAL, resets: state.resets + 1 }));
  }

  // The control that reset the boundary is gone with the fallback; without this, keyboard focus
  // would fall back to the start of the page. Only done when focus really was lost.
  #refocus(): void {
    const [parent, before, after] = this.#anchor ?? [];
    this.#anchor = undefined;
    if (!parent?.isConnected || !focusLost()) return;
    for (
      let node = before ? before.nextSibling : parent.firstChild;
      node && node !== after;
      node = node.nextSibling
    ) {
      const elements = node instanceof HTMLElement ? [node, ...node.querySelectorAll<HTMLElement>('*')] : [];
      // The first element in tab order that takes focus: a disabled control or a hidden one does not.
      for (const element of elements) {
        if (element.tabIndex >= 0) element.focus();
        if (!focusLost()) return;
      }
    }
  }

  override render(): ReactNode {
    const { children, fallback, FallbackComponent, fallbackRender } = this.props;
    let content = children;
    let presented: ApiError | undefined;
    if (this.state.didCatch) {
      presented = this.#decode(this.state.thrown);
      const props: ApiErrorFallbackProps = {
        error: presented,
        resetErrorBoundary: this.#api.resetErrorBoundary,
      };
      content = fallbackRender ? (
        fallbackRender(props)
      ) : FallbackComponent ? (
        <FallbackComponent {...props} />
      ) : fallback === undefined ? (
        <ErrorFallback {...props} />
      ) : (
        fallback
      );
    }
    const { resets } = this.state;
    if (this.#value?.resets !== resets) this.#value = { ...this.#api, resets };
    return (
      <ApiErrorBoundaryContext.Provider value={this.#value}>
        {/* The fallback presents the error the boundary reported: the notice inside does not report it again. */}
        <PresentedError.Provider value={presented}>{content}</PresentedError.Provider>
      </ApiErrorBoundaryContext.Provider>
    );
  }
}

/** Whether a component instance is a faultline error boundary (React 19 names the boundary that caught an error). */
export function isFaultlineBoundary(instance: unknown): boolean {
  return instance instanceof Boundary;
}

/**
 * Catches what its children throw while rendering, decodes it into an `ApiError` with the
 * provider's decoder, and shows a fallback (by default {@link ErrorFallback}: the kind-aware notice
 * with "Try again"). Resets through `resetErrorBoundary`, `useApiErrorBoundary().resetBoundary()`
 * or a change in `resetKeys`, calling `onReset` first.
 */
export function ApiErrorBoundary(props: ApiErrorBoundaryProps): ReactNode {
  const { decoder, now, onReport } = useFaultline();
  return <Boundary {...props} decoder={decoder} now={now} onReport={onReport} />;
}
