import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FormEvent, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { errors, XSS_PAYLOADS } from '../test-utils/errors.js';
import { validationError } from '../test-utils/fieldErrors.js';
import { expectHydration } from '../test-utils/hydration.js';
import { ErrorSummary } from './ErrorSummary.js';
import { FieldError } from './FieldError.js';
import { FieldErrorsProvider } from './FieldErrorsProvider.js';
import { useFieldErrors } from './useFieldErrors.js';

const signupError = () =>
  validationError([
    { path: 'email', message: 'Enter a valid email address.' },
    { path: 'plan', message: 'Choose a plan.' },
    { path: '', message: 'Your trial has ended.' },
    { path: 'coupon', message: 'This coupon has expired.' },
  ]);

/** A sign-up form that fails with `failure` on submit, as an app would write it. */
function SignupForm({ failure, autoFocus }: { failure: () => unknown; autoFocus?: boolean }) {
  const [error, setError] = useState<unknown>(null);
  const fields = useFieldErrors(error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(failure());
  };
  return (
    <FieldErrorsProvider value={fields}>
      <form onSubmit={onSubmit} aria-label="Sign up">
        <ErrorSummary autoFocus={autoFocus} />
        <label htmlFor={fields.fieldId('email')}>Email</label>
        <input {...fields.getFieldProps('email')} />
        <FieldError name="email" />
        <fieldset>
          <legend>Plan</legend>
          <input type="radio" name="plan" value="free" {...fields.getFieldProps('plan')} />
          <label htmlFor={fields.fieldId('plan')}>Free</label>
          <FieldError name="plan" />
        </fieldset>
        <button type="submit">Create account</button>
      </form>
    </FieldErrorsProvider>
  );
}

/** A summary for a form that names a coupon field it does not render. */
function CouponSummary() {
  const fields = useFieldErrors(signupError(), { fields: ['coupon'] });
  return <ErrorSummary state={fields} autoFocus={false} />;
}

afterEach(() => {
  // jsdom has no layout: scrollIntoView is installed per test where it is observed.
  delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
});

async function submitFailing(failure: () => unknown = signupError) {
  const user = userEvent.setup();
  const view = render(<SignupForm failure={failure} />);
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  return { user, ...view };
}

