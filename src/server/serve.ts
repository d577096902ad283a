// Starts the API on a socket; refuses to listen beyond loopback without a token.
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Store } from '../store/store.ts';
import { createApp, type AppOptions } from './app.ts';

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || h === '::ffff:127.0.0.1';
}

export interface Listening { server: ServerType; url: string; port: number; close(): Promise<void> }

export type ServeResult = { ok: true; listening: Listening } | { ok: false; error: string };

export async function startServer(store: Store, opts: AppOptions & { host: string; port: number }): Promise<ServeResult> {
  if (!isLoopback(opts.host) && !opts.token) {
    return { ok: false, error: `Expected a token (--token or DYAD_TOKEN) to listen on "${opts.host}", found none: beyond loopback the writing routes must be protected` };
  }
  const app = createApp(store, opts);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host });
    server.once('error', (e: NodeJS.ErrnoException) => {
      resolve({ ok: false, error: `Cannot listen on ${opts.host}:${opts.port}: expected a free port, found ${e.code === 'EADDRINUSE' ? 'it in use' : e.code ?? e.message}` });
    });
    server.once('listening', () => {
      const port = (server.address() as AddressInfo).port;
      const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      resolve({
        ok: true,
        listening: {
          server, port, url: `http://${host}:${port}`,
          close: () => new Promise<void>((r) => { server.close(() => r()); (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(); }),
        },
      });
    });
  });
}
