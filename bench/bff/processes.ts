// Child processes for the BFF overhead benchmark: each server in its own Node process (as in
// production), found by the URL it prints, measured through /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLOCK_TICKS_PER_S = 100; // getconf CLK_TCK on Linux

export interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs a TypeScript entry with tsx and resolves once a line of its output matches `ready` (group 1 = URL).
 * `cwd` is another checkout of the repository to run the script from (an older build side by side).
 */
export function startNode(script: string, env: Record<string, string>, ready: RegExp, timeoutMs = 120_000, nodeArgs: string[] = [], cwd = root): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let output = '';
    let started = false;
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${script} did not start within ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    // Keeps reading after the start (a full pipe would block the child) without keeping the text.
    const onData = (chunk: Buffer) => {
      if (started) return;
      output += chunk.toString();
      const m = ready.exec(output);
      if (m) {
        started = true;
        clearTimeout(timer);
        resolve({ url: m[1]!, pid: child.pid!, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!started) reject(new Error(`${script} exited (${code}) before it was ready:\n${output}`));
    });
  });
}

export interface ProcessStats {
  /** Resident memory now, MB. */
  rssMb: number;
  /** The most resident memory the process has had, MB. */
  peakMb: number;
  /** User + system CPU time used so far, ms. */
  cpuMs: number;
}

export function processStats(pid: number): ProcessStats {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  // /proc/<pid>/stat: fields 14 and 15 (utime, stime) after the ")" that ends the command name.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024, cpuMs: (ticks * 1000) / CLOCK_TICKS_PER_S };
}
