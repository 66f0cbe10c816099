import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { MAIN_CONTENT_ID } from './SkipLink.tsx';

/**
 * The page's <main>. After an in-app navigation, focus moves here so keyboard and screen reader users start at
 * the new page's content instead of being left on the link they followed.
 */
export function MainContent({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const ref = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    ref.current?.focus({ preventScroll: false });
  }, [pathname]);

  return (
    <main id={MAIN_CONTENT_ID} ref={ref} tabIndex={-1} className="app-main">
      <div className="app-main__inner">{children}</div>
    </main>
  );
}
