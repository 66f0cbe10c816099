import { claimDueDeliveries, type Db, recordDeliveryOutcome } from '@ips-bridge/db';
import { addressFor, EXTERNAL_TEXT, MAX_DELIVERY_ATTEMPTS, retryDelayMs } from '@ips-bridge/domain';
import type { NotificationSender } from './sender.ts';

export interface DeliveryReport {
  sent: number;
  failed: number;
  cancelled: number;
}

/**
 * Sends what is waiting in the outbox. Each batch is one transaction that locks its rows (SKIP LOCKED, so two
 * workers never take the same row), sends each and records the outcome before committing. A failed send stays
 * pending with a later attempt time, so nothing is lost; a sent one is marked sent, so it is not sent again. The
 * person's choice is read again here: "do not contact me digitally", a withdrawn opt-in or a removed address
 * cancels what was waiting. Only if the process dies between a provider's acceptance and the commit is a delivery
 * sent twice; the delivery id goes with every attempt so a provider can drop the repeat.
 */
export async function deliverPending(
  db: Db,
  sender: NotificationSender,
  options: { now: Date; batchSize?: number; maxBatches?: number },
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0, cancelled: 0 };
  const batchSize = options.batchSize ?? 20;
  for (let batch = 0; batch < (options.maxBatches ?? 10); batch++) {
    const handled = await db.transaction().execute(async (trx) => {
      const claimed = await claimDueDeliveries(trx, options.now, batchSize);
      for (const d of claimed) {
        const to = d.recipientActive ? addressFor(d.prefs, d.channel) : null;
        if (!to) {
          await recordDeliveryOutcome(trx, { id: d.id, outcome: 'cancelled', reason: 'not_chosen_now' });
          report.cancelled += 1;
          continue;
        }
        try {
          await sender.send({
            channel: d.channel,
            to,
            kind: d.kind,
            recipientUserId: d.recipientId,
            text: EXTERNAL_TEXT[d.locale][d.kind],
            deliveryId: d.id,
          });
          await recordDeliveryOutcome(trx, { id: d.id, outcome: 'sent', at: options.now });
          report.sent += 1;
        } catch {
          const attempts = d.attempts + 1;
          await recordDeliveryOutcome(trx, {
            id: d.id,
            outcome: 'failed',
            error: 'send_failed',
            retryAt:
              attempts >= MAX_DELIVERY_ATTEMPTS
                ? null
                : new Date(options.now.getTime() + retryDelayMs(attempts)),
          });
          report.failed += 1;
        }
      }
      return claimed.length;
    });
    if (handled < batchSize) break;
  }
  return report;
}

interface Log {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface Periodic {
  stop(): Promise<void>;
}

/** Runs `run` every `intervalMs` (first after `firstRunMs`), one run at a time; a failure is logged and retried. */
export function startPeriodic(options: {
  name: string;
  run: () => Promise<object>;
  log: Log;
  firstRunMs: number;
  intervalMs: number;
  /** Log a report only when it has something in it. */
  quietWhen?: (report: object) => boolean;
}): Periodic {
  let running: Promise<void> | null = null;
  let stopped = false;
  const turn = () => {
    if (running || stopped) return;
    running = options
      .run()
      .then((report) => {
        if (!options.quietWhen?.(report)) options.log.info(report, options.name);
      })
      .catch((error: unknown) => {
        options.log.error({ err: error }, `${options.name} failed; trying again at the next turn`);
      })
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(turn, options.firstRunMs);
  const every = setInterval(turn, options.intervalMs);
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
