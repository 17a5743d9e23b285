/**
 * Starts the real PlanDesk backend for the browser tests: a fresh temporary
 * database (`PLANDESK_VAR_DIR`), `plandesk db upgrade`, `plandesk demo` (whose
 * printed accounts we parse), then `plandesk serve` on a free port with the
 * built client (`frontend/dist`) served at `/`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

export interface RunningBackend {
  baseURL: string;
  accounts: Record<string, DemoAccount>;
  varDir: string;
  stop: () => Promise<void>;
}

const frontendDir = resolve(import.meta.dirname, '..');
const repoDir = resolve(frontendDir, '..');

function plandeskBin(): string {
  const fromEnv = process.env.PLANDESK_BIN;
  if (fromEnv) return fromEnv;
  const venv = join(repoDir, '.venv', 'bin', 'plandesk');
  if (existsSync(venv)) return venv;
  return 'plandesk';
}

/** `  coordinator   coordinator@demo.plandesk.local    s3cr3t` → an account. */
export function parseDemoAccounts(stdout: string): Record<string, DemoAccount> {
  const accounts: Record<string, DemoAccount> = {};
  const line = /^\s+([a-z_]+)\s+(\S+@\S+)\s+(\S+)\s*$/gm;
  for (const m of stdout.matchAll(line)) {
    const [, role, email, password] = m;
    if (role && email && password) accounts[role] = { role, email, password };
  }
  return accounts;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => ok(port));
    });
  });
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(bin, args, { env, cwd: repoDir, encoding: 'utf8' });
  if (result.error) throw new Error(`${bin} ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new Error(`${bin} ${args.join(' ')} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

async function waitForReady(baseURL: string, child: ChildProcess, log: () => string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`plandesk serve exited ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${baseURL}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`plandesk serve not ready after ${timeoutMs} ms:\n${log()}`);
}

export async function startBackend(): Promise<RunningBackend> {
  const dist = join(frontendDir, 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('frontend/dist is missing: run `npm run build` (or `make e2e`, which builds first)');
  }
  const varDir = mkdtempSync(join(tmpdir(), 'plandesk-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PLANDESK_VAR_DIR: varDir,
    PLANDESK_FRONTEND_DIST: dist,
    PLANDESK_SERVE_FRONTEND: 'true',
    // The integrations story delivers webhooks to a receiver on this machine.
    PLANDESK_WEBHOOKS_ALLOW_HTTP: 'true',
    PLANDESK_WEBHOOKS_ALLOW_CIDRS: '127.0.0.1/32',
  };
  // A developer's own database or secrets must not leak into the test run.
  delete env.PLANDESK_DATABASE_URL;
  delete env.PLANDESK_SECRET_KEY;
  delete env.PLANDESK_REDIS_URL;

  const bin = plandeskBin();
  run(bin, ['db', 'upgrade'], env);
  const accounts = parseDemoAccounts(run(bin, ['demo'], env));
  if (!accounts.coordinator) throw new Error('`plandesk demo` printed no coordinator account');

  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(bin, ['serve', '--host', '127.0.0.1', '--port', String(port)], {
    env,
    cwd: repoDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  await waitForReady(baseURL, child, () => output);

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(varDir, { recursive: true, force: true });
  };
  return { baseURL, accounts, varDir, stop };
}
