import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Prints one report: the report is marked for printing (its class makes the print stylesheet hide everything
 * else on the page), the browser's print dialog opens once it is drawn, and the mark goes when printing is done.
 */
export function usePrintReport() {
  const [printing, setPrinting] = useState(false);
  const marked = useRef(false);

  useEffect(() => {
    marked.current = printing;
    if (!printing) return;
    const done = () => setPrinting(false);
    window.addEventListener('afterprint', done);
    window.print();
    return () => window.removeEventListener('afterprint', done);
  }, [printing]);

  const print = useCallback(() => {
    // Still marked (a browser that sent no "afterprint"): print again straight away.
    if (marked.current) window.print();
    else setPrinting(true);
  }, []);

  return { printing, print };
}
