// Small process helpers shared by the VS Code test hosts: logging, spawning with a
// captured log, and killing whole process groups (code-server forks an extension host,
// a pty host and file watchers; killing only the parent would leave them running).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { openSync, closeSync } from 'node:fs';

export const log = (msg) => process.stderr.write(`[test:vscode] ${msg}\n`);

/** Error whose message is shown verbatim and whose `exitCode` the runner exits with. */
export class RunnerError extends Error {
  constructor(message, exitCode = 2) { super(message); this.exitCode = exitCode; }
}

const groups = new Set();

/** Starts `cmd` in its own process group (so it can be killed as a whole). */
export function spawnGroup(cmd, args, { env, cwd, logFile, inherit = false } = {}) {
  const fd = logFile ? openSync(logFile, 'a') : null;
  const stdio = inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', fd ?? 'ignore', fd ?? 'ignore'];
  const child = spawn(cmd, args, { env, cwd, stdio, detached: true });
  if (fd !== null) closeSync(fd);
  groups.add(child.pid);
  child.once('exit', () => groups.delete(child.pid));
  return child;
}

/** Runs `cmd` to completion; resolves with its exit code (output appended to logFile). */
export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnGroup(cmd, args, opts);
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** SIGTERM every process group we started, then SIGKILL what is left after `graceMs`. */
export async function killAllGroups(graceMs = 3000) {
  const pids = [...groups];
  for (const pid of pids) { try { process.kill(-pid, 'SIGTERM'); } catch { /* gone */ } }
  const alive = (pid) => { try { process.kill(-pid, 0); return true; } catch { return false; } };
  const until = Date.now() + graceMs;
  while (pids.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  for (const pid of pids) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
  groups.clear();
}

/** Synchronous last resort for process 'exit' handlers. */
export function killAllGroupsSync() {
  for (const pid of groups) { try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    }).once('error', reject);
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
