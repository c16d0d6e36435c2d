import { useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';

/**
 * Renders `children` once the placeholder comes within `margin` of the viewport, so code for
 * content below the fold downloads when the reader gets there, not with the page.
 */
export function WhenVisible({
  children,
  minHeight,
  margin = '400px',
}: {
  children: ReactNode;
  minHeight: number;
  margin?: string;
}): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (visible || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible, margin]);
  if (visible) return <>{children}</>;
  return <div ref={ref} style={{ minHeight }} aria-hidden="true" />;
}
