import { Suspense, useRef, type ReactElement } from 'react';

import { ChartFontProvider, MaskProvider } from '../../shared/ui/mask-context';
import { useElementWidth } from '../../shared/ui/use-element-width';
import { LoadingPage } from '../route-states';
import { deck } from './deck';
import { slideFontSizeFor } from './slide-font-size';

/** The slide size previews are drawn at, then scaled to fit: the projector's 1280×720. */
const STAGE = { width: 1280, height: 720 };

/**
 * A slide as the audience sees it, scaled down for the presenter's screen. Inert: the presenter
 * works the deck with keys and buttons, and assistive technology reads the headings beside it.
 */
export function SlidePreview({ index, masked }: { index: number; masked: boolean }): ReactElement {
  const box = useRef<HTMLDivElement>(null);
  const width = useElementWidth(box, 10) ?? STAGE.width / 2;
  const scale = width / STAGE.width;
  const slide = deck[index];
  return (
    <div className="slide-preview" ref={box} style={{ height: STAGE.height * scale }}>
      {slide ? (
        <div
          className="present present-preview"
          inert
          style={{ width: STAGE.width, height: STAGE.height, transform: `scale(${scale})` }}
        >
          <MaskProvider masked={masked}>
            <ChartFontProvider size={slideFontSizeFor(STAGE.width)}>
              <Suspense fallback={<LoadingPage />}>
                <slide.Component />
              </Suspense>
            </ChartFontProvider>
          </MaskProvider>
        </div>
      ) : null}
    </div>
  );
}
