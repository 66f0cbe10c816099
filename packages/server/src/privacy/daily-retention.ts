/**
 * The server's optional daily retention run (RETENTION_RUN_DAILY=true): the same anonymisation as
 * `ips-bridge privacy retention`, first a minute after start and then every 24 hours. One run at a time; a failure is
 * logged and tried again at the next turn. Logs counts only, never ids or names.
 */
export const RETENTION_FIRST_RUN_MS = 60_000;
export const RETENTION_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface DailyRetention {
  stop(): Promise<void>;
}

export function startDailyRetention(options: {
  run: () => Promise<{ due: unknown[]; erased: number }>;
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
  firstRunMs?: number;
  intervalMs?: number;
}): DailyRetention {
  let running: Promise<void> | null = null;
  let stopped = false;
  const turn = () => {
    if (running || stopped) return;
    running = options
      .run()
      .then((report) => {
        options.log.info({ due: report.due.length, erased: report.erased }, 'retention run');
      })
      .catch((error: unknown) => {
        options.log.error({ err: error }, 'retention run failed; trying again at the next turn');
      })
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(turn, options.firstRunMs ?? RETENTION_FIRST_RUN_MS);
  const every = setInterval(turn, options.intervalMs ?? RETENTION_INTERVAL_MS);
  first.unref();
  every.unref();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(every);
      await running;
    },
  };
}
