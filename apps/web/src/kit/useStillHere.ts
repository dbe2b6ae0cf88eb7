import { useCallback, useContext } from 'react';
import { UNSAFE_NavigationContext, useLocation } from 'react-router';

/**
 * A check for delayed work (a debounce, a timer): is the router still on this page? A link click
 * moves the router's history at once, but the page stays mounted while the next one loads (the
 * navigation is a transition), so a timer firing then would write this page's URL over the new one.
 */
export function useStillHere(): () => boolean {
  const { pathname } = useLocation();
  const { navigator } = useContext(UNSAFE_NavigationContext);
  return useCallback(() => {
    // Browser and memory histories both expose the location they are at now.
    const current = (navigator as { location?: { pathname: string } }).location?.pathname;
    return current === undefined || current === pathname;
  }, [navigator, pathname]);
}
