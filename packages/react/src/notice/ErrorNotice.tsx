'use client';
import type { ReactNode } from 'react';
import { RetryCountdown } from '../countdown/index.js';
import { ErrorSummary } from '../fields/index.js';
import { useEffect, useRef } from '../internal/deps.js';
import { classNames, focusLost, type HeadingLevel, titleElement } from '../internal/dom.js';
import { isHttpUrl } from '../internal/isHttpUrl.js';
import { errorText, PresentedError, useApiError, useFaultline, useReport } from '../provider/index.js';
import { SupportPanel } from '../support/index.js';
import { wasToasted } from '../toast/index.js';
import { type NextStepHandlers, type NextStepKind, nextSteps } from './nextStep.js';

/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps extends NextStepHandlers {
  /** The error to present: an `ApiError` or anything thrown (decoded with the provider's decoder); nothing renders for `null` or `undefined`. */
  error: unknown;
  /** Makes the title a heading of this level (the support details get the next level); without it the title is a paragraph. */
  headingLevel?: HeadingLevel | undefined;
  /**
   * How the notice is announced. Left out, it is said through the provider's live regions when it
   * appears (or its error changes) after the person has used the page, so a failure that answers a
   * click is heard and one shown on page load is read with the page; never when a toast already
   * said the same error. Waits and validation are said politely, other failures assertively.
   * `true` makes the notice itself an alert (`role="alert"`); `false` never announces it.
   */
  live?: boolean | undefined;
  /** Moves focus to the title when the notice appears, if focus was lost with the content it replaced. */
  focusTitle?: boolean | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/**
 * The inline presentation of a failed request: what happened (a title per kind and the server's
 * message, as text), then what to do about it — check the input, sign in again, ask for access, top
 * up, follow the successor link, wait for the countdown, retry, or contact support with the request id.
 */
export function ErrorNotice({
  error,
  headingLevel,
  live,
  focusTitle = false,
  className,
  ...handlers
}: ErrorNoticeProps): ReactNode {
  const config = useFaultline();
  const { messages } = config;
  const apiError = useApiError(error);
  // The title is a heading or a paragraph, so the ref fits both.
  const titleRef = useRef<HTMLHeadingElement & HTMLParagraphElement>(null);

  useEffect(() => {
    if (focusTitle && focusLost()) titleRef.current?.focus();
  }, [focusTitle]);

  const { announcer } = config;
  // The error last announced: a re-render (or React's strict double effect) does not say it again.
  const announced = useRef<unknown>(undefined);
  useEffect(() => {
    if (live !== undefined || !apiError || !announcer || announced.current === apiError) return;
    announced.current = apiError;
    if (!announcer.interacted() || wasToasted(apiError)) return;
    const title = messages.title[apiError.kind];
    announcer.announce(
      `${messages.errorLabel} ${/[.!?]$/.test(title) ? title : `${title}.`} ${errorText(apiError, messages)}`,
      apiError.kind === 'rate_limited' || apiError.kind === 'validation' ? 'polite' : 'assertive',
    );
  }, [apiError, announcer, live, messages]);

  useReport(apiError, 'notice');

  if (!apiError) return null;
  const { kind } = apiError;
  const steps = nextSteps(apiError, config, handlers);
  const has = (stepKind: NextStepKind) => steps.find((step) => step.kind === stepKind);
  const wait = has('wait');
  const actions = steps.filter((step) => step.href !== undefined || (step.onAction && step.kind !== 'wait'));
  const Title = titleElement(headingLevel);
  const sub = headingLevel && (Math.min(headingLevel + 1, 6) as HeadingLevel);

  return (
    // The support panel and the summary inside present the same error: it is reported as the notice.
    <PresentedError.Provider value={apiError}>
      <div className={classNames('fl-notice', className)} data-kind={kind}>
        <div role={live ? 'alert' : undefined}>
          <Title ref={titleRef} className="fl-notice-title" tabIndex={focusTitle ? -1 : undefined}>
            {messages.title[kind]}
          </Title>
          <p className="fl-notice-message">{errorText(apiError, messages)}</p>
        </div>
        {has('check-input') && (
          // The message is shown above, so the summary lists the field messages only, under the step
          // to take. It takes focus only when the notice may: a notice is not a form's submit.
          <ErrorSummary
            error={apiError}
            title={messages.checkInput}
            headingLevel={sub ?? 2}
            includeMessage={false}
            autoFocus={focusTitle}
          />
        )}
        {wait && <RetryCountdown error={apiError} onRetry={wait.onAction} />}
        {actions.length > 0 && (
          <div className="fl-notice-actions">
            {actions.map((step) =>
              step.href !== undefined ? (
                <a
                  key={step.kind}
                  className="fl-button"
                  href={step.href}
                  data-step={step.kind}
                  // The successor link comes from the server: do not hand it the page address.
                  rel={step.kind === 'successor' ? 'noreferrer' : undefined}
                >
                  {step.label}
                </a>
              ) : (
                <button
                  key={step.kind}
                  type="button"
                  className="fl-button"
                  data-step={step.kind}
                  onClick={() => step.onAction?.()}
                >
                  {step.label}
                </button>
              ),
            )}
          </div>
        )}
        {isHttpUrl(apiError.docsUrl) && (
          <p className="fl-notice-docs">
            <a className="fl-link" href={apiError.docsUrl} rel="noreferrer">
              {messages.learnMore}
            </a>
          </p>
        )}
        {has('contact-support') && <SupportPanel error={apiError} headingLevel={sub} />}
      </div>
    </PresentedError.Provider>
  );
}
