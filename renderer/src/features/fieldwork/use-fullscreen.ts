import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * The browser's Fullscreen API for one element: the same code fills the screen in the browser
 * host and in Electron (where main grants the "fullscreen" permission to the app's own page
 * only). The state follows `fullscreenchange`, so leaving with Escape or F11 is seen too.
 */
export function useFullscreen(element: RefObject<HTMLElement | null>) {
  const [active, setActive] = useState(
    () => document.fullscreenElement !== null && document.fullscreenElement === element.current,
  );

  useEffect(() => {
    const onChange = () =>
      setActive(
        document.fullscreenElement !== null && document.fullscreenElement === element.current,
      );
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [element]);

  // A refused request (no user gesture, a policy) leaves the view as it is: nothing to report.
  const enter = useCallback(() => {
    void element.current?.requestFullscreen().catch(() => undefined);
  }, [element]);
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  return {
    supported: document.fullscreenEnabled,
    active,
    toggle: active ? exit : enter,
    exit,
  };
}
