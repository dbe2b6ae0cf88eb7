import { describe, expect, it } from 'vitest';
import { cdsTime, defaultPeriod, fromLocalInput, parseView, periodChoices, rangeProblem, resolveWindow, toLocalInput, writeView } from './range';

const H = 3_600_000;
const params = (s: string) => new URLSearchParams(s);

describe('periods', () => {
  it('follow the range: 1 h and 6 h at one minute, 24 h and 7 days at 15 minutes by default', () => {
    expect(defaultPeriod(H)).toBe(60);
    expect(defaultPeriod(6 * H)).toBe(60);
    expect(defaultPeriod(24 * H)).toBe(900);
    expect(defaultPeriod(7 * 24 * H)).toBe(900);
    expect(defaultPeriod(60 * 24 * H)).toBe(3600);
  });

  it('offer finer ones up to 10,080 points (one minute for 7 days) and none too coarse', () => {
    expect(periodChoices(H)).toEqual([60]);
    expect(periodChoices(6 * H)).toEqual([60, 900, 3600]);
    expect(periodChoices(7 * 24 * H)).toEqual([60, 900, 3600]);
    expect(periodChoices(7 * 24 * H + 60_000)).toEqual([900, 3600]);
  });
});

describe('custom ranges', () => {
  it('must be in order, long enough for a chart and short enough for one answer', () => {
    expect(rangeProblem(undefined, 5)).toBe('missing');
    expect(rangeProblem(10 * H, 9 * H)).toBe('order');
    expect(rangeProblem(0, 3 * 60_000)).toBe('tooShort');
    expect(rangeProblem(0, 500 * 24 * H)).toBe('tooLong');
    expect(rangeProblem(0, 30 * 24 * H)).toBeUndefined();
  });

  it('read the viewer-local datetime-local value and back', () => {
    const ms = fromLocalInput('2025-06-02T08:30')!;
    expect(toLocalInput(ms)).toBe('2025-06-02T08:30');
    expect(fromLocalInput('')).toBeUndefined();
    expect(fromLocalInput('yesterday')).toBeUndefined();
  });
});

describe('the URL', () => {
  it('reads a preset, a custom range and a period, and falls back to the last hour', () => {
    expect(parseView(params('range=6h')).spec).toEqual({ kind: 'preset', preset: '6h' });
    expect(parseView(params('range=6h&period=900')).period).toBe(900);
    expect(parseView(params('range=1h&period=3600')).period).toBe(60);
    expect(parseView(params('range=7d&period=60')).period).toBe(60);
    const custom = parseView(params('from=2025-06-02T00:00Z&to=2025-06-02T12:00Z&disk=d1'));
    expect(custom.spec).toEqual({ kind: 'custom', from: Date.UTC(2025, 5, 2), to: Date.UTC(2025, 5, 2, 12) });
    expect(custom.disk).toBe('d1');
    expect(parseView(params('range=2y')).spec).toEqual({ kind: 'preset', preset: '1h' });
    expect(parseView(params('from=2025-06-02T12:00Z&to=2025-06-02T00:00Z')).spec).toEqual({ kind: 'preset', preset: '1h' });
  });

  it('writes the view back, keeping the other parameters and leaving the default period out', () => {
    const view = parseView(params('range=24h'));
    expect(writeView(params('account=a1&tab=monitoring&from=x'), view).toString()).toBe('account=a1&tab=monitoring&range=24h');
    const custom = writeView(params(''), { spec: { kind: 'custom', from: Date.UTC(2025, 5, 2), to: Date.UTC(2025, 5, 3) }, period: 60, disk: '', nic: 'n1' });
    expect(custom.toString()).toBe('from=2025-06-02T00%3A00Z&to=2025-06-03T00%3A00Z&period=60&nic=n1');
    expect(parseView(custom)).toMatchObject({ period: 60, nic: 'n1', spec: { kind: 'custom' } });
  });
});

describe('windows and CDS times', () => {
  it('end a preset at the current minute and speak Beijing time to the cloud', () => {
    const now = Date.UTC(2025, 5, 2, 0, 30, 42);
    expect(resolveWindow({ kind: 'preset', preset: '1h' }, now)).toEqual({ from: Date.UTC(2025, 5, 1, 23, 30), to: Date.UTC(2025, 5, 2, 0, 30) });
    expect(cdsTime(Date.UTC(2025, 5, 2, 0, 30))).toBe('2025-06-02 08:30:00');
  });
});
