import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { XSS_PAYLOADS } from '../test-utils/errors.js';
import { validationError } from '../test-utils/fieldErrors.js';
import { expectHydration } from '../test-utils/hydration.js';
import { FieldError } from './FieldError.js';
import { FieldErrorsProvider } from './FieldErrorsProvider.js';
import { type UseFieldErrorsResult, useFieldErrors } from './useFieldErrors.js';

function EmailField({ error }: { error: unknown }) {
  const fields = useFieldErrors(error);
  return (
    <FieldErrorsProvider value={fields}>
      <label htmlFor={fields.fieldId('email')}>Email</label>
      <input {...fields.getFieldProps('email')} />
      <FieldError name="email" />
    </FieldErrorsProvider>
  );
}

const emailError = () => validationError([{ path: 'email', message: 'Enter a valid email address.' }]);

function StateField() {
  const fields = useFieldErrors(emailError());
  return <FieldError name="email" state={fields} />;
}

function ClaimingForm({
  children,
  onState,
}: {
  children?: ReactNode;
  onState: (s: UseFieldErrorsResult) => void;
}) {
  const fields = useFieldErrors(emailError());
  onState(fields);
  return <FieldErrorsProvider value={fields}>{children}</FieldErrorsProvider>;
}

function FailingEmailForm() {
  const [error, setError] = useState<unknown>(null);
  return (
    <>
      <EmailField error={error} />
      <button type="button" onClick={() => setError(emailError())}>
        Fail
      </button>
      <button type="button" onClick={() => setError(null)}>
        Clear
      </button>
    </>
  );
}

describe('FieldError', () => {
  it('shows the message under the field that is described by it', () => {
    render(<EmailField error={emailError()} />);
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Error: Enter a valid email address.');
  });

  it('says it is an error in words for screen readers only', () => {
    render(<EmailField error={emailError()} />);
    expect(screen.getByText('Error:')).toHaveClass('fl-visually-hidden');
  });

  it('renders nothing while the field has no message', () => {
    const { container } = render(<EmailField error={null} />);
    expect(container.querySelector('.fl-field-error')).toBeNull();
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-describedby');
  });

  it('shows every message of its field', () => {
    render(
      <EmailField
        error={validationError([
          { path: 'email', message: 'Too long.' },
          { path: 'email', message: 'Already taken.' },
        ])}
      />,
    );
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Error: Too long. Already taken.');
  });

  it('reads the result passed as state without a provider', () => {
    render(<StateField />);
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
  });

  it('renders nothing outside a provider and without state', () => {
    const { container } = render(<FieldError name="email" />);
    expect(container).toBeEmptyDOMElement();
  });

  it('claims its field while mounted, so the message is no longer unclaimed', () => {
    let seen: UseFieldErrorsResult | undefined;
    const onState = (state: UseFieldErrorsResult) => {
      seen = state;
    };
    const { rerender } = render(
      <ClaimingForm onState={onState}>
        <FieldError name="email" />
      </ClaimingForm>,
    );
    expect(seen?.isClaimed('email')).toBe(true);
    expect(seen?.unclaimed).toEqual([]);
    rerender(<ClaimingForm onState={onState} />);
    expect(seen?.isClaimed('email')).toBe(false);
    expect(seen?.unclaimed).toEqual([{ path: 'email', message: 'Enter a valid email address.' }]);
  });

  it('keeps what the user typed when an error arrives and when it clears', async () => {
    const user = userEvent.setup();
    render(<FailingEmailForm />);
    await user.type(screen.getByLabelText('Email'), 'ada@example');
    await user.click(screen.getByRole('button', { name: 'Fail' }));
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example');
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example');
  });

  it('shows markup from the server as text', () => {
    const error = validationError(XSS_PAYLOADS.map((message) => ({ path: 'email', message })));
    const { container } = render(<EmailField error={error} />);
    expect(container.querySelector('img, script, svg')).toBeNull();
    expect(container.querySelector('.fl-field-error')?.textContent).toContain(XSS_PAYLOADS[0]);
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('has no axe violations', async () => {
    const { container } = render(<EmailField error={emailError()} />);
    await expectNoAxeViolations(container);
  });

  it('renders on the server', () => {
    const html = renderToString(<EmailField error={emailError()} />);
    expect(html).toContain('Enter a valid email address.');
    expect(html).toMatch(/<p id="[^"]+-email-error" class="fl-field-error">/);
  });
});

describe('FieldError and FieldErrorsProvider rendered on the server', () => {
  it('hydrates a field with its message, tied by id', async () => {
    const { container } = await expectHydration(<EmailField error={emailError()} />);
    const input = container.querySelector('input');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(container.querySelector(`#${input?.getAttribute('aria-describedby')}`)).toHaveTextContent(
      'Enter a valid email address.',
    );
  });

  it('hydrates a field without an error', async () => {
    const { container } = await expectHydration(<EmailField error={null} />);
    expect(container.querySelector('input')).not.toHaveAttribute('aria-invalid', 'true');
  });
});
