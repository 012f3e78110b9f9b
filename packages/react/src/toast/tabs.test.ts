import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeError } from '../test-utils/errors.js';
import { cameraFailure, network } from '../test-utils/storm.js';
import type { OnlineSource } from './connection.js';
import { stormControl } from './stormControl.js';
import { createToastQueue } from './ToastQueue.js';
import { createToast, errorToastKey } from './toast.js';

// Two tabs of one app, each with its queue and storm part, talking through a real BroadcastChannel
// (Node's): messages between them arrive a task later, as between browser tabs.
let closing: (() => void)[] = [];
afterEach(() => {
  for (const close of closing) close();
  closing = [];
  vi.unstubAllGlobals();
});

function openTab(name: string | undefined, online: OnlineSource) {
  const queue = createToastQueue({ storms: stormControl({ tabs: name, online }) });
  const close = queue.connect();
  closing.push(close);
  return { queue, notify: createToast(queue), close };
}

/** What is said on a channel, as another tab hears it. */
function listen(name: string) {
  const heard: Record<string, unknown>[] = [];
  const channel = new BroadcastChannel(name);
  channel.onmessage = ({ data }) => heard.push(data);
  closing.push(() => channel.close());
  return { heard, say: (data: unknown) => channel.postMessage(data) };
}

// The key a camera's failure (test-utils/storm.ts) is told by.
const cameraKey = (n: number) =>
  errorToastKey(makeError(503, { error: { code: 'upstream_unavailable' } }), `GET /v1/cameras/${n}`);

// Lets the messages in flight between the tabs arrive.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('tabs of one app', () => {
  it('shows the offline status in the visible tab only, and in the other once the user is back there', async () => {
    const net = network();
    const visible = openTab('offline-status', net);
    const other = openTab('offline-status', net);
    other.queue.setHidden(true);
    await settle();
    net.set(false);
    expect(visible.queue.getSnapshot().offline).toBeDefined();
    expect(other.queue.getSnapshot().offline).toBeUndefined();
    other.queue.setHidden(false);
    expect(other.queue.getSnapshot().offline).toBeDefined();
  });

  it('says "Back online" in the visible tab only', async () => {
    const net = network();
    const visible = openTab('back-online', net);
    const other = openTab('back-online', net);
    other.queue.setHidden(true);
    await settle();
    net.set(false);
    net.set(true);
    expect(visible.queue.getSnapshot().toasts).toMatchObject([{ event: 'online' }]);
    other.queue.setHidden(false);
    expect(other.queue.getSnapshot().toasts).toEqual([]);
  });

  it('does not sum up on return the failures the visible tab showed meanwhile', async () => {
    const net = network();
    const visible = openTab('storm', net);
    const other = openTab('storm', net);
    other.queue.setHidden(true);
    await settle();
    // The backend falls over: both tabs' refetches fail; one camera only the hidden tab watches.
    for (const n of [1, 2, 3]) {
      cameraFailure(visible.notify, n, { background: true });
      cameraFailure(other.notify, n, { background: true });
    }
    cameraFailure(other.notify, 4, { background: true });
    await settle();
    other.queue.setHidden(false);
    const [summary] = other.queue.getSnapshot().toasts;
    expect(summary?.summary).toMatchObject({ reason: 'away', total: 1 });
    expect(summary?.summary?.items.map((item) => item.message)).toEqual(['Camera 4 is unreachable.']);
  });

  it('sums up everything on return when no other tab was visible', async () => {
    const net = network();
    const one = openTab('all-hidden', net);
    const two = openTab('all-hidden', net);
    one.queue.setHidden(true);
    two.queue.setHidden(true);
    await settle();
    for (const n of [1, 2]) cameraFailure(two.notify, n, { background: true });
    net.set(false);
    expect(two.queue.getSnapshot().offline).toBeDefined();
    two.queue.setHidden(false);
    expect(two.queue.getSnapshot().toasts[0]?.summary?.total).toBe(2);
  });

  it('is not thrown by other words on its channel', async () => {
    const net = network();
    const tab = openTab('shared', net);
    const stranger = new BroadcastChannel('shared');
    closing.push(() => stranger.close());
    for (const data of [
      null,
      'hello',
      { tab: 1 },
      { tab: 'x', told: 'GET /' },
      { tab: 'y', visible: true, told: [1] },
    ])
      stranger.postMessage(data);
    await settle();
    net.set(false);
    expect(tab.queue.getSnapshot().offline).toBeDefined();
  });

  it('keeps each tab on its own where BroadcastChannel is missing', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const net = network();
    openTab('missing', net);
    const other = openTab('missing', net);
    other.queue.setHidden(true);
    await settle();
    cameraFailure(other.notify, 1, { background: true });
    net.set(false);
    expect(other.queue.getSnapshot().offline).toBeDefined();
    other.queue.setHidden(false);
    expect(other.queue.getSnapshot().toasts[0]?.summary?.total).toBe(1);
  });

  it('keeps each tab on its own with tabs: false', async () => {
    const net = network();
    const queue = createToastQueue({ storms: stormControl({ tabs: false, online: net }) });
    closing.push(queue.connect());
    const other = openTab('faultline', net);
    queue.setHidden(true);
    await settle();
    net.set(false);
    expect(queue.getSnapshot().offline).toBeDefined();
    expect(other.queue.getSnapshot().offline).toBeDefined();
  });
});

