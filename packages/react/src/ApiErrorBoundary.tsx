'use client';
import { type ApiError, type Decoder, toApiError } from '@faultline/core';
import type { ComponentType, ErrorInfo, ReactNode } from 'react';
import { ApiErrorBoundaryContext, type ApiErrorBoundaryContextValue } from './ApiErrorBoundaryContext.js';
import { ErrorFallback } from './ErrorFallback.js';
import { useFaultline } from './FaultlineProvider.js';
import { Component } from './react.js';

/** What a boundary's fallback receives. */
export interface ApiErrorFallbackProps {
  /** The caught error, decoded into an `ApiError`. */
  error: ApiError;
  /** Clears the error and renders the children again; its arguments reach `onReset`. */
  resetErrorBoundary: (...args: unknown[]) => void;
}

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
  decoder: Decoder;
  now: () => number;
}

interface BoundaryState {
  didCatch: boolean;
  thrown: unknown;
}

const INITIAL: BoundaryState = { didCatch: false, thrown: null };
const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]):not([type=hidden]),select:not([disabled]),textarea:not([disabled]),[tabindex]:not([tabindex="-1"])';

function keysChanged(prev: readonly unknown[] = [], next: readonly unknown[] = []): boolean {
  return prev.length !== next.length || prev.some((key, index) => !Object.is(key, next[index]));
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = INITIAL;
  private converted: { thrown: unknown; error: ApiError } | undefined;
  private fallbackElement: Element | null = null;
  // Where the fallback sat in the DOM when it held focus at a reset: the children render there next.
  private anchor: { parent: Node; before: Node | null; after: Node | null } | undefined;
  private readonly api: ApiErrorBoundaryContextValue = {
    resetErrorBoundary: (...args) => {
      if (!this.state.didCatch) return;
      this.props.onReset?.({ reason: 'imperative-api', args });
      this.reset();
    },
    registerFallback: (element) => {
      this.fallbackElement = element;
    },
  };

  static getDerivedStateFromError(thrown: unknown): Partial<BoundaryState> {
    return { didCatch: true, thrown };
  }

  override componentDidCatch(thrown: unknown, info: ErrorInfo): void {
    this.anchor = undefined;
    this.props.onError?.(this.apiError(thrown), info);
  }

  override componentDidUpdate(prevProps: BoundaryProps, prevState: BoundaryState): void {
    // prevState.didCatch: keys that changed in the very update that threw must not undo the catch.
    if (this.state.didCatch && prevState.didCatch && keysChanged(prevProps.resetKeys, this.props.resetKeys)) {
      this.props.onReset?.({ reason: 'keys', prev: prevProps.resetKeys, next: this.props.resetKeys });
      this.reset();
    }
    if (prevState.didCatch && !this.state.didCatch) this.restoreFocus();
  }

  private apiError(thrown: unknown): ApiError {
    if (!this.converted || !Object.is(this.converted.thrown, thrown)) {
      this.converted = {
        thrown,
        error: toApiError(thrown, { decoder: this.props.decoder, now: this.props.now() }),
      };
    }
    return this.converted.error;
  }

  private reset(): void {
    const element = this.fallbackElement;
    this.anchor =
      element?.parentNode && element.contains(document.activeElement)
        ? { parent: element.parentNode, before: element.previousSibling, after: element.nextSibling }
        : undefined;
    this.setState(INITIAL);
  }

  // The control that reset the boundary is gone with the fallback; without this, keyboard focus
  // would fall back to the start of the page. Only done when focus really was lost.
  private restoreFocus(): void {
    const anchor = this.anchor;
    this.anchor = undefined;
    const active = document.activeElement;
    if (!anchor?.parent.isConnected || (active && active !== document.body)) return;
    let node = anchor.before ? anchor.before.nextSibling : anchor.parent.firstChild;
    for (; node && node !== anchor.after; node = node.nextSibling) {
      if (!(node instanceof HTMLElement)) continue;
      const target = node.matches(FOCUSABLE) ? node : node.querySelector<HTMLElement>(FOCUSABLE);
      if (target) {
        target.focus();
        return;
      }
    }
  }

  override render(): ReactNode {
    const { children, fallback, FallbackComponent, fallbackRender } = this.props;
    let content = children;
    if (this.state.didCatch) {
      const props: ApiErrorFallbackProps = {
        error: this.apiError(this.state.thrown),
        resetErrorBoundary: this.api.resetErrorBoundary,
      };
      if (fallbackRender) content = fallbackRender(props);
      else if (FallbackComponent) content = <FallbackComponent {...props} />;
      else if (fallback !== undefined) content = fallback;
      else content = <ErrorFallback {...props} />;
    }
    return <ApiErrorBoundaryContext.Provider value={this.api}>{content}</ApiErrorBoundaryContext.Provider>;
  }
}

/**
 * Catches what its children throw while rendering, decodes it into an `ApiError` with the
 * provider's decoder, and shows a fallback (by default {@link ErrorFallback}: the kind-aware notice
 * with "Try again"). Resets through `resetErrorBoundary`, `useApiErrorBoundary().resetBoundary()`
 * or a change in `resetKeys`, calling `onReset` first.
 */
export function ApiErrorBoundary(props: ApiErrorBoundaryProps): ReactNode {
  const { decoder, now } = useFaultline();
  return <Boundary {...props} decoder={decoder} now={now} />;
}
