// A fake Slack Web API on 127.0.0.1: records every call with its parsed body, answers like Slack,
// and can be told to rate-limit (429 + Retry-After) or fail the next calls of a method.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type WebSocket, WebSocketServer } from "ws";

export const FAKE_TEAM = "T0001";
export const FAKE_BOT_USER = "U0LAN0Z89";
export const FAKE_BOT_ID = "B0BRIEFBOT";
/** The bot token the fake's oauth.v2.access hands out for workspace T0002. */
export const FAKE_INSTALLED_TOKEN = "xoxb-installed-T0002";

/** One request the fake received. */
export interface FakeCall {
  /** Web API method (`chat.postMessage`), or `response_url` for slash command responses. */
  method: string;
  /** The parsed form or JSON body; JSON-looking form values (blocks) are parsed too. */
  body: Record<string, unknown>;
  /** Authorization header or form token, whichever was sent. */
  token: string | undefined;
  /** HTTP status the fake answered with. */
  status: number;
  /** For chat.postMessage: the ts the fake gave the new message. */
  ts?: string;
  at: number;
}

interface Scripted {
  count: number;
  status?: number;
  retryAfter?: number;
  error?: string;
}

export interface FakeSlack {
  /** Web API base to put in SLACK_API_URL, ending in `/api/`. */
  apiUrl: string;
  /** A response_url for slash commands that posts back to this fake. */
  responseUrl(id?: string): string;
  calls: FakeCall[];
  /** Successful calls of one method. */
  ok(method: string): FakeCall[];
  /** The next `count` calls of `method` get 429 with `Retry-After: seconds`. */
  rateLimit(method: string, count: number, seconds: number): void;
  /** The next `count` calls of `method` answer `{ ok: false, error }`. */
  fail(method: string, error: string, count?: number): void;
  /**
   * The next call of `method` waits, unanswered and without effect, until `release()`; a caller
   * that disconnects meanwhile (a killed instance) is recorded with status 0 and changes nothing.
   */
  hold(method: string): { arrived: Promise<void>; release(): void };
  /** Socket Mode: envelopes go to the connected app; `acks` are the envelope ids it acknowledged. */
  socket: {
    connected(): boolean;
    send(envelope: Record<string, unknown>): void;
    acks: { envelope_id: string; payload?: unknown }[];
  };
  /** Resolves once `predicate` holds for the recorded calls (polls; rejects after `ms`). */
  waitFor(predicate: (calls: FakeCall[]) => boolean, ms?: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

/** Starts the fake on 127.0.0.1 on a free port. */
export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: FakeCall[] = [];
  const scripted = new Map<string, Scripted[]>();
  const messages: { channel: string; ts: string; thread_ts?: string; user: string }[] = [];
  const holds = new Map<string, { arrive: () => void; released: Promise<void> }[]>();
  let seq = 100;

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const isResponseUrl = url.pathname.startsWith("/response/");
    const method = isResponseUrl ? "response_url" : url.pathname.replace(/^\/api\//, "");
    const body = parseBody(raw, req.headers["content-type"] ?? "");
    const token =
      (req.headers.authorization as string | undefined)?.replace(/^Bearer /, "") ??
      (typeof body.token === "string" ? body.token : undefined);
    const script = scripted.get(method)?.[0];
    const record = (status: number) => calls.push({ method, body, token, status, at: Date.now() });

    const held = holds.get(method)?.shift();
    if (held) {
      held.arrive();
      const gone = new Promise<"gone">((resolve) => res.once("close", () => resolve("gone")));
      if ((await Promise.race([held.released, gone])) === "gone") {
        record(0);
        return;
      }
    }

    if (script) {
      script.count -= 1;
      if (script.count <= 0) scripted.get(method)?.shift();
      if (script.status === 429) {
        record(429);
        res.writeHead(429, { "retry-after": String(script.retryAfter ?? 1) });
        res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
        return;
      }
      record(200);
      return json(res, { ok: false, error: script.error ?? "fatal_error" });
    }

    record(200);
    if (isResponseUrl) return json(res, { ok: true });
    switch (method) {
      case "auth.test":
        return json(res, {
          ok: true,
          url: "https://example.slack.com/",
          team: "Example",
          user: "briefbot",
          team_id: FAKE_TEAM,
          user_id: FAKE_BOT_USER,
          bot_id: FAKE_BOT_ID,
          is_enterprise_install: false,
        });
      case "chat.postMessage": {
        seq += 1;
        const ts = `1700000000.${String(seq).padStart(6, "0")}`;
        const call = calls.at(-1);
        if (call) call.ts = ts;
        const channel = String(body.channel);
        const threadTs = typeof body.thread_ts === "string" ? body.thread_ts : undefined;
        messages.push({
          channel,
          ts,
          user: FAKE_BOT_USER,
          ...(threadTs ? { thread_ts: threadTs } : {}),
        });
        return json(res, {
          ok: true,
          channel,
          ts,
          message: {
            type: "message",
            user: FAKE_BOT_USER,
            bot_id: FAKE_BOT_ID,
            text: body.text,
            ts,
          },
        });
      }
      case "oauth.v2.access":
        return json(res, {
          ok: true,
          app_id: "A0BRIEFBOT",
          authed_user: { id: "U0INSTALLER" },
          scope: "app_mentions:read,chat:write,commands",
          token_type: "bot",
          access_token: FAKE_INSTALLED_TOKEN,
          bot_user_id: FAKE_BOT_USER,
          team: { id: "T0002", name: "Second Workspace" },
          enterprise: null,
          is_enterprise_install: false,
        });
      case "apps.connections.open":
        return json(res, { ok: true, url: `ws://127.0.0.1:${port}/socket` });
      case "chat.postEphemeral":
        seq += 1;
        return json(res, { ok: true, message_ts: `1700000000.${String(seq).padStart(6, "0")}` });
      case "conversations.replies": {
        const thread = messages.filter(
          (m) => m.channel === body.channel && (m.thread_ts === body.ts || m.ts === body.ts),
        );
        return json(res, { ok: true, messages: thread, has_more: false });
      }
      default:
        return json(res, { ok: true });
    }
  });
  // Socket Mode: the app connects here after apps.connections.open; Slack greets it with hello.
  const wss = new WebSocketServer({ server, path: "/socket" });
  const sockets: WebSocket[] = [];
  const acks: { envelope_id: string; payload?: unknown }[] = [];
  wss.on("connection", (ws) => {
    sockets.push(ws);
    ws.on("message", (data) => acks.push(JSON.parse(String(data))));
    ws.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "fake", approximate_connection_time: 3600 },
        connection_info: { app_id: "A0BRIEFBOT" },
      }),
    );
  });

  let port = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id = "1") => `${base}/response/${id}`,
    calls,
    ok: (method) => calls.filter((c) => c.method === method && c.status === 200),
    rateLimit(method, count, seconds) {
      scripted.set(method, [
        ...(scripted.get(method) ?? []),
        { count, status: 429, retryAfter: seconds },
      ]);
    },
    hold(method) {
      let arrive: () => void = () => {};
      let release: () => void = () => {};
      const arrived = new Promise<void>((resolve) => {
        arrive = resolve;
      });
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      holds.set(method, [...(holds.get(method) ?? []), { arrive, released }]);
      return { arrived, release };
    },
    fail(method, error, count = 1) {
      scripted.set(method, [...(scripted.get(method) ?? []), { count, error }]);
    },
    async waitFor(predicate, ms = 8000) {
      const deadline = Date.now() + ms;
      while (!predicate(calls)) {
        if (Date.now() > deadline) {
          const seen = calls.map((c) => `${c.method}:${c.status}`).join(", ");
          throw new Error(`fake slack: condition not met within ${ms} ms; calls: ${seen}`);
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    socket: {
      connected: () => sockets.some((ws) => ws.readyState === ws.OPEN),
      send(envelope) {
        for (const ws of sockets) if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(envelope));
      },
      acks,
    },
    reset() {
      calls.length = 0;
      scripted.clear();
      holds.clear();
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function json(res: import("node:http").ServerResponse, value: unknown): void {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes("application/json")) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return out;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