describe('tabs of one app, further', () => {
  it('talk on the channel "faultline" unless given another name', async () => {
    const net = network();
    const one = openTab(undefined, net);
    openTab(undefined, net);
    one.queue.setHidden(true);
    await settle();
    net.set(false);
    expect(one.queue.getSnapshot().offline).toBeUndefined();
  });

  it('shows the offline status in a hidden tab once the visible one is hidden too', async () => {
    const net = network();
    const one = openTab('both-hide', net);
    const two = openTab('both-hide', net);
    one.queue.setHidden(true);
    await settle();
    net.set(false);
    expect(one.queue.getSnapshot().offline).toBeUndefined();
    two.queue.setHidden(true);
    await settle();
    expect(one.queue.getSnapshot().offline).toBeDefined();
  });

  it('knows the tab opened later is visible, when the first one is hidden', async () => {
    const net = network();
    const first = openTab('opened-later', net);
    openTab('opened-later', net);
    await settle();
    first.queue.setHidden(true);
    await settle();
    net.set(false);
    expect(first.queue.getSnapshot().offline).toBeUndefined();
  });

  it('still counts the visible tab as visible while it tells what it shows', async () => {
    const net = network();
    const hidden = openTab('telling', net);
    const visible = openTab('telling', net);
    hidden.queue.setHidden(true);
    await settle();
    cameraFailure(visible.notify, 1);
    await settle();
    net.set(false);
    expect(hidden.queue.getSnapshot().offline).toBeUndefined();
  });

  it('no longer counts a tab that closed as the visible one', async () => {
    const net = network();
    const hidden = openTab('closing', net);
    const visible = openTab('closing', net);
    hidden.queue.setHidden(true);
    await settle();
    visible.close();
    await settle();
    net.set(false);
    expect(hidden.queue.getSnapshot().offline).toBeDefined();
  });

  it('tells the other tabs once a tick what failed, and nothing else', async () => {
    const { heard } = listen('once-a-tick');
    const tab = openTab('once-a-tick', network());
    tab.notify.success('Saved');
    cameraFailure(tab.notify, 1);
    cameraFailure(tab.notify, 2);
    await settle();
    expect(heard.filter((data) => 'told' in data).map((data) => data.told)).toEqual([
      [cameraKey(1), cameraKey(2)],
    ]);
  });

  it('does not tell what it shows while hidden, which the user has not seen there', async () => {
    const net = network();
    const one = openTab('hidden-shows', net);
    const two = openTab('hidden-shows', net);
    one.queue.setHidden(true);
    two.queue.setHidden(true);
    await settle();
    cameraFailure(one.notify, 1);
    cameraFailure(two.notify, 1, { background: true });
    await settle();
    two.queue.setHidden(false);
    expect(two.queue.getSnapshot().toasts[0]?.summary).toMatchObject({ reason: 'away', total: 1 });
  });

  it('sums up each time away on its own, whatever another tab showed the time before', async () => {
    const net = network();
    const visible = openTab('twice-away', net);
    const other = openTab('twice-away', net);
    other.queue.setHidden(true);
    await settle();
    cameraFailure(visible.notify, 1);
    await settle();
    other.queue.setHidden(false);
    other.queue.setHidden(true);
    await settle();
    cameraFailure(other.notify, 1, { background: true });
    other.queue.setHidden(false);
    expect(other.queue.getSnapshot().toasts[0]?.summary).toMatchObject({ reason: 'away', total: 1 });
  });

  it('does not forget what the visible tab showed when it hears again that it is hidden', async () => {
    const net = network();
    const visible = openTab('hidden-again', net);
    const other = openTab('hidden-again', net);
    other.queue.setHidden(true);
    await settle();
    cameraFailure(visible.notify, 1);
    await settle();
    other.queue.setHidden(true);
    cameraFailure(other.notify, 1, { background: true });
    other.queue.setHidden(false);
    expect(other.queue.getSnapshot().toasts).toEqual([]);
  });

  it('remembers at most 1,000 failures the other tabs showed while it was hidden', async () => {
    const { say } = listen('memory');
    const tab = openTab('memory', network());
    tab.queue.setHidden(true);
    await settle();
    say({ tab: 'other', told: Array.from({ length: 1000 }, (_, i) => `GET /v1/doors/${i}`) });
    say({ tab: 'other', told: [cameraKey(1)] });
    await settle();
    cameraFailure(tab.notify, 1, { background: true });
    tab.queue.setHidden(false);
    expect(tab.queue.getSnapshot().toasts[0]?.summary).toMatchObject({ reason: 'away', total: 1 });
  });

  it('does not let keys that are no text fill what it remembers', async () => {
    const { say } = listen('not-text');
    const tab = openTab('not-text', network());
    tab.queue.setHidden(true);
    await settle();
    say({ tab: 'other', told: Array.from({ length: 1000 }, (_, i) => i) });
    say({ tab: 'other', told: [cameraKey(1)] });
    await settle();
    cameraFailure(tab.notify, 1, { background: true });
    tab.queue.setHidden(false);
    expect(tab.queue.getSnapshot().toasts).toEqual([]);
  });

  it('keeps tabs that both say tabs: false on their own', async () => {
    const net = network();
    const one = openTab(false as never, net);
    openTab(false as never, net);
    one.queue.setHidden(true);
    await settle();
    net.set(false);
    expect(one.queue.getSnapshot().offline).toBeDefined();
  });

  it('keeps a tab on its own where the channel cannot be opened', async () => {
    vi.stubGlobal(
      'BroadcastChannel',
      class {
        constructor() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        }
      },
    );
    const net = network();
    const tab = openTab('refused', net);
    tab.queue.setHidden(true);
    net.set(false);
    expect(tab.queue.getSnapshot().offline).toBeDefined();
  });

  it('keeps knowing the visible tab when given a new stormControl() with the same name or none', async () => {
    const net = network();
    const hidden = openTab('same-name', net);
    openTab('same-name', net);
    hidden.queue.setHidden(true);
    await settle();
    hidden.queue.configure({ storms: stormControl({ tabs: 'same-name', online: net }) });
    hidden.queue.configure({ storms: stormControl({ online: net }) });
    net.set(false);
    expect(hidden.queue.getSnapshot().offline).toBeUndefined();
  });

  it('moves to the channel it is given while shown', async () => {
    const net = network();
    const tab = openTab('first-name', net);
    openTab('second-name', net);
    tab.queue.setHidden(true);
    tab.queue.configure({ storms: stormControl({ tabs: 'second-name', online: net }) });
    await settle();
    net.set(false);
    expect(tab.queue.getSnapshot().offline).toBeUndefined();
  });

  it('opens no channel while no toaster shows the queue', async () => {
    const { heard } = listen('quiet');
    const queue = createToastQueue({ storms: stormControl({ tabs: 'elsewhere' }) });
    queue.configure({ storms: stormControl({ tabs: 'quiet' }) });
    queue.connect()();
    await settle();
    heard.length = 0;
    queue.configure({ storms: stormControl({ tabs: 'elsewhere' }) });
    queue.configure({ storms: stormControl({ tabs: 'quiet' }) });
    await settle();
    expect(heard).toEqual([]);
  });
});
