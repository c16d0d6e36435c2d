import { useCallback, useEffect, useRef, useState } from 'react';
import * as z from 'zod/mini';

import { slidePages, type SlideId } from './slide-pages';

/** Where the deck stands: shared by every /present and /presenter window of this browser. */
export interface DeckPosition {
  slide: SlideId;
  blank: boolean;
  masked: boolean;
}

export type DeckRole = 'present' | 'presenter';

const CHANNEL = 'ai-dashboard.deck';

const slideIds = slidePages.map((slide) => slide.id) as [SlideId, ...SlideId[]];
// One flat shape (every message carries the sender's position, a hello too): zod's union and
// optional code would otherwise weigh on every page's bundle.
const messageSchema = z.object({
  kind: z.enum(['hello', 'position']),
  role: z.enum(['present', 'presenter']),
  position: z.object({ slide: z.enum(slideIds), blank: z.boolean(), masked: z.boolean() }),
});
type DeckMessage = z.infer<typeof messageSchema>;

/** A message from another window, or null for anything else on the channel (ignored). */
export function parseDeckMessage(data: unknown): DeckMessage | null {
  const parsed = messageSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

export function samePosition(a: DeckPosition, b: DeckPosition): boolean {
  return a.slide === b.slide && a.blank === b.blank && a.masked === b.masked;
}

/**
 * Keeps this window's deck position in step with the other windows' (BroadcastChannel: same
 * browser, no server). A move made here is sent with `publish` (by the key or button that made
 * it); a move received is applied through `apply` and not sent back, so windows never echo each
 * other. On opening, a window asks the others where
 * they are (and follows them) instead of moving them to its own URL. Answers whether a window of
 * the other role has been heard from.
 */
export function useDeckChannel(
  role: DeckRole,
  position: DeckPosition,
  apply: (position: DeckPosition) => void,
): { otherConnected: boolean; publish: (position: DeckPosition) => void } {
  const channel = useRef<BroadcastChannel | null>(null);
  const current = useRef(position);
  const applyRef = useRef(apply);
  const [otherConnected, setOtherConnected] = useState(false);

  useEffect(() => {
    current.current = position;
    applyRef.current = apply;
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(CHANNEL);
    channel.current = opened;
    opened.onmessage = (event: MessageEvent) => {
      const message = parseDeckMessage(event.data);
      if (!message) return;
      if (message.role !== role) setOtherConnected(true);
      if (message.kind === 'hello') {
        opened.postMessage({ kind: 'position', role, position: current.current });
        return;
      }
      if (samePosition(message.position, current.current)) return;
      applyRef.current(message.position);
    };
    opened.postMessage({ kind: 'hello', role, position: current.current });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [role]);

  const publish = useCallback(
    (next: DeckPosition) => {
      channel.current?.postMessage({ kind: 'position', role, position: next });
    },
    [role],
  );

  return { otherConnected, publish };
}