describe('ErrorSummary', () => {
  it('renders nothing while there is no error', () => {
    const { container } = render(<ErrorSummary error={null} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows the heading and every message after a failed submit', async () => {
    await submitFailing();
    const heading = screen.getByRole('heading', { level: 2, name: 'There is a problem' });
    const list = within(heading.parentElement as HTMLElement).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Your trial has ended.',
      'Enter a valid email address.',
      'Choose a plan.',
      'This coupon has expired.',
    ]);
  });

  it('links the messages of fields the form has, and shows the others as text', async () => {
    await submitFailing();
    const links = screen.getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Enter a valid email address.', 'Choose a plan.']);
    expect(links[0]).toHaveAttribute('href', `#${screen.getByLabelText('Email').id}`);
    expect(screen.getByText('Your trial has ended.').tagName).toBe('LI');
    expect(screen.getByText('This coupon has expired.').tagName).toBe('LI');
  });

  it('takes focus after a failed submit', async () => {
    await submitFailing();
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement;
    expect(summary).toHaveFocus();
    expect(summary).toHaveAttribute('tabindex', '-1');
  });

  it('becomes unfocusable again once focus leaves it', async () => {
    const { user } = await submitFailing();
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement;
    await user.tab();
    expect(summary).not.toHaveFocus();
    expect(summary).not.toHaveAttribute('tabindex');
  });

  it('takes focus again when another submit fails', async () => {
    const { user } = await submitFailing();
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement;
    await user.click(screen.getByLabelText('Email'));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(summary).toHaveFocus();
  });

  it('does not take focus back when the same error renders again', () => {
    const error = signupError();
    const { rerender } = render(<ErrorSummary error={error} />);
    const other = document.createElement('button');
    document.body.append(other);
    other.focus();
    rerender(<ErrorSummary error={error} title="Fix these" />);
    expect(other).toHaveFocus();
    other.remove();
  });

  it('leaves focus where it is when autoFocus is false', async () => {
    const user = userEvent.setup();
    render(<SignupForm failure={signupError} autoFocus={false} />);
    const submit = screen.getByRole('button', { name: 'Create account' });
    await user.click(submit);
    expect(submit).toHaveFocus();
  });

  it('moves focus to the field when its link is clicked', async () => {
    const { user } = await submitFailing();
    await user.click(screen.getByRole('link', { name: 'Enter a valid email address.' }));
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(window.location.hash).toBe('');
  });

  it('moves focus to the field when its link is activated with Enter', async () => {
    const { user } = await submitFailing();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Enter a valid email address.' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('scrolls the label into view rather than the input', async () => {
    const scrolled: Element[] = [];
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this);
    };
    const { user } = await submitFailing();
    await user.click(screen.getByRole('link', { name: 'Enter a valid email address.' }));
    expect(scrolled).toEqual([screen.getByText('Email')]);
  });

  it('scrolls the legend of a radio group into view', async () => {
    const scrolled: Element[] = [];
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement) {
      scrolled.push(this);
    };
    const { user } = await submitFailing();
    await user.click(screen.getByRole('link', { name: 'Choose a plan.' }));
    expect(scrolled).toEqual([screen.getByText('Plan')]);
    expect(screen.getByRole('radio', { name: 'Free' })).toHaveFocus();
  });

  it('lets the browser follow the link when the field is not on the page', async () => {
    const user = userEvent.setup();
    render(<CouponSummary />);
    let prevented: boolean | undefined;
    const onClick = (event: Event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener('click', onClick);
    await user.click(screen.getByRole('link', { name: 'This coupon has expired.' }));
    document.removeEventListener('click', onClick);
    expect(prevented).toBe(false);
  });

  it('shows the message of an error that has no field messages', () => {
    render(<ErrorSummary error={errors.forbidden()} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('The viewer role cannot invite team members.');
  });

  it('renders nothing for such an error when includeMessage is false', () => {
    const { container } = render(<ErrorSummary error={errors.forbidden()} includeMessage={false} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('lists every message as text when given only an error', () => {
    render(<ErrorSummary error={signupError()} />);
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.getAllByRole('listitem')).toHaveLength(4);
  });

  it('takes its heading text and level from props', () => {
    render(<ErrorSummary error={signupError()} title="Fix these first" headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Fix these first' })).toBeInTheDocument();
  });

  it('keeps what the user typed after a failed submit', async () => {
    const user = userEvent.setup();
    render(<SignupForm failure={signupError} />);
    await user.type(screen.getByLabelText('Email'), 'ada@example');
    await user.click(screen.getByRole('radio', { name: 'Free' }));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example');
    expect(screen.getByRole('radio', { name: 'Free' })).toBeChecked();
  });

  it('shows markup from the server as text', async () => {
    const failure = () =>
      validationError([
        ...XSS_PAYLOADS.map((message) => ({ path: 'email', message })),
        ...XSS_PAYLOADS.map((message) => ({ path: message, message })),
      ]);
    const { container } = await submitFailing(failure);
    expect(container.querySelector('img, script, svg')).toBeNull();
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('href')).toMatch(/^#[\w.-]+$/);
    }
    expect(screen.getAllByText(XSS_PAYLOADS[1]).length).toBeGreaterThan(0);
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('has no axe violations', async () => {
    const { container } = await submitFailing();
    await expectNoAxeViolations(container);
  });

  it('renders on the server', () => {
    const html = renderToString(<ErrorSummary error={signupError()} />);
    expect(html).toContain('<h2 class="fl-error-summary-title">There is a problem</h2>');
    expect(html).toContain('<li>Enter a valid email address.</li>');
  });

  it('still moves focus in a browser without scrollIntoView', async () => {
    expect(HTMLElement.prototype.scrollIntoView).toBeUndefined();
    const { user } = await submitFailing();
    await user.click(screen.getByRole('link', { name: 'Enter a valid email address.' }));
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });
});

/** A form the server rendered after a failed submit: summary, field and message. */
function ServerFailedForm() {
  const fields = useFieldErrors(signupError());
  return (
    <FieldErrorsProvider value={fields}>
      <form aria-label="Sign up">
        <ErrorSummary autoFocus={false} />
        <label htmlFor={fields.fieldId('email')}>Email</label>
        <input {...fields.getFieldProps('email')} />
        <FieldError name="email" />
      </form>
    </FieldErrorsProvider>
  );
}

describe('ErrorSummary rendered on the server', () => {
  it('hydrates a summary given an error', async () => {
    const { container } = await expectHydration(<ErrorSummary error={signupError()} autoFocus={false} />);
    expect(container).toHaveTextContent('Choose a plan.');
  });

  it('hydrates a form whose summary, fields and messages share ids', async () => {
    const { container } = await expectHydration(<ServerFailedForm />);
    const link = container.querySelector('a[href^="#"]');
    expect(link).not.toBeNull();
    expect(container.querySelector(link?.getAttribute('href') ?? '')).toBe(container.querySelector('input'));
  });
});
