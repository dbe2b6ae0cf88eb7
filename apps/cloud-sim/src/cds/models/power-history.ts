import { DAY, MINUTE } from '../../util/time';
import type { Instance } from './instance';
import { hashString, type Power } from './monitor-series';

/**
 * When an instance was on or off, so monitoring can follow it back in time: a machine stopped an
 * hour ago reads zero since then and its normal load before, not zero for its whole past.
 * Transitions are logged when a power task ends; before the first logged one the machine was in
 * the opposite state. A seeded stopped machine (no log) has been off since midnight of a day 1 to
 * 5 days back (fixed per instance, so a day's queries agree); a broken one ("error") never ran.
 */
export function powerAt(instance: Pick<Instance, 'instanceId' | 'status' | 'powerLog'>, ms: number, nowMs: number): Power {
  if (instance.status === 'error') return 'off';
  const log = instance.powerLog;
  if (log.length > 0) {
    let state: Power = log[0]!.on ? 'off' : 'on';
    for (const change of log) {
      if (change.at > ms) break;
      state = change.on ? 'on' : 'off';
    }
    return state;
  }
  if (instance.status !== 'stop') return 'on';
  const daysBack = 1 + (hashString(`${instance.instanceId}|off`) % 5);
  const offSince = Math.floor(nowMs / DAY) * DAY - daysBack * DAY;
  return ms >= offSince ? 'off' : 'on';
}

/** Records a finished power change at `at` (epoch ms). */
export function logPower(instance: Pick<Instance, 'powerLog'>, on: boolean, at: number) {
  instance.powerLog.push({ at: Math.floor(at / MINUTE) * MINUTE, on });
}
