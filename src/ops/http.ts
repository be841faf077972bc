// The bot's own small HTTP server, and the shape of what mounts on it: route handlers that answer
// the requests they own and pass on the rest. The same mounts go on Bolt's server in Slack HTTP
// mode (as its custom routes), so a route is written once for every mode.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Logger, silentLogger } from "../log.ts";

/** Serves a request when it is one of its routes (resolving true), else leaves it untouched (false). */
export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** A set of routes mounted together: `GET /metrics`, or a whole web view under a prefix. */
export interface HttpMount {
  /**
   * The paths it serves. Bolt's custom routes need them listed (path-to-regexp patterns such as
   * `/web/:id` are allowed there); the bot's own server asks `handle` for every path.
   */
  paths: readonly string[];
  /** HTTP methods it serves; default GET and HEAD. */
  methods?: readonly string[];
  handle: HttpHandler;
}

export interface HttpServerOptions {
  port: number;
  /** Interface to bind; default all. Tests use 127.0.0.1. */
  host?: string;
  mounts: readonly HttpMount[];
  logger?: Logger;
}

export interface RunningHttpServer {
  address(): AddressInfo;
  close(): Promise<void>;
}

/** Starts the server; resolves once it listens (a port in use rejects with the port named). */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const logger = options.logger ?? silentLogger;
  const server: Server = createServer((req, res) => {
    void serveWith(options.mounts, req, res, logger);
  });
  // Idle keep-alive connections must not hold the process open at shutdown.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          `cannot listen on port ${options.port}: ${error.code === "EADDRINUSE" ? "the port is in use" : error.message}`,
          { cause: error },
        ),
      );
    };
    server.once("error", failed);
    server.listen(options.port, options.host, () => {
      server.off("error", failed);
      resolve();
    });
  });
  return {
    address: () => server.address() as AddressInfo,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

/** Offers the request to each mount in turn; 404 when none takes it, 500 when one throws. */
export async function serveWith(
  mounts: readonly HttpMount[],
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger = silentLogger,
): Promise<void> {
  try {
    for (const mount of mounts) {
      const methods = mount.methods ?? ["GET", "HEAD"];
      if (!methods.includes(req.method ?? "GET")) continue;
      if (await mount.handle(req, res)) return;
    }
    sendJson(res, 404, { error: "not found" });
  } catch (error) {
    logger.error("http: a route failed", { path: pathOf(req), error });
    if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
    else res.end();
  }
}

/** The request's path, without its query. */
export function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? "/", "http://localhost").pathname;
}

/** Writes a JSON body (none for HEAD) with its status. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, "application/json; charset=utf-8", `${JSON.stringify(body)}\n`);
}

/** Writes a text body (none for HEAD) with its status and content type. */
export function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, {
    "content-type": contentType,
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
  });
  res.end(res.req?.method === "HEAD" ? undefined : body);
}
