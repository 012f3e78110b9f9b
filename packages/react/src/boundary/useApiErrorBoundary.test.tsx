import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { errors } from '../test-utils/errors.js';
import { ApiErrorBoundary } from './ApiErrorBoundary.js';
import { useApiErrorBoundary } from './useApiErrorBoundary.js';

function SaveButton() {
  const { showBoundary } = useApiErrorBoundary();
  return (
    <button
      type="button"
      onClick={() => {
        // An event handler: React would not see this failure without showBoundary.
        Promise.reject(errors.forbidden()).catch(showBoundary);
      }}
    >
      Save
    </button>
  );
}

function ResetLink() {
  const { resetBoundary } = useApiErrorBoundary();
  return (
    <button type="button" onClick={resetBoundary}>
      Back to the list
    </button>
  );
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('useApiErrorBoundary', () => {
  it('shows the nearest boundary’s fallback for an error from an event handler', async () => {
    const user = userEvent.setup();
    render(
      <ApiErrorBoundary>
        <SaveButton />
      </ApiErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { name: 'You do not have access' })).toBeInTheDocument();
  });

  it('resets the nearest boundary from inside its fallback', async () => {
    const user = userEvent.setup();
    const onReset = vi.fn();
    render(
      <ApiErrorBoundary fallback={<ResetLink />} onReset={onReset}>
        <SaveButton />
      </ApiErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Back to the list' }));
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative-api', args: [] });
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('does nothing when reset outside a boundary', async () => {
    const user = userEvent.setup();
    render(<ResetLink />);
    await user.click(screen.getByRole('button', { name: 'Back to the list' }));
    expect(screen.getByRole('button', { name: 'Back to the list' })).toBeInTheDocument();
  });
});
