/**
 * Lighthouse's own simulation of a page load, as a timeline: with LANTERN_DEBUG set and
 * --save-assets, Lighthouse writes each metric's simulated run as a trace (Lantern: the observed
 * requests and tasks replayed on slow 4G, six connections per origin over HTTP/1.1, CPU ×4). The
 * LCP's shows which requests wait for which, and so what the LCP estimate is made of.
 */

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  args?: { data?: { requestId?: string; url?: string } };
}

export interface SimulatedRequest {
  /** ms from the simulation's start. */
  start: number;
  end: number;
  url: string;
}

/** The simulated requests of a Lantern trace, in the order they started, and its CPU tasks over `minTaskMs`. */
export function lanternTimeline(trace: { traceEvents?: TraceEvent[] } | TraceEvent[], minTaskMs = 10) {
  const events = Array.isArray(trace) ? trace : (trace.traceEvents ?? []);
  const t0 = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const ms = (ts: number) => Math.round((ts - t0) / 1000);
  const byId = new Map<string, Partial<SimulatedRequest>>();
  for (const e of events) {
    const id = e.args?.data?.requestId;
    if (!id || (e.name !== 'ResourceSendRequest' && e.name !== 'ResourceFinish')) continue;
    const r = byId.get(id) ?? {};
    if (e.name === 'ResourceSendRequest') r.start = ms(e.ts);
    else r.end = ms(e.ts);
    if (e.args?.data?.url) r.url = e.args.data.url;
    byId.set(id, r);
  }
  const requests = [...byId.values()]
    .filter((r): r is SimulatedRequest => r.start !== undefined && r.end !== undefined && r.url !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const tasks = events
    .filter((e) => (e.name === 'RunTask' || e.name === 'Task') && (e.dur ?? 0) / 1000 > minTaskMs)
    .map((e) => ({ start: ms(e.ts), ms: Math.round(e.dur! / 1000) }));
  return { requests, tasks };
}

/** One line per request: "start–end file" (the path's last part, without the origin). */
export function formatTimeline({ requests, tasks }: ReturnType<typeof lanternTimeline>): string {
  const name = (url: string) => url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/assets\//, '').slice(0, 48);
  return [
    ...requests.map((r) => `    ${String(r.start).padStart(5)}–${String(r.end).padEnd(5)} ${name(r.url)}`),
    `    tasks over 10 ms (start+ms, ×4): ${tasks.map((t) => `${t.start}+${t.ms}`).join(' ')}`,
  ].join('\n');
}
