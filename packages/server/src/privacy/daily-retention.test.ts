import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDailyRetention } from './daily-retention.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the daily retention run', () => {
  it('runs after the first delay, then once per interval, and logs counts only', async () => {
    const run = vi.fn(async () => ({ due: [{ participantId: 'x' }], erased: 1 }));
    const info = vi.fn();
    const daily = startDailyRetention({
      run,
      log: { info, error: vi.fn() },
      firstRunMs: 100,
      intervalMs: 1000,
    });
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith({ due: 1, erased: 1 }, 'retention run');
    await vi.advanceTimersByTimeAsync(2000);
    expect(run).toHaveBeenCalledTimes(3);
    await daily.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(3);
  });

  it('logs a failure and tries again at the next turn', async () => {
    const run = vi
      .fn<() => Promise<{ due: unknown[]; erased: number }>>()
      .mockRejectedValueOnce(new Error('database down'))
      .mockResolvedValue({ due: [], erased: 0 });
    const error = vi.fn();
    const daily = startDailyRetention({
      run,
      log: { info: vi.fn(), error },
      firstRunMs: 10,
      intervalMs: 100,
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(error).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(2);
    await daily.stop();
  });
});
