// A real HTTP server on 127.0.0.1:0 for one fake tracker: state lives in the subclass, every request
// and response can be checked against the tracker's published description, and a fault queue serves
// the failures the clients must survive (status codes with headers, delays, destroyed sockets, non-JSON).
import * as http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeRequest {
  method: string;
  /** Decoded path. */
  path: string;
  /** The path as sent (GitLab's project ids are %2F-encoded). */
  rawPath: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  body: unknown;
  rawBody: string;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Fault {
  /** Which requests the fault applies to (default: the next one). */
  when?: (request: FakeRequest) => boolean;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Answer with this text and content type instead of JSON. */
  text?: { contentType: string; body: string };
  /** Wait before answering (a client timeout shorter than this sees a timeout). */
  delayMs?: number;
  /** Destroy the socket: "before" the request is handled, or "after" it was handled (the create happened, the answer is lost). */
  destroy?: "before" | "after";
  /** How many matching requests it serves; default 1. */
  times?: number;
}

export abstract class FakeServer {
  readonly requests: FakeRequest[] = [];
  /** Requests or responses that broke the published description: a test fails when this is not empty. */
  readonly violations: string[] = [];
  private readonly faults: Fault[] = [];
  private inFlight = 0;
  private server: http.Server | undefined;
  private sockets = new Set<import("node:net").Socket>();
  baseUrl = "";
  /** Runs after a request was handled and before its answer is sent (the CLI kill test stops the client here). */
  onHandled: ((request: FakeRequest, response: FakeResponse) => void | Promise<void>) | undefined;

  protected abstract handle(request: FakeRequest): FakeResponse | Promise<FakeResponse>;

  /** A request that breaks the description: recorded, and answered as the real API would (usually 400/422). */
  protected abstract validateRequest(request: FakeRequest): FakeResponse | undefined;

  /** Checks an answer the fake is about to send against the description. */
  protected abstract validateResponse(request: FakeRequest, response: FakeResponse): void;

  fault(fault: Fault): this {
    this.faults.push({ times: 1, ...fault });
    return this;
  }

  /** Waits until every request (a delayed one too) has been handled. */
  async settle(): Promise<void> {
    while (this.inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  get pendingFaults(): number {
    return this.faults.length;
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.serve(req, res));
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) =>
      this.server === undefined ? resolve() : this.server.close(() => resolve()),
    );
  }

  private takeFault(request: FakeRequest): Fault | undefined {
    const index = this.faults.findIndex((fault) => fault.when === undefined || fault.when(request));
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return fault;
  }

  private async serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    this.inFlight++;
    try {
      await this.serveCounted(req, res);
    } finally {
      this.inFlight--;
    }
  }

  private async serveCounted(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let body: unknown = undefined;
    if (rawBody !== "") {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = rawBody;
      }
    }
    const request: FakeRequest = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname),
      rawPath: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      rawBody,
    };
    this.requests.push(request);
    const fault = this.takeFault(request);
    if (fault?.delayMs !== undefined)
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.destroy === "before") {
      req.socket.destroy();
      return;
    }
    if (
      fault !== undefined &&
      fault.destroy !== "after" &&
      (fault.status !== undefined || fault.text !== undefined)
    ) {
      this.send(
        res,
        request,
        fault.text !== undefined
          ? { status: fault.status ?? 200, headers: fault.headers }
          : {
              status: fault.status!,
              headers: fault.headers,
              body: fault.body ?? this.errorBody(fault.status!),
            },
        fault.text,
        false,
      );
      return;
    }
    let response: FakeResponse;
    try {
      response = this.validateRequest(request) ?? (await this.handle(request));
    } catch (error) {
      this.violations.push(
        `fake crashed on ${request.method} ${request.path}: ${(error as Error).stack}`,
      );
      response = { status: 500, body: { message: "fake crashed" } };
    }
    await this.onHandled?.(request, response);
    if (fault?.destroy === "after") {
      req.socket.destroy();
      return;
    }
    this.send(
      res,
      request,
      { ...response, headers: { ...response.headers, ...fault?.headers } },
      undefined,
      true,
    );
  }

  /** The body the tracker sends with an error status (its documented error shape). */
  protected abstract errorBody(status: number): unknown;

  /** A request the description has no `what` (operation, endpoint) for: a violation, and a 404. */
  protected unknownRequest(what: string, request: FakeRequest): FakeResponse {
    this.violations.push(`no such ${what}: ${request.method} ${request.path}`);
    return { status: 404, body: this.errorBody(404) };
  }

  private send(
    res: http.ServerResponse,
    request: FakeRequest,
    response: FakeResponse,
    text: Fault["text"],
    validate: boolean,
  ): void {
    if (validate && response.status < 500) {
      try {
        this.validateResponse(request, response);
      } catch (error) {
        this.violations.push(
          `response validation crashed on ${request.method} ${request.path}: ${(error as Error).message}`,
        );
      }
    }
    if (text !== undefined) {
      res.writeHead(response.status, { "content-type": text.contentType, ...response.headers });
      res.end(text.body);
      return;
    }
    const payload = response.body === undefined ? "" : JSON.stringify(response.body);
    res.writeHead(response.status, {
      ...(payload === "" ? {} : { "content-type": "application/json; charset=utf-8" }),
      ...response.headers,
    });
    res.end(payload);
  }
}
