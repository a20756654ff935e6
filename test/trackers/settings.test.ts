// The `tracker:` config key, front matter overrides, the git remote default, and the draft an action becomes.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { parseConfigText } from "../../server/src/core/config";
import { lint } from "../../server/src/core/lint";
import { draftFor, markerFor, trackerSettingsFor } from "../../server/src/trackers";
import {
  parseRemoteUrl,
  permalink,
  repoInfo,
  repoRelativePath,
} from "../../server/src/trackers/repo";
import { POST_MORTEM, rosterConfig } from "./harnesses";

describe("trackers: settings and drafts", function () {
  it("reads every tracker's settings from .followthrough.yml", function () {
    const { config, problems } = parseConfigText(
      [
        "tracker:",
        "  github: acme/payments",
        "  jira: { site: acme.atlassian.net, project: PAY, baseUrl: https://jira.example.com }",
        "  linear: { team: ENG }",
        "  gitlab: { project: group/sub/pay, baseUrl: https://gitlab.example.com/ }",
        "  use: jira",
        "",
      ].join("\n"),
      ".followthrough.yml",
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.tracker, {
      label: "post-mortem-action",
      use: "jira",
      github: { owner: "acme", repo: "payments", baseUrl: undefined },
      jira: {
        site: "acme.atlassian.net",
        project: "PAY",
        baseUrl: "https://jira.example.com",
        issueType: undefined,
      },
      linear: { team: "ENG", baseUrl: undefined },
      gitlab: { project: "group/sub/pay", baseUrl: "https://gitlab.example.com" },
    });
  });

  it("reports a bad tracker entry with its line and key, and keeps the good ones", function () {
    const { config, problems } = parseConfigText(
      [
        "rules: {}",
        "tracker:",
        "  github: not-a-repo",
        "  jira: { site: acme.atlassian.net, project: pay }",
        "  linear: { team: ENG }",
        "  gitlub: x",
        "  gitlab: { project: a/b, baseUrl: ftp://x }",
        "",
      ].join("\n"),
      "cfg.yml",
    );
    assert.deepEqual(
      problems.map((problem) => `${problem.line} ${problem.key}: ${problem.message}`),
      [
        "3 tracker.github: expected owner/repo",
        '4 tracker.jira.project: expected a project key such as PAY; got "pay"',
        '6 tracker.gitlub: unknown key "gitlub"; known keys: use, label, github, jira, linear, gitlab',
        '7 tracker.gitlab.baseUrl: expected an http(s) URL; got "ftp://x"',
      ],
    );
    assert.deepEqual(config.tracker?.linear, { team: "ENG", baseUrl: undefined });
  });

  it("front matter picks the tracker for one post-mortem; the git remote is the GitHub default", function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ft-repo-"));
    try {
      fs.mkdirSync(path.join(dir, ".git", "refs", "heads"), { recursive: true });
      fs.writeFileSync(path.join(dir, ".git", "HEAD"), "ref: refs/heads/main\n");
      fs.writeFileSync(path.join(dir, ".git", "refs", "heads", "main"), `${"a".repeat(40)}\n`);
      fs.writeFileSync(
        path.join(dir, ".git", "config"),
        '[core]\n\tbare = false\n[remote "origin"]\n\turl = git@github.com:acme/payments.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n',
      );
      const file = path.join(dir, "docs", "postmortems", "2026 pool.md");
      const repo = repoInfo(file);
      assert.deepEqual(repo?.remote, { host: "github.com", path: "acme/payments", kind: "github" });
      assert.equal(repoRelativePath(file, repo), "docs/postmortems/2026 pool.md");
      assert.equal(
        permalink("docs/postmortems/2026 pool.md", repo),
        `https://github.com/acme/payments/blob/${"a".repeat(40)}/docs/postmortems/2026%20pool.md`,
      );
      const config = rosterConfig();
      const plain = lint(POST_MORTEM, { config }).doc;
      assert.deepEqual(trackerSettingsFor(config, plain, repo).github, {
        owner: "acme",
        repo: "payments",
        baseUrl: undefined,
      });
      config.tracker = {
        label: "post-mortem-action",
        linear: { team: "ENG" },
        jira: { site: "a.atlassian.net", project: "PAY" },
      };
      const chosen = lint(
        POST_MORTEM.replace("date: 2026-02-11\n", "date: 2026-02-11\ntracker: linear\n"),
        { config },
      ).doc;
      assert.equal(trackerSettingsFor(config, chosen, repo).use, "linear");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("parses the remote URL shapes git writes", function () {
    assert.deepEqual(parseRemoteUrl("https://gitlab.example.com/group/sub/pay.git"), {
      host: "gitlab.example.com",
      path: "group/sub/pay",
      kind: "gitlab",
    });
    assert.deepEqual(parseRemoteUrl("ssh://git@github.com:22/acme/pay"), {
      host: "github.com",
      path: "acme/pay",
      kind: "github",
    });
    assert.equal(parseRemoteUrl("git@bitbucket.org:acme/pay.git")?.kind, "other");
  });

  it("the marker is stable, differs between post-mortems, and an explicit ft: id wins", function () {
    const config = rosterConfig();
    const doc = lint(POST_MORTEM, { config }).doc;
    const item = doc.actions[0];
    assert.equal(
      markerFor(item, "a.md"),
      markerFor(lint(POST_MORTEM, { config }).doc.actions[0], "a.md"),
    );
    assert.notEqual(markerFor(item, "a.md"), markerFor(item, "b.md"));
    const explicit = lint(
      POST_MORTEM.replace("by 2026-03-06", "by 2026-03-06 <!-- ft:pool-alert -->"),
      { config },
    ).doc.actions[0];
    assert.equal(markerFor(explicit, "a.md"), "ft-pool-alert");
    const draft = draftFor(explicit, "jira", { doc, relativePath: "a.md", people: config.people });
    assert.equal(draft.assignee, "acc-priya");
    assert.equal(draft.dueDate, "2026-03-06");
    assert.match(draft.body, /Post-mortem:\*\* `a\.md`/, "no remote: the path only");
  });
});
