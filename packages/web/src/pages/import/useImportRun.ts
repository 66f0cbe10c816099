import { useCallback, useEffect, useRef, useState } from 'react';
import { type ImportEntity, type ImportReport, runImport } from '../../api/imports.ts';

/** One run of a file through the importer (a check or the import itself), for the file and kind it was for. */
export type ImportRunState =
  | { status: 'idle' }
  | { status: 'running'; entity: ImportEntity; file: File; rowsRead: number }
  | { status: 'done'; entity: ImportEntity; file: File; report: ImportReport }
  | { status: 'failed'; entity: ImportEntity; file: File; error: unknown };

/**
 * Runs a file through `POST /api/imports/:entity`, with the rows read so far while it runs. A dry run is cancelled
 * when the page is left or the run is reset; an import is not (it is all or nothing on the server either way), but
 * an answer that comes after a reset is ignored.
 */
export function useImportRun(dryRun: boolean) {
  const [state, setState] = useState<ImportRunState>({ status: 'idle' });
  const current = useRef<{ id: number; controller: AbortController } | null>(null);

  const reset = useCallback(() => {
    if (dryRun) current.current?.controller.abort();
    current.current = null;
    setState({ status: 'idle' });
  }, [dryRun]);

  const start = useCallback(
    async (entity: ImportEntity, file: File) => {
      if (dryRun) current.current?.controller.abort();
      const run = { id: (current.current?.id ?? 0) + 1, controller: new AbortController() };
      current.current = run;
      const isCurrent = () => current.current === run;
      setState({ status: 'running', entity, file, rowsRead: 0 });
      try {
        const report = await runImport(entity, file, {
          dryRun,
          ...(dryRun ? { signal: run.controller.signal } : {}),
          onProgress: (rowsRead) => {
            if (isCurrent()) setState({ status: 'running', entity, file, rowsRead });
          },
        });
        if (!isCurrent()) return;
        setState({ status: 'done', entity, file, report });
      } catch (error) {
        if (isCurrent()) setState({ status: 'failed', entity, file, error });
      }
    },
    [dryRun],
  );

  useEffect(
    () => () => {
      if (dryRun) current.current?.controller.abort();
    },
    [dryRun],
  );

  return { state, start, reset };
}
