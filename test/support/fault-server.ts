import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** How the server answers one request. */
export type Fault = (request: IncomingMessage, response: ServerResponse, body: string) => void;

export interface FaultServer {
  /** Base URL to hand to the client. */
  url: string;
  /** How many requests reached the server, whatever it answered. */
  readonly requests: number;
  /** Bodies of the requests received, in order. */
  readonly bodies: string[];
  /** Headers of the requests received, in order. */
  readonly headers: IncomingMessage['headers'][];
  /** How many requests the client closed before the server had finished answering. */
  readonly abandoned: number;
  /** Answer the next requests with these faults in turn; the last one repeats. */
  answer(...faults: Fault[]): void;
  close(): Promise<void>;
}

/** A real node:http server on 127.0.0.1 and a free port that answers with whatever fault a test picks. */
export async function startFaultServer(): Promise<FaultServer> {
  let faults: Fault[] = [json(200, {})];
  let served = 0;
  let abandoned = 0;
  const bodies: string[] = [];
  const headers: IncomingMessage['headers'][] = [];
  const sockets = new Set<Socket>();

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      bodies.push(body);
      headers.push(request.headers);
      const fault = faults[Math.min(served, faults.length - 1)]!;
      served++;
      response.on('close', () => {
        if (!response.writableFinished) abandoned++;
      });
      fault(request, response, body);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return served;
    },
    get abandoned() {
      return abandoned;
    },
    bodies,
    headers,
    answer(...next) {
      faults = next;
      served = 0;
      abandoned = 0;
      bodies.length = 0;
      headers.length = 0;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers with a status, a body sent as-is, and headers. */
export const raw =
  (status: number, body: string, responseHeaders: Record<string, string> = {}): Fault =>
  (_request, response) => {
    response.writeHead(status, responseHeaders);
    response.end(body);
  };

/** Answers with a JSON body, declared as the provider declares it. */
export const json = (status: number, body: unknown, responseHeaders: Record<string, string> = {}): Fault =>
  raw(status, JSON.stringify(body), { 'content-type': 'application/JSON', ...responseHeaders });

/** Answers with `fault` after `ms`, unless the client goes away first. */
export const delayed =
  (ms: number, fault: Fault): Fault =>
  (request, response, body) => {
    const timer = setTimeout(() => fault(request, response, body), ms);
    response.on('close', () => clearTimeout(timer));
  };

/** Sends the status line, headers and half a body, then resets the connection. */
export const resetMidBody =
  (body: string): Fault =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
    response.write(body.slice(0, Math.floor(body.length / 2)), () => response.socket?.resetAndDestroy());
  };

/** Writes `text` straight to the socket and closes it: any status line, header or framing, broken ones included. */
export const rawSocket =
  (text: string): Fault =>
  (request) => {
    request.socket.end(text);
  };
