import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../tests/test-utils';
import { UpdatePrompt, type Whereabouts } from './update-prompt';

/** A router stand-in: the prompt only reads the pathname and listens for changes. */
function fakeRouter(pathname: string): Whereabouts & { go(to: string): void } {
  const listeners = new Set<() => void>();
  const router = {
    state: { location: { pathname } },
    subscribe(onChange: () => void) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    go(to: string) {
      router.state = { location: { pathname: to } };
      act(() => listeners.forEach((listener) => listener()));
    },
  };
  return router;
}

function setUp(pathname = '/funds', { alreadyActive = false } = {}) {
  const waiting = { postMessage: vi.fn() } as unknown as ServiceWorker & {
    postMessage: ReturnType<typeof vi.fn>;
  };
  const listeners: Record<string, () => void> = {};
  const container = {
    controller: alreadyActive ? waiting : ({} as ServiceWorker),
    addEventListener: vi.fn((type: string, listener: () => void) => {
      listeners[type] = listener;
    }),
  } as unknown as ServiceWorkerContainer;
  const reload = vi.fn();
  const router = fakeRouter(pathname);
  return { waiting, container, reload, router, listeners };
}

describe('the update prompt', () => {
  it('offers the new version and reloads only once the new worker has taken over', async () => {
    const { waiting, container, reload, router, listeners } = setUp();
    renderWithProviders(
      <UpdatePrompt waiting={waiting} whereabouts={router} container={container} reload={reload} />,
      { language: 'en' },
    );
    expect(await screen.findByRole('region', { name: 'New version' })).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of the dashboard is available.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Reloading…' })).toBeDisabled();
    act(() => listeners.controllerchange?.());
    expect(reload).toHaveBeenCalledOnce();
  });

  it('reloads at once when another tab already switched to the new version', async () => {
    const { waiting, container, reload, router } = setUp('/funds', { alreadyActive: true });
    renderWithProviders(
      <UpdatePrompt waiting={waiting} whereabouts={router} container={container} reload={reload} />,
      { language: 'en' },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
    expect(waiting.postMessage).not.toHaveBeenCalled();
  });

  it('goes away on "Later", and never reloads by itself', async () => {
    const { waiting, container, reload, router } = setUp();
    renderWithProviders(
      <UpdatePrompt waiting={waiting} whereabouts={router} container={container} reload={reload} />,
      { language: 'zh' },
    );
    expect(await screen.findByRole('region', { name: '新版本' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: '稍后' }));
    expect(screen.queryByRole('region', { name: '新版本' })).not.toBeInTheDocument();
    expect(reload).not.toHaveBeenCalled();
    expect(waiting.postMessage).not.toHaveBeenCalled();
  });

  it('waits while slides are presented, and appears when present mode closes', async () => {
    const { waiting, container, reload, router } = setUp('/present/funds');
    renderWithProviders(
      <UpdatePrompt waiting={waiting} whereabouts={router} container={container} reload={reload} />,
      { language: 'zh' },
    );
    // The strings are loaded before tests render (test-utils), so this first render is final.
    expect(screen.queryByRole('region', { name: '新版本' })).not.toBeInTheDocument();
    router.go('/presenter/funds');
    expect(screen.queryByRole('region', { name: '新版本' })).not.toBeInTheDocument();
    router.go('/funds');
    expect(await screen.findByRole('region', { name: '新版本' })).toBeVisible();
    expect(screen.getByRole('button', { name: '重新加载' })).toBeEnabled();
  });
});
