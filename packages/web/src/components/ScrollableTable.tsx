import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll sideways inside its own box on narrow screens, so the page itself never does. The box
 * is a named, focusable region so keyboard users can reach and scroll it.
 */
export function ScrollableTable({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-scroll" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </section>
  );
}
