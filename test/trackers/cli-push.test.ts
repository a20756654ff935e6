// `follow-through push` as a user runs it: the built CLI in a child process, tokens from the
// environment, a fake tracker on 127.0.0.1, the link written back into the file.
import * as assert from "node:assert/strict";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  CLI,
  REPO_ROOT,
  ensureBuilt,
  makeTempDir,
  removeTempDir,
  writeTree,
} from "../support/cli-helpers";
import {
  githubHarness,
  jiraDataCenterHarness,
  jiraHarness,
  POST_MORTEM,
  type Harness,
} from "./harnesses";

// Each test gets its own post-mortem path, so its actions' markers are its own on the shared fakes.
let FILE = "";
let serial = 0;

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawns the CLI without blocking the event loop: the fake server lives in this process. */
function push(
  cwd: string,
  args: string[],
  env: Record<string, string>,
  onSpawn?: (pid: number) => void,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !/^(GITHUB_TOKEN|JIRA_|LINEAR_|GITLAB_)/.test(key),
      ),
    );
    const child = spawn(process.execPath, [CLI, "push", ...args], {
      cwd,
      env: { ...clean, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
    onSpawn?.(child.pid!);
  });
}

function config(harness: Harness): string {
  const settings = harness.settings();
  const tracker =
    harness.kind === "github"
      ? `  github: { repo: acme/payments, baseUrl: "${settings.github!.baseUrl}" }`
      : `  jira: { site: acme.atlassian.net, project: PAY, baseUrl: "${settings.jira!.baseUrl}" }`;
  return [
    "tracker:",
    tracker,
    "people:",
    "  - { name: Priya Raman, aliases: [Priya], github: priya, jira: acc-priya }",
    "",
  ].join("\n");
}

