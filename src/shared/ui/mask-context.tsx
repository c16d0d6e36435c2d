import { createContext, useContext, type ReactElement, type ReactNode } from 'react';

/**
 * Present mode's "hide values" switch. Components that show absolute figures (KPI values, signed
 * percentages, charts) read it, so a slide can mask any view without new props down the tree.
 */
const MaskContext = createContext(false);

export function MaskProvider({
  masked,
  children,
}: {
  masked: boolean;
  children: ReactNode;
}): ReactElement {
  return <MaskContext.Provider value={masked}>{children}</MaskContext.Provider>;
}

export function useMasked(): boolean {
  return useContext(MaskContext);
}

/** Stand-in for a hidden figure: visibly a placeholder, announced as hidden. */
export function MaskedValue({ label }: { label: string }): ReactElement {
  return (
    <span className="masked-value" aria-label={label}>
      •••
    </span>
  );
}

/** Base chart text size; present mode raises it so labels read from the back of a room. */
const ChartFontContext = createContext(12);

export function ChartFontProvider({
  size,
  children,
}: {
  size: number;
  children: ReactNode;
}): ReactElement {
  return <ChartFontContext.Provider value={size}>{children}</ChartFontContext.Provider>;
}

export function useChartFontSize(): number {
  return useContext(ChartFontContext);
}
