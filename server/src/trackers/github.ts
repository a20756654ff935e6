// GitHub Issues through Octokit with its retry and throttling plugins: the official client is light
// enough (see the README's design notes) and already knows GitHub's primary and secondary rate limits.
import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import Bottleneck from "bottleneck/light.js";
import { DEFAULT_TIMEOUT_MS, errorDetail, httpError } from "./http";
import { listLimit, TrackerError, type IssueDraft, type Tracker, type TrackerIssue } from "./types";

const RetryingOctokit = Octokit.plugin(retry, throttling);

export interface GitHubOptions {
  owner: string;
  repo: string;
  token: string;
  /** GitHub Enterprise Server: https://HOST/api/v3. */
  baseUrl?: string;
  timeoutMs?: number;
  /** Attempts after the first for reads and 5xx; and how many rate-limit waits are accepted. */
  retries?: number;
  /** The longest rate-limit wait accepted, in seconds. */
  maxWaitSeconds?: number;
  /** Multiplies every Retry-After/backoff (tests use a small value). Default 1000 (seconds to ms). */
  retryAfterBaseValue?: number;
  /** GitHub asks integrations to space writes one second apart; tests switch that off. */
  spaceWrites?: boolean;
}

interface GitHubIssue {
  number: number;
  html_url: string;
  title: string;
  state: string;
  body?: string | null;
  assignees?: { login: string }[] | null;
  pull_request?: unknown;
}

export class GitHubTracker implements Tracker {
  readonly kind = "github" as const;
  readonly where: string;
  private readonly octokit: InstanceType<typeof RetryingOctokit>;
  private readonly owner: string;
  private readonly repo: string;

  constructor(options: GitHubOptions) {
    this.owner = options.owner;
    this.repo = options.repo;
    this.where = `repository ${options.owner}/${options.repo}`;
    const retries = options.retries ?? 3;
    const maxWait = options.maxWaitSeconds ?? 60;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const acceptWait = (
      retryAfter: number,
      _options: unknown,
      _octokit: unknown,
      retryCount: number,
    ): boolean => retryCount < retries && retryAfter <= maxWait;
    const unspaced = options.spaceWrites === false ? { minTime: 0, maxConcurrent: 10 } : undefined;
    this.octokit = new RetryingOctokit({
      auth: options.token,
      baseUrl: (options.baseUrl ?? "https://api.github.com").replace(/\/+$/, ""),
      userAgent: "follow-through",
      request: {
        // Every request gets its own timeout; Octokit reports the abort as a 500 whose cause says so.
        fetch: (url: string, init: RequestInit) =>
          fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
        // No `retries` here: plugin-retry retries any error whose request options carry a count, 401s too.
      },
      retry: { retries, retryAfterBaseValue: options.retryAfterBaseValue ?? 1000 },
      throttle: {
        onRateLimit: acceptWait,
        onSecondaryRateLimit: acceptWait,
        retryAfterBaseValue: options.retryAfterBaseValue ?? 1000,
        ...(unspaced === undefined
          ? {}
          : {
              global: new Bottleneck.Group(unspaced),
              write: new Bottleneck.Group(unspaced),
              search: new Bottleneck.Group(unspaced),
              notifications: new Bottleneck.Group(unspaced),
            }),
      },
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    });
  }

  async findByMarker(marker: string): Promise<TrackerIssue[]> {
    // Search is eventually consistent: an issue created a moment ago may not be indexed yet, so the
    // newest issues are read too (a crash right after a create is the case that matters).
    const search = await this.call(() =>
      this.octokit.rest.search.issuesAndPullRequests({
        q: `"${marker}" in:body repo:${this.owner}/${this.repo} is:issue`,
        per_page: 10,
      }),
    );
    const recent = await this.call(() =>
      this.octokit.rest.issues.listForRepo({
        owner: this.owner,
        repo: this.repo,
        state: "all",
        sort: "created",
        direction: "desc",
        per_page: 50,
      }),
    );
    const byNumber = new Map<number, GitHubIssue>();
    for (const issue of [
      ...(search.data.items as GitHubIssue[]),
      ...(recent.data as GitHubIssue[]),
    ]) {
      if (issue.body?.includes(marker) === true && issue.pull_request === undefined)
        byNumber.set(issue.number, issue);
    }
    return [...byNumber.values()]
      .sort((a, b) => a.number - b.number)
      .map((issue) => this.toIssue(issue));
  }

