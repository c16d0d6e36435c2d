import { afterEach, describe, expect, it, vi } from 'vitest';

import { registerServiceWorker } from './register-service-worker';

/** A registration whose workers can be moved through their states by the test. */
class FakeRegistration extends EventTarget {
  waiting: ServiceWorker | null = null;
  installing: (EventTarget & { state: string }) | null = null;

  /** A new version starts installing, then finishes and waits. */
  update(): ServiceWorker {
    const worker = Object.assign(new EventTarget(), { state: 'installing' });
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    worker.state = 'installed';
    this.installing = null;
    this.waiting = worker as unknown as ServiceWorker;
    worker.dispatchEvent(new Event('statechange'));
    return this.waiting;
  }
}

function stubServiceWorkers(controlled: boolean, readyState: DocumentReadyState = 'interactive') {
  vi.spyOn(document, 'readyState', 'get').mockReturnValue(readyState);
  const registration = new FakeRegistration();
  const container = {
    controller: controlled ? ({} as ServiceWorker) : null,
    register: vi.fn(async () => registration),
  };
  vi.stubGlobal('navigator', { serviceWorker: container });
  return { registration, container };
}

/** Fires the load event and lets the registration promise settle. */
async function load(): Promise<void> {
  window.dispatchEvent(new Event('load'));
  await Promise.resolve();
  await Promise.resolve();
}

describe('registering the service worker', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('waits for the load event, then registers', async () => {
    const { container } = stubServiceWorkers(false);
    registerServiceWorker('/service-worker.js', vi.fn());
    expect(container.register).not.toHaveBeenCalled();
    await load();
    expect(container.register).toHaveBeenCalledWith('/service-worker.js');
  });

  it('registers at once when the load event has passed (the entry awaited its strings)', async () => {
    const { container } = stubServiceWorkers(false, 'complete');
    registerServiceWorker('/service-worker.js', vi.fn());
    expect(container.register).toHaveBeenCalledWith('/service-worker.js');
    await load();
    expect(container.register).toHaveBeenCalledOnce();
  });

  it('offers nothing on the first install (nothing older to replace)', async () => {
    const { registration } = stubServiceWorkers(false);
    const onUpdate = vi.fn();
    registerServiceWorker('/service-worker.js', onUpdate);
    await load();
    registration.update();
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('offers a new version found while this page runs', async () => {
    const { registration } = stubServiceWorkers(true);
    const onUpdate = vi.fn();
    registerServiceWorker('/service-worker.js', onUpdate);
    await load();
    expect(onUpdate).not.toHaveBeenCalled();
    const waiting = registration.update();
    expect(onUpdate).toHaveBeenCalledExactlyOnceWith(waiting);
  });

  it('offers a version already waiting when the page opens', async () => {
    const { registration } = stubServiceWorkers(true);
    const waiting = {} as ServiceWorker;
    registration.waiting = waiting;
    const onUpdate = vi.fn();
    registerServiceWorker('/service-worker.js', onUpdate);
    await load();
    expect(onUpdate).toHaveBeenCalledExactlyOnceWith(waiting);
  });

  it('does nothing when registration yields nothing (service workers blocked)', async () => {
    const { container } = stubServiceWorkers(true);
    container.register.mockResolvedValueOnce(undefined as unknown as FakeRegistration);
    const onUpdate = vi.fn();
    registerServiceWorker('/service-worker.js', onUpdate);
    // Without the guard, reading the missing registration is an unhandled rejection: vitest
    // reports it and the run fails.
    await load();
    expect(container.register).toHaveBeenCalledOnce();
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no service workers', async () => {
    vi.stubGlobal('navigator', { serviceWorker: undefined });
    const onUpdate = vi.fn();
    expect(() => registerServiceWorker('/service-worker.js', onUpdate)).not.toThrow();
    await load();
    expect(onUpdate).not.toHaveBeenCalled();
  });
});
