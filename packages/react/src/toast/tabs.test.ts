import { afterEach, describe, expect, it, vi } from 'vitest';
import { cameraFailure, network } from '../test-utils/storm.js';
import type { OnlineSource } from './connection.js';
import { stormControl } from './stormControl.js';
import { createToastQueue } from './ToastQueue.js';
import { createToast } from './toast.js';

// Two tabs of one app, each with its queue and storm part, talking through a real BroadcastChannel
// (Node's): messages between them arrive a task later, as between browser tabs.
let closing: (() => void)[] = [];
afterEach(() => {
  for (const close of closing) close();
  closing = [];
  vi.unstubAllGlobals();
});

function openTab(name: string, online: OnlineSource) {
  const queue = createToastQueue({ storms: stormControl({ tabs: name, online }) });
  closing.push(queue.connect());
  return { queue, notify: createToast(queue) };
}

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
