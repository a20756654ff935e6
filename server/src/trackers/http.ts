// A small JSON-over-fetch client for the trackers whose official SDKs are too heavy to bundle
// (Jira, Linear, GitLab; see the README's design notes). It times out every request, retries
// 429 always (the request was not processed) and 5xx/timeouts/resets only for requests that are
// safe to repeat, waits as long as Retry-After or the rate-limit reset says within a cap, and turns
// every failure into a TrackerError with a sentence a person can act on.
import { TrackerError } from "./types";

export interface RetryPolicy {
  /** Extra attempts after the first. */
  retries: number;
  /** First backoff for 5xx and network errors; doubled each attempt. */
  baseDelayMs: number;
  /** The longest wait the client accepts for one retry; a longer Retry-After fails at once with that wait in the message. */
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 3, baseDelayMs: 500, maxWaitMs: 60_000 };
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface HttpClientOptions {
  /** "Jira", "GitLab": the first word of every error. */
  name: string;
  /** "project PAY": what a 403/404 is about. */
  where: string;
  /** How to fix a 401: "set GITLAB_TOKEN or run Follow-Through: Set Tracker Token". */
  authHint: string;
  baseUrl: string;
  headers: Record<string, string>;
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Tests shorten waits; production sleeps. */
  sleep?: (ms: number) => Promise<void>;
}

export interface RequestOptions {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Repeating the request cannot create a second thing (GET, PUT, searches). Defaults by method. */
  idempotent?: boolean;
  /** Lets a caller classify a 2xx body as an error (GraphQL errors arrive with 200). */
  inspect?: (body: unknown, status: number) => TrackerError | "rate-limited" | undefined;
}

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

export class HttpClient {
  readonly retry: RetryPolicy;
  private readonly timeoutMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HttpClientOptions) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.sleep = options.sleep ?? sleep;
  }

  async request<T>(method: string, path: string, request: RequestOptions = {}): Promise<T> {
    const url = new URL(this.options.baseUrl.replace(/\/+$/, "") + path);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) {
        url.searchParams.set(key, String(value));
      }
    }
    const idempotent = request.idempotent ?? method !== "POST";
    const { name } = this.options;
    for (let attempt = 0; ; attempt++) {
      const canRetry = attempt < this.retry.retries;
      let exchange: { response: Response; text: string };
      try {
        exchange = await this.exchange(url, method, request);
      } catch (error) {
        // A refused connection, a timeout, or a body cut off half-way: the same failure to the caller.
        if (idempotent && canRetry) {
          await this.sleep(this.backoff(attempt));
          continue;
        }
        throw networkError(name, error, this.timeoutMs, url);
      }
      const { response, text } = exchange;
      if (response.status === 429) {
        await this.waitOutRateLimit(response, attempt, (wait) =>
          canRetry
            ? `${name}: 429 rate limited; the limit resets in ${Math.ceil(wait / 1000)} s, longer than the ${Math.round(this.retry.maxWaitMs / 1000)} s this push waits. Try again later.`
            : `${name}: 429 rate limited; still limited after ${this.retry.retries + 1} attempts. Try again later.`,
        );
        continue;
      }
      if (response.status >= 500) {
        if (idempotent && canRetry) {
          await this.sleep(rateLimitWait(response.headers) ?? this.backoff(attempt));
          continue;
        }
        throw new TrackerError(
          "server",
          `${name}: ${response.status} server error${detailOf(text)}${idempotent ? ` after ${attempt + 1} attempts` : ""}. Try again later.`,
          response.status,
        );
      }
      let body: unknown = undefined;
      if (text.trim() !== "") {
        try {
          body = JSON.parse(text);
        } catch {
          throw new TrackerError(
            "bad-response",
            `${name}: ${response.status} answer is not JSON (${describeContentType(response, text)}); is the base URL ${this.options.baseUrl} right?`,
            response.status,
          );
        }
      }
      // GraphQL APIs put the reason in the body whatever the status; let the caller read it first.
      const inspected = request.inspect?.(body, response.status);
      if (inspected === undefined && response.status >= 400) {
        throw httpError(this.options, response.status, body);
      }
      if (inspected === "rate-limited") {
        await this.waitOutRateLimit(
          response,
          attempt,
          (wait) => `${name}: rate limited; try again in ${Math.ceil(wait / 1000)} s.`,
        );
        continue;
      }
      if (inspected !== undefined) {
        throw inspected;
      }
      return body as T;
    }
  }

  /** One request and its whole body; either both arrive or it throws. */
  private async exchange(
    url: URL,
    method: string,
    request: RequestOptions,
  ): Promise<{ response: Response; text: string }> {
    const response = await fetch(url, {
      method,
      headers: {
        accept: "application/json",
        ...(request.body === undefined ? {} : { "content-type": "application/json" }),
        ...this.options.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    return { response, text: await response.text() };
  }

  /** Waits out a rate limit when retries remain and the wait is acceptable; otherwise throws `message(wait)`. */
  private async waitOutRateLimit(
    response: Response,
    attempt: number,
    message: (wait: number) => string,
  ): Promise<void> {
    const wait = rateLimitWait(response.headers) ?? this.backoff(attempt);
    if (attempt < this.retry.retries && wait <= this.retry.maxWaitMs) {
      await this.sleep(wait);
      return;
    }
    throw new TrackerError("rate-limited", message(wait), response.status);
  }

  private backoff(attempt: number): number {
    // Full jitter keeps two pushers from retrying in step.
    const ceiling = this.retry.baseDelayMs * 2 ** attempt;
    return Math.min(this.retry.maxWaitMs, Math.round(ceiling / 2 + Math.random() * (ceiling / 2)));
  }
}

/** Milliseconds to wait from Retry-After (seconds or a date) or a rate-limit reset header (epoch seconds). */
export function rateLimitWait(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get("retry-after");
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) {
      return Math.max(0, seconds * 1000);
    }
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) {
      return Math.max(0, date - now);
    }
  }
  const remaining = headers.get("x-ratelimit-remaining") ?? headers.get("ratelimit-remaining");
  const reset = headers.get("x-ratelimit-reset") ?? headers.get("ratelimit-reset");
  if (remaining === "0" && reset !== null && Number.isFinite(Number(reset))) {
    const value = Number(reset);
    // Epoch seconds (GitHub, GitLab) or milliseconds (Linear); small numbers are seconds from now.
    const at = value > 1e12 ? value : value > 1e9 ? value * 1000 : now + value * 1000;
    return Math.max(0, at - now);
  }
  return undefined;
}

