import { describe, expect, it } from 'vitest';
import { formatTimeline, lanternTimeline } from './lantern';

describe("Lighthouse's simulated load, as a timeline", () => {
  it('pairs each request’s start and end, in the order they started, and keeps the long tasks', () => {
    const send = (id: string, ts: number, url: string) => ({ name: 'ResourceSendRequest', ts, args: { data: { requestId: id, url } } });
    const finish = (id: string, ts: number) => ({ name: 'ResourceFinish', ts, args: { data: { requestId: id } } });
    const trace = {
      traceEvents: [
        send('1', 1_000_000, 'http://localhost:1/instances'),
        finish('1', 1_700_000),
        send('2', 1_900_000, 'http://localhost:1/assets/framework-1.js'),
        send('3', 1_800_000, 'http://localhost:1/assets/boot-2.js'),
        finish('3', 2_500_000),
        finish('2', 3_000_000),
        { name: 'RunTask', ts: 1_700_000, dur: 150_000 },
        { name: 'RunTask', ts: 2_500_000, dur: 5_000 },
      ],
    };
    const timeline = lanternTimeline(trace);
    expect(timeline.requests).toEqual([
      { start: 0, end: 700, url: 'http://localhost:1/instances' },
      { start: 800, end: 1500, url: 'http://localhost:1/assets/boot-2.js' },
      { start: 900, end: 2000, url: 'http://localhost:1/assets/framework-1.js' },
    ]);
    expect(timeline.tasks).toEqual([{ start: 700, ms: 150 }]);
    expect(formatTimeline(timeline)).toContain('  900–2000  framework-1.js');
  });
});
