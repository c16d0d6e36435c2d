import { useRef, type ReactElement } from 'react';
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useElementWidth } from './use-element-width';

function Measured(): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  return <div ref={ref}>{width === null ? 'not measured' : `${width} px`}</div>;
}

/** A stand-in for ResizeObserver (jsdom has none) that the test resizes by hand. */
class FakeObserver {
  static last: FakeObserver | null = null;
  disconnected = false;
  constructor(private readonly callback: ResizeObserverCallback) {
    FakeObserver.last = this;
  }
  observe(): void {}
  disconnect(): void {
    this.disconnected = true;
  }
  resize(width: number): void {
    const entry = { contentRect: { width } } as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useElementWidth', () => {
  it('is null where the width cannot be measured', () => {
    render(<Measured />);
    expect(screen.getByText('not measured')).toBeInTheDocument();
  });

  it('follows resizes in steps of 20 px and stops observing on unmount', () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const { unmount } = render(<Measured />);
    const observer = FakeObserver.last;
    if (!observer) throw new Error('not observed');
    act(() => observer.resize(641));
    expect(screen.getByText('640 px')).toBeInTheDocument();
    act(() => observer.resize(655));
    expect(screen.getByText('660 px')).toBeInTheDocument();
    unmount();
    expect(observer.disconnected).toBe(true);
  });
});
