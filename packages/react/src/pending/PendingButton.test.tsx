import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { PendingButton } from './PendingButton.js';

/** A form whose submit stays pending until `finish` is pressed, as a slow request would. */
function SlowForm({ onSubmit }: { onSubmit: () => void }): ReactNode {
  const [pending, setPending] = useState(false);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
        setPending(true);
      }}
    >
      <input aria-label="Name" />
      <PendingButton type="submit" pending={pending}>
        {pending ? 'Saving…' : 'Save'}
      </PendingButton>
      <button type="button" onClick={() => setPending(false)}>
        finish
      </button>
    </form>
  );
}

describe('PendingButton', () => {
  it('keeps keyboard focus while its request runs, saying it is unavailable', async () => {
    const user = userEvent.setup();
    render(<SlowForm onSubmit={() => {}} />);
    const button = screen.getByRole('button', { name: 'Save' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAccessibleName('Saving…');
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
  });

  it('ignores presses and Enter in a field while pending, so nothing is sent twice', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SlowForm onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(screen.getByRole('button', { name: 'Saving…' }));
    await user.type(screen.getByLabelText('Name'), 'Ada{Enter}');
    expect(onSubmit).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'finish' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('treats `disabled` the same way: focusable, unavailable, inert', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <PendingButton disabled onClick={onClick}>
        Run synthesis
      </PendingButton>,
    );
    const button = screen.getByRole('button', { name: 'Run synthesis' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('type', 'button');
    await user.tab();
    expect(button).toHaveFocus();
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});
