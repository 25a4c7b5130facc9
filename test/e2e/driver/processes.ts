// Child processes for the e2e drivers: each in its own process group so that stopping it stops
// everything it started; all of them stopped on exit, on failure and on SIGINT/SIGTERM.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';

const running = new Set<ChildProcess>();
const cleanups: (() => void | Promise<void>)[] = [];

/** Starts a long-running process in its own group, its output appended to `logFile`. */
export function startGroup(command: string, args: string[], options: SpawnOptions & { logFile: string }): ChildProcess {
  const log = fs.openSync(options.logFile, 'a');
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a process group: SIGTERM to every member, then SIGKILL to whatever is left after `graceMs`
 * (the leader may exit while children it forked, such as an extension host, linger).
 */
export async function stopGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  const pgid = child.pid;
  running.delete(child);
  if (pgid === undefined || !groupAlive(pgid)) return;
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pgid, sig);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  const gone = async (ms: number) => {
    const deadline = Date.now() + ms;
    while (groupAlive(pgid)) {
      if (Date.now() > deadline) return false;
      await new Promise((r) => setTimeout(r, 100));
    }
    return true;
  };
  if (!(await gone(graceMs))) {
    signal('SIGKILL');
    if (!(await gone(5000))) console.error(`e2e: process group ${pgid} survived SIGKILL`);
  }
}

/** Registers work to do when the driver ends, whatever the reason (run in reverse order). */
export function onCleanup(fn: () => void | Promise<void>): void {
  cleanups.push(fn);
}

let cleaning: Promise<void> | undefined;
export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (err) {
        console.error(`cleanup: ${(err as Error).message}`);
      }
    }
    await Promise.all([...running].map((c) => stopGroup(c)));
  })();
  return cleaning;
}

/** Kills every remaining group synchronously: the last resort when the driver itself exits. */
function killAllNow(): void {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

export function installSignalHandlers(): void {
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by tsx), and a
  // second signal must not kill the driver half-way through its cleanup.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      if (cleaning) return;
      console.error(`\ne2e: ${sig} received, stopping everything this run started…`);
      void cleanup().finally(() => process.exit(130));
    });
  }
  process.once('exit', killAllNow);
}

/** A free TCP port on 127.0.0.1 (asked from the OS). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to completion (inherits output); rejects with its exit code. */
export function runToEnd(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    running.add(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** Polls `check` (a cheap condition such as a file's existence) until it returns a value, or fails after `ms`. */
export async function waitUntil<T>(what: string, ms: number, check: () => T | undefined | Promise<T | undefined>, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(ms / 1000)} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
