import { ErrorNotice, PendingButton, toast } from '@faultline/react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { getJson, postJson } from '../api.js';
import type { Billing as BillingData } from '../model.js';
import { QueryView } from '../QueryView.js';
import { DemoHint, ScreenHeader } from '../ui.js';

const AMOUNTS = [10_000, 50_000, 100_000];
const tokens = (n: number) => `${n.toLocaleString('en')} tokens`;

/** Balance, usage meters, a billable report (402 when the balance is short) and the top-up form. */
export function Billing({ focusTopUp = false }: { focusTopUp?: boolean }): ReactNode {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ['billing'],
    queryFn: ({ signal }) => getJson<BillingData>('/billing', signal),
  });
  const report = useMutation({
    mutationFn: () => postJson<{ id: string; tokens: number }>('/billing/reports'),
    meta: { errorPresentation: 'inline' },
    onSuccess: (result) => {
      toast.success(`Usage report ${result.id} is being generated.`);
      void queryClient.invalidateQueries({ queryKey: ['billing'] });
    },
  });
  const topUp = useMutation({
    mutationFn: (amount: number) => postJson<BillingData>('/billing/top-up', { amount }),
    meta: { errorPresentation: 'inline' },
    onSuccess: (billing) => {
      queryClient.setQueryData(['billing'], billing);
      report.reset();
      toast.success(`Added tokens. Your balance is ${tokens(billing.balance)}.`);
    },
  });
  const [amount, setAmount] = useState(AMOUNTS[0] ?? 10_000);
  const topUpRef = useRef<HTMLInputElement>(null);
  const amountName = useId();

  useEffect(() => {
    if (focusTopUp && query.data) topUpRef.current?.focus();
  }, [focusTopUp, query.data]);

  const onTopUp = (event: FormEvent) => {
    event.preventDefault();
    topUp.mutate(amount);
  };

  return (
    <>
      <ScreenHeader title="Billing & usage">
        Your plan, token balance and what you used this period.
      </ScreenHeader>
      <QueryView query={query} label="billing">
        {(billing) => (
          <div className="grid-2">
            <section className="card" aria-labelledby="balance-title">
              <h2 id="balance-title">Balance</h2>
              <p className="card-lead">
                Plan: <strong>{billing.plan}</strong>
              </p>
              <p className="balance">{tokens(billing.balance)}</p>
              <div className="stack" style={{ marginTop: '1rem' }}>
                {billing.usage.map((meter) => {
                  const share = Math.min(100, Math.round((meter.used / meter.limit) * 100));
                  return (
                    <div key={meter.label} className="meter">
                      <div className="meter-head">
                        <span>{meter.label}</span>
                        <span className="muted">
                          {meter.used.toLocaleString('en')} / {meter.limit.toLocaleString('en')}
                        </span>
                      </div>
                      <div className="meter-bar" aria-hidden="true">
                        <span style={{ width: `${share}%` }} data-full={share >= 100} />
                      </div>
                    </div>
                  );
                })}
              </div>
            </section>

            <div className="stack">
              <section className="card" aria-labelledby="report-title">
                <h2 id="report-title">Usage report</h2>
                <p className="card-lead">
                  A PDF of every billable call this period. Costs {tokens(billing.reportCost)}.
                </p>
                <div className="stack">
                  <div className="form-actions">
                    <PendingButton
                      type="button"
                      className="button button-primary"
                      onClick={() => report.mutate()}
                      pending={report.isPending}
                    >
                      {report.isPending ? 'Generating…' : 'Generate report'}
                    </PendingButton>
                  </div>
                  {report.error ? <ErrorNotice error={report.error} /> : null}
                  <DemoHint>
                    With the starting balance, the report answers 402: faultline offers the top-up.
                  </DemoHint>
                </div>
              </section>

              <section className="card" aria-labelledby="top-up-title">
                <h2 id="top-up-title">Top up</h2>
                <form className="form" onSubmit={onTopUp}>
                  <fieldset className="tools">
                    <legend>Amount</legend>
                    {AMOUNTS.map((value, i) => (
                      <label key={value} className="choice">
                        <input
                          ref={i === 0 ? topUpRef : undefined}
                          data-autofocus={focusTopUp && i === 0 ? true : undefined}
                          type="radio"
                          name={amountName}
                          value={value}
                          checked={amount === value}
                          onChange={() => setAmount(value)}
                        />
                        <span>{tokens(value)}</span>
                      </label>
                    ))}
                  </fieldset>
                  {topUp.error ? (
                    <ErrorNotice error={topUp.error} onRetry={() => topUp.mutate(amount)} />
                  ) : null}
                  <div className="form-actions">
                    <PendingButton type="submit" className="button button-primary" pending={topUp.isPending}>
                      {topUp.isPending ? 'Adding…' : `Add ${tokens(amount)}`}
                    </PendingButton>
                  </div>
                </form>
              </section>
            </div>
          </div>
        )}
      </QueryView>
    </>
  );
}
