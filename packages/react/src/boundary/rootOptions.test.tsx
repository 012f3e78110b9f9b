import { act } from '@testing-library/react';
import { Component, type ReactNode, version } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FaultlineProvider } from '../provider/index.js';
import { errors } from '../test-utils/errors.js';
import { ApiErrorBoundary } from './ApiErrorBoundary.js';
import { faultlineRootOptions } from './rootOptions.js';

function Throws({ error }: { error: unknown }): ReactNode {
  throw error;
}

class OwnBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p>Broken</p> : this.props.children;
  }
}

// React 18 has no onCaughtError: it ignores the option and logs every caught error itself, so on 18
// these tests check that nothing changes.
const REACT_19 = Number(version.split('.')[0]) >= 19;

let container: HTMLElement;
let unmount: () => void = () => {};

function renderRoot(ui: ReactNode, options = faultlineRootOptions()) {
  container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container, options);
  act(() => root.render(<FaultlineProvider>{ui}</FaultlineProvider>));
  unmount = () => act(() => root.unmount());
}

afterEach(() => {
  unmount();
  container.remove();
});

describe('faultlineRootOptions', () => {
  it('keeps an API failure a faultline boundary shows out of the console', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderRoot(
      <ApiErrorBoundary>
        <Throws error={errors.notFound()} />
      </ApiErrorBoundary>,
    );
    expect(container).toHaveTextContent('Camera not found.');
    if (REACT_19) expect(log).not.toHaveBeenCalled();
    else expect(log).toHaveBeenCalled();
  });

  it('keeps a chunk that could not be loaded out of the console too', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderRoot(
      <ApiErrorBoundary>
        <Throws error={new TypeError('Importing a module script failed.')} />
      </ApiErrorBoundary>,
    );
    if (REACT_19) expect(log).not.toHaveBeenCalled();
    else expect(log).toHaveBeenCalled();
  });

  it('still reports a bug a faultline boundary caught, as React does', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bug = new RangeError('Invalid time value');
    renderRoot(
      <ApiErrorBoundary>
        <Throws error={bug} />
      </ApiErrorBoundary>,
    );
    if (REACT_19) expect(log).toHaveBeenCalledWith(bug);
    else expect(log).toHaveBeenCalled();
  });

  it('still reports an API failure caught by a boundary of the app’s own', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = errors.notFound();
    renderRoot(
      <OwnBoundary>
        <Throws error={error} />
      </OwnBoundary>,
    );
    expect(container).toHaveTextContent('Broken');
    if (REACT_19) expect(log).toHaveBeenCalledWith(error);
    else expect(log).toHaveBeenCalled();
  });

  it('hands the rest to the app’s reporter and the shown failures to its monitor', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onCaughtError = vi.fn();
    const onPresentedError = vi.fn();
    const error = errors.server();
    renderRoot(
      <>
        <ApiErrorBoundary>
          <Throws error={error} />
        </ApiErrorBoundary>
        <OwnBoundary>
          <Throws error={error} />
        </OwnBoundary>
      </>,
      faultlineRootOptions({ onCaughtError, onPresentedError }),
    );
    expect(onPresentedError).toHaveBeenCalledTimes(REACT_19 ? 1 : 0);
    if (REACT_19) {
      expect(onPresentedError).toHaveBeenCalledWith(
        error,
        expect.objectContaining({ componentStack: expect.any(String) }),
      );
    }
    expect(onCaughtError).toHaveBeenCalledTimes(REACT_19 ? 1 : 0);
  });
});