function networkError(name: string, error: unknown, timeoutMs: number, url: URL): TrackerError {
  const cause = error as {
    name?: string;
    cause?: { code?: string; message?: string };
    message?: string;
  };
  if (cause?.name === "TimeoutError" || cause?.name === "AbortError") {
    return new TrackerError(
      "timeout",
      `${name}: no answer from ${url.host} within ${Math.round(timeoutMs / 1000)} s (timed out).`,
    );
  }
  const code = cause?.cause?.code;
  if (code === "ECONNREFUSED") {
    return new TrackerError(
      "network",
      `${name}: connection refused by ${url.host}; is the base URL right and the server up?`,
    );
  }
  return new TrackerError(
    "network",
    `${name}: the connection to ${url.host} failed (${code ?? cause?.cause?.message ?? cause?.message ?? "network error"}).`,
  );
}

/** The tracker's own error text, whichever of the usual shapes it comes in. */
export function errorDetail(body: unknown): string {
  if (body === null || typeof body !== "object") {
    return "";
  }
  const data = body as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof data.message === "string") parts.push(data.message);
  if (typeof data.error === "string") parts.push(data.error);
  if (typeof data.error_description === "string") parts.push(data.error_description);
  if (Array.isArray(data.errorMessages))
    parts.push(...data.errorMessages.filter((m): m is string => typeof m === "string"));
  if (data.errors !== undefined && typeof data.errors === "object" && data.errors !== null) {
    if (Array.isArray(data.errors)) {
      for (const entry of data.errors) {
        if (typeof entry === "string") parts.push(entry);
        else if (entry !== null && typeof entry === "object") {
          const e = entry as Record<string, unknown>;
          parts.push(
            [e.resource, e.field, e.code, e.message].filter((v) => typeof v === "string").join(" "),
          );
        }
      }
    } else {
      for (const [field, message] of Object.entries(data.errors as Record<string, unknown>)) {
        parts.push(`${field}: ${String(message)}`);
      }
    }
  }
  if (data.message !== undefined && typeof data.message === "object" && data.message !== null) {
    for (const [field, messages] of Object.entries(data.message as Record<string, unknown>)) {
      parts.push(`${field} ${Array.isArray(messages) ? messages.join(", ") : String(messages)}`);
    }
  }
  return parts.filter((part) => part.trim() !== "").join("; ");
}

function detailOf(text: string): string {
  try {
    const detail = errorDetail(JSON.parse(text));
    return detail === "" ? "" : ` (${detail})`;
  } catch {
    return "";
  }
}

function describeContentType(response: Response, text: string): string {
  const type = response.headers.get("content-type") ?? "no content type";
  const start = text.trim().slice(0, 40).replace(/\s+/g, " ");
  return `${type}: "${start}${text.trim().length > 40 ? "…" : ""}"`;
}

export function httpError(
  options: { name: string; where: string; authHint: string },
  status: number,
  body: unknown,
): TrackerError {
  const detail = errorDetail(body);
  const tail = detail === "" ? "" : ` (${detail})`;
  const { name, where } = options;
  switch (status) {
    case 401:
      return new TrackerError(
        "auth",
        `${name}: 401 Unauthorized: the token is missing, wrong or expired${tail}; ${options.authHint}.`,
        status,
      );
    case 403:
      return new TrackerError(
        "forbidden",
        `${name}: 403 Forbidden on ${where}: the token may not create or change issues there${tail}.`,
        status,
      );
    case 404:
      return new TrackerError(
        "not-found",
        `${name}: 404 Not Found: ${where} does not exist or the token cannot see it${tail}.`,
        status,
      );
    case 400:
    case 422:
      return new TrackerError(
        "validation",
        `${name}: ${status}: ${where} refused the issue${tail}.`,
        status,
      );
    default:
      return new TrackerError("bad-response", `${name}: unexpected ${status}${tail}.`, status);
  }
}
