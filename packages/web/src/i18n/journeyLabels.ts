import { END_REASONS, type EndReason, PAUSE_REASONS, type PauseReason, type Phase } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';

function isPauseReason(value: string): value is PauseReason {
  return (PAUSE_REASONS as readonly string[]).includes(value);
}

function isEndReason(value: string): value is EndReason {
  return (END_REASONS as readonly string[]).includes(value);
}

export function phaseLabel(t: TFunction, phase: Phase): string {
  return t(`phases.${phase}`);
}

/** The words for the reason behind a pause or an ending; an unknown reason is shown as it was recorded. */
export function reasonLabel(t: TFunction, phase: string, reason: string): string {
  if (phase === 'paused' && isPauseReason(reason)) return t(`pauseReasons.${reason}`);
  if (phase === 'ended' && isEndReason(reason)) return t(`endReasons.${reason}`);
  return reason;
}
