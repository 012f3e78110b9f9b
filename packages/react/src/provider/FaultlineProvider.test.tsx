import { createDecoder } from '@faultline/core';
import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorNotice } from '../notice/index.js';
import { errors } from '../test-utils/errors.js';
import { expectHydration } from '../test-utils/hydration.js';
import { FaultlineProvider, useFaultline } from './FaultlineProvider.js';
import { defaultMessages, formatDuration } from './messages.js';

function Probe() {
  const config = useFaultline();
  return (
    <p>
      {config.messages.title.forbidden} | {config.messages.retry} | {config.formatDuration(65_000)} |{' '}
      {config.support?.email ?? 'no support'} | {config.now()}
    </p>
  );
}

function DecoderProbe({ onDecoder }: { onDecoder: (decoder: unknown) => void }) {
  onDecoder(useFaultline().decoder);
  return null;
}

function Capture({ onConfig }: { onConfig: (config: ReturnType<typeof useFaultline>) => void }) {
  onConfig(useFaultline());
  return null;
}

describe('FaultlineProvider', () => {
  it('gives the English defaults without a provider', () => {
    render(<Probe />);
    expect(
      screen.getByText(/You do not have access \| Try again \| 1 minute, 5 seconds \| no support/),
    ).toBeInTheDocument();
  });

  it('configures without a provider exactly as a provider given nothing does', () => {
    const seen: ReturnType<typeof useFaultline>[] = [];
    render(<Capture onConfig={(config) => seen.push(config)} />);
    render(
      <FaultlineProvider>
        <Capture onConfig={(config) => seen.push(config)} />
      </FaultlineProvider>,
    );
    const [alone, provided] = seen as [ReturnType<typeof useFaultline>, ReturnType<typeof useFaultline>];
    const { formatDuration: aloneFormat, now: aloneNow, announcer: _none, ...aloneRest } = alone;
    const {
      formatDuration: providedFormat,
      now: providedNow,
      announcer,
      provided: handedDown,
      ...providedRest
    } = provided;
    expect(aloneRest).toEqual(providedRest);
    // Only a provider hands down reporting and the support link.
    expect(alone.provided).toBeUndefined();
    expect(handedDown).toBeDefined();
    expect(aloneFormat(3_725_000)).toBe(providedFormat(3_725_000));
    expect(Math.abs(aloneNow() - providedNow())).toBeLessThan(1000);
    // Only a provider owns live regions.
    expect(alone.announcer).toBeUndefined();
    expect(announcer).toBeDefined();
  });

  it('overrides single strings and single kinds while keeping the rest', () => {
    render(
      <FaultlineProvider messages={{ retry: 'Erneut versuchen', title: { forbidden: 'Kein Zugriff' } }}>
        <Probe />
      </FaultlineProvider>,
    );
    expect(screen.getByText(/Kein Zugriff \| Erneut versuchen/)).toBeInTheDocument();
  });

  it('formats durations in the configured locale', () => {
    render(
      <FaultlineProvider locale="de">
        <Probe />
      </FaultlineProvider>,
    );
    expect(screen.getByText(/1 Minute, 5 Sekunden/)).toBeInTheDocument();
  });

  it('passes the support contact, the clock and the decoder down', () => {
    const decoder = createDecoder({ codes: { quota_hit: 'payment_required' } });
    let seen: unknown;
    render(
      <FaultlineProvider support={{ email: 'help@example.test' }} now={() => 42} decoder={decoder}>
        <Probe />
        <DecoderProbe
          onDecoder={(d) => {
            seen = d;
          }}
        />
      </FaultlineProvider>,
    );
    expect(screen.getByText(/help@example.test \| 42/)).toBeInTheDocument();
    expect(seen).toBe(decoder);
  });

  it('brings no decoder of its own', () => {
    let seen: unknown = 'unset';
    render(
      <FaultlineProvider>
        <DecoderProbe
          onDecoder={(d) => {
            seen = d;
          }}
        />
      </FaultlineProvider>,
    );
    expect(seen).toBeUndefined();
  });

  it('lets a nested provider change one thing and inherit the rest from the outer one', () => {
    render(
      <FaultlineProvider support={{ email: 'help@example.test' }} messages={{ retry: 'Retry' }} now={() => 7}>
        <FaultlineProvider messages={{ title: { forbidden: 'Key not allowed' } }}>
          <Probe />
        </FaultlineProvider>
      </FaultlineProvider>,
    );
    expect(screen.getByText(/Key not allowed \| Retry \| .* \| help@example.test \| 7/)).toBeInTheDocument();
  });

  it('renders on the server without touching window or document', () => {
    expect(
      renderToString(
        <FaultlineProvider>
          <Probe />
        </FaultlineProvider>,
      ),
    ).toContain('Try again');
  });
});

function ZoneProbe() {
  return <p>{useFaultline().timeZone ?? 'viewer'}</p>;
}

describe('FaultlineProvider time zone', () => {
  it('shows times in the zone of the viewer unless one is named, and nested providers inherit it', () => {
    render(
      <>
        <ZoneProbe />
        <FaultlineProvider timeZone="Europe/Berlin">
          <FaultlineProvider locale="de">
            <ZoneProbe />
          </FaultlineProvider>
        </FaultlineProvider>
      </>,
    );
    expect(screen.getAllByRole('paragraph').map((p) => p.textContent)).toEqual(['viewer', 'Europe/Berlin']);
  });
});

describe('FaultlineProvider rendered on the server', () => {
  it('hydrates nested providers and what they configure', async () => {
    const { container } = await expectHydration(
      <FaultlineProvider support={{ email: 'help@example.test' }} locale="de">
        <FaultlineProvider messages={{ contactSupport: 'Support kontaktieren' }} timeZone="Europe/Berlin">
          <ErrorNotice error={errors.server()} onRetry={() => {}} />
        </FaultlineProvider>
      </FaultlineProvider>,
    );
    expect(container).toHaveTextContent('Support kontaktieren');
  });
});

describe('formatDuration', () => {
  it('says seconds, minutes and hours in words', () => {
    expect(formatDuration(12_000)).toBe('12 seconds');
    expect(formatDuration(3_600_000)).toBe('1 hour');
    expect(formatDuration(5_400_000)).toBe('1 hour, 30 minutes');
    expect(formatDuration(0)).toBe('0 seconds');
  });

  it('rounds a part-second up so a wait never reads as over early', () => {
    expect(formatDuration(1_001)).toBe('2 seconds');
  });

  it('ships copy for every kind', () => {
    expect(Object.keys(defaultMessages.title)).toEqual(Object.keys(defaultMessages.description));
  });
});