  async create(draft: IssueDraft): Promise<TrackerIssue> {
    const response = await this.call(() =>
      this.octokit.rest.issues.create({
        owner: this.owner,
        repo: this.repo,
        title: draft.title,
        body: draft.body,
        labels: draft.labels,
        ...(draft.assignee === undefined ? {} : { assignees: [draft.assignee] }),
        // A create is never repeated blindly: the push searches for the marker before trying again.
        request: { retries: 0 },
      }),
    );
    return this.toIssue(response.data);
  }

  async getStatus(key: string): Promise<TrackerIssue> {
    const response = await this.call(() =>
      this.octokit.rest.issues.get({
        owner: this.owner,
        repo: this.repo,
        issue_number: issueNumber(key),
      }),
    );
    return this.toIssue(response.data);
  }

  async listOpen(label: string, limit?: number): Promise<TrackerIssue[]> {
    // One page; GitHub counts pull requests as issues, so a page can hold fewer than `limit` issues.
    const response = await this.call(() =>
      this.octokit.rest.issues.listForRepo({
        owner: this.owner,
        repo: this.repo,
        labels: label,
        state: "open",
        sort: "created",
        direction: "desc",
        per_page: listLimit(limit),
      }),
    );
    return (response.data as GitHubIssue[])
      .filter((issue) => issue.pull_request === undefined || issue.pull_request === null)
      .map((issue) => this.toIssue(issue));
  }

  async close(key: string): Promise<void> {
    await this.call(() =>
      this.octokit.rest.issues.update({
        owner: this.owner,
        repo: this.repo,
        issue_number: issueNumber(key),
        state: "closed",
        state_reason: "completed",
      }),
    );
  }

  async addLabel(key: string, label: string): Promise<void> {
    await this.call(() =>
      this.octokit.rest.issues.addLabels({
        owner: this.owner,
        repo: this.repo,
        issue_number: issueNumber(key),
        labels: [label],
      }),
    );
  }

  async addAssignee(key: string, account: string): Promise<void> {
    await this.call(() =>
      this.octokit.rest.issues.addAssignees({
        owner: this.owner,
        repo: this.repo,
        issue_number: issueNumber(key),
        assignees: [account],
      }),
    );
  }

  private toIssue(issue: GitHubIssue): TrackerIssue {
    return {
      key: `#${issue.number}`,
      id: String(issue.number),
      url: issue.html_url,
      title: issue.title,
      state: issue.state === "closed" ? "closed" : "open",
      assignees: (issue.assignees ?? []).map((assignee) => assignee.login),
    };
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await run();
    } catch (error) {
      throw this.translate(error);
    }
    // Octokit hands back a body that is not JSON as a string; every call here expects JSON.
    const data = (result as { data?: unknown }).data;
    if (
      typeof data === "string" ||
      data === null ||
      (data === undefined && (result as { status?: number }).status !== 204)
    ) {
      throw new TrackerError(
        "bad-response",
        `GitHub: the answer is not JSON; is the base URL right?`,
      );
    }
    return result;
  }

  private translate(error: unknown): TrackerError {
    if (error instanceof TrackerError) {
      return error;
    }
    const failure = error as {
      status?: number;
      message?: string;
      cause?: { name?: string; cause?: { code?: string } };
      response?: { data?: unknown; headers?: Record<string, string> };
    };
    const options = {
      name: "GitHub",
      where: this.where,
      authHint: "sign in to GitHub again, or set GITHUB_TOKEN",
    };
    const causeName = failure.cause?.name;
    if (causeName === "TimeoutError" || causeName === "AbortError") {
      return new TrackerError("timeout", "GitHub: no answer in time (timed out).");
    }
    const status = failure.status;
    if (status === undefined || (status === 500 && failure.response === undefined)) {
      const code = failure.cause?.cause?.code;
      return new TrackerError(
        "network",
        `GitHub: the connection failed (${code ?? failure.message ?? "network error"}).`,
      );
    }
    const data = failure.response?.data;
    const headers = failure.response?.headers ?? {};
    if (
      status === 429 ||
      (status === 403 &&
        (headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(errorDetail(data))))
    ) {
      return new TrackerError(
        "rate-limited",
        `GitHub: ${status} rate limited${headers["x-ratelimit-reset"] ? ` until ${new Date(Number(headers["x-ratelimit-reset"]) * 1000).toISOString()}` : ""}; try again later.`,
        status,
      );
    }
    if (status >= 500) {
      return new TrackerError(
        "server",
        `GitHub: ${status} server error${errorDetail(data) ? ` (${errorDetail(data)})` : ""}. Try again later.`,
        status,
      );
    }
    return httpError(options, status, data);
  }
}

function issueNumber(key: string): number {
  const match = /(\d+)\s*$/.exec(key);
  if (match === null) {
    throw new TrackerError("validation", `GitHub: "${key}" is not an issue number.`);
  }
  return Number(match[1]);
}
