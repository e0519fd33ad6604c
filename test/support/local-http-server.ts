import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A started loopback server: its port and an idempotent close that also cuts hung connections. */
export interface LocalHttpServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `handle` on 127.0.0.1 at a free port, for the fake model servers of the tests. A handler
 * that throws answers 500 (or drops the connection once headers are out), via `onError`. `close()`
 * stops listening and destroys every open socket, including ones a scripted hang keeps open.
 */
export async function startLocalHttpServer(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
  onError: (res: ServerResponse, err: unknown) => void,
): Promise<LocalHttpServer> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) onError(res, err);
      else res.destroy();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    port,
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
        server.closeAllConnections?.();
      });
      return closing;
    },
  };
}