describe("cli: follow-through push", function () {
  this.timeout(60000);
  let github: Harness;
  let jira: Harness;
  let jiraDataCenter: Harness;
  let dir: string;

  before(async function () {
    ensureBuilt();
    github = await githubHarness();
    jira = await jiraHarness();
    jiraDataCenter = await jiraDataCenterHarness();
  });

  after(async function () {
    await github.fake.stop();
    await jira.fake.stop();
    await jiraDataCenter.fake.stop();
  });

  beforeEach(function () {
    serial++;
    FILE = `postmortems/2026-02-11-pool-${serial}.md`;
    dir = makeTempDir("ft-push-");
  });

  afterEach(function () {
    removeTempDir(dir);
    for (const harness of [github, jira, jiraDataCenter]) {
      harness.fake.onHandled = undefined;
      assert.deepEqual(harness.fake.violations.splice(0), []);
    }
  });

  it("--dry-run prints each issue it would create, sends nothing and changes nothing", async function () {
    writeTree(dir, { ".followthrough.yml": config(github), [FILE]: POST_MORTEM });
    const requests = github.fake.requests.length;
    const run = await push(dir, [FILE, "--dry-run"], {});
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /Would push 3 actions of postmortems\/2026-02-11-pool-\d+\.md to github \(acme\/payments\); dry run/,
    );
    assert.match(
      run.stdout,
      /- Add a pool_wait_ms p99 > 250 ms alert that pages the payments primary\n {2}action id: \S+ {3}marker: ft-\S+\n {2}labels: post-mortem-action {3}assignee: priya/,
    );
    assert.match(run.stdout, /Incident summary:\*\* On 11 February 2026/);
    assert.equal(github.fake.requests.length, requests, "no request sent");
    assert.equal(fs.readFileSync(path.join(dir, FILE), "utf8"), POST_MORTEM);
  });

  it("a config that cannot be read stops the push before anything is sent: exit 2, file unchanged", async function () {
    writeTree(dir, {
      ".followthrough.yml": `${config(github)}tracker: [unclosed\n`,
      [FILE]: POST_MORTEM,
    });
    const requests = github.fake.requests.length;
    const run = await push(dir, [FILE], github.env());
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /YAML syntax error/);
    assert.match(run.stderr, /nothing pushed: the config could not be read/);
    assert.equal(github.fake.requests.length, requests, "no request sent");
    assert.equal(fs.readFileSync(path.join(dir, FILE), "utf8"), POST_MORTEM);
  });

  it("pushes every open unlinked action to GitHub, writes the links back, and a second push finds nothing to do", async function () {
    writeTree(dir, { ".followthrough.yml": config(github), [FILE]: POST_MORTEM });
    const before = github.count();
    const run = await push(dir, [FILE], github.env());
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /3 created, 0 already existed$/m);
    assert.equal(github.count(), before + 3);
    const text = fs.readFileSync(path.join(dir, FILE), "utf8");
    assert.match(
      text,
      /by 2026-03-06 \(\[#\d+\]\(https:\/\/github\.com\/acme\/payments\/issues\/\d+\)\)/,
    );
    assert.match(
      text,
      /\| Remove the database call from the liveness probe \| Priya \| 2026-04-01 \| \[#\d+\]\(https:\/\/github\.com\/acme\/payments\/issues\/\d+\) \|/,
    );
    const again = await push(dir, [FILE], github.env());
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /nothing to push/);
    assert.equal(github.count(), before + 3);
  });

  it("killed between the create and the write-back: the file is unchanged, and the next push links the issue without creating another", async function () {
    writeTree(dir, { ".followthrough.yml": config(jira), [FILE]: POST_MORTEM });
    const before = jira.count();
    let pid = 0;
    jira.fake.onHandled = async (request) => {
      if (jira.isCreate(request)) {
        jira.fake.onHandled = undefined;
        process.kill(pid, "SIGKILL"); // The issue exists on the tracker; the CLI never hears back.
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const killed = await push(
      dir,
      [FILE, "--tracker", "jira"],
      jira.env(),
      (childPid) => (pid = childPid),
    );
    assert.equal(killed.signal, "SIGKILL");
    assert.equal(jira.count(), before + 1, "the tracker created the first issue");
    assert.equal(
      fs.readFileSync(path.join(dir, FILE), "utf8"),
      POST_MORTEM,
      "no write-back happened",
    );

    const again = await push(dir, [FILE, "--tracker", "jira"], jira.env());
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /2 created, 1 already existed$/m);
    assert.equal(jira.count(), before + 3, "three actions, three issues: no duplicate");
    const text = fs.readFileSync(path.join(dir, FILE), "utf8");
    assert.match(
      text,
      /by 2026-03-06 \(\[PAY-\d+\]\(http:\/\/127\.0\.0\.1:\d+\/browse\/PAY-\d+\)\)/,
    );
    assert.match(text, /\| 2026-04-01 \| \[PAY-\d+\]\(http[^)]+\) \|/);
  });

  it("--action pushes one action; a 403 is reported in the summary with exit 2 and the file untouched", async function () {
    writeTree(dir, { ".followthrough.yml": config(jira), [FILE]: POST_MORTEM });
    const dry = await push(dir, [FILE, "--dry-run"], {});
    const id = /action id: (\S+)/.exec(dry.stdout)![1];
    jira.fake.fault({ status: 403, when: jira.isCreate });
    const run = await push(dir, [FILE, "--action", id], jira.env());
    assert.equal(run.status, 2);
    assert.match(run.stdout, /^0 created, 0 already existed, 1 failed: 403 on project PAY$/m);
    assert.match(run.stderr, /403 Forbidden on project PAY/);
    assert.equal(fs.readFileSync(path.join(dir, FILE), "utf8"), POST_MORTEM);
  });

  it("without a token it says which environment variables to set, and exits 2", async function () {
    writeTree(dir, { ".followthrough.yml": config(jira), [FILE]: POST_MORTEM });
    const run = await push(dir, [FILE], {});
    assert.equal(run.status, 2);
    assert.match(run.stderr, /set JIRA_EMAIL and JIRA_API_TOKEN to push to jira/);
  });

  it("Jira Data Center: JIRA_API_TOKEN alone (a personal access token) pushes; without it, only that variable is asked for", async function () {
    const baseUrl = jiraDataCenter.settings().jira!.baseUrl;
    const dataCenter = [
      "tracker:",
      `  jira: { site: "https://jira.example.com", project: PAY, deployment: datacenter, baseUrl: "${baseUrl}" }`,
      "people:",
      "  - { name: Priya Raman, aliases: [Priya], jira: priya }",
      "",
    ].join("\n");
    writeTree(dir, { ".followthrough.yml": dataCenter, [FILE]: POST_MORTEM });
    const missing = await push(dir, [FILE], { JIRA_EMAIL: "bot@acme.example" });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /set JIRA_API_TOKEN to push to jira/);
    const before = jiraDataCenter.count();
    const run = await push(dir, [FILE], jiraDataCenter.env());
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /3 created, 0 already existed$/m);
    assert.equal(jiraDataCenter.count(), before + 3);
    assert.match(
      fs.readFileSync(path.join(dir, FILE), "utf8"),
      /by 2026-03-06 \(\[PAY-\d+\]\(https:\/\/jira\.example\.com\/browse\/PAY-\d+\)\)/,
    );
  });

  it("without a tracker configured it shows the config to add, and exits 2", async function () {
    writeTree(dir, { [FILE]: POST_MORTEM });
    const run = await push(dir, [FILE], { GITHUB_TOKEN: "x" });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /add `tracker:` to \.followthrough\.yml/);
    assert.ok(REPO_ROOT.length > 0);
  });
});
