import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways inside its own box on narrow screens, so the page itself never does. The box
 * is focusable so keyboard users can scroll it too.
 */
export function ScrollableTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <div className="table-scroll" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
