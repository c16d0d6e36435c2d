/** Asks for full screen; resolves false when the browser refuses or has no Fullscreen API. */
export async function enterFullscreen(): Promise<boolean> {
  const root = document.documentElement;
  if (document.fullscreenElement) return true;
  if (!root.requestFullscreen) return false;
  try {
    await root.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export function exitFullscreen(): void {
  if (document.fullscreenElement && document.exitFullscreen)
    void document.exitFullscreen().catch(() => {});
}
