// "My actions": who the user is, from the setting, git and the GitHub session (client/src/views/identity.ts).
import { strict as assert } from "node:assert";
import { resolveIdentity, type IdentitySources } from "../../client/src/views/identity";

function sources(overrides: Partial<IdentitySources> & { asked?: string[] }): IdentitySources {
  const asked = overrides.asked ?? [];
  return {
    setting: overrides.setting ?? (() => []),
    trusted: overrides.trusted ?? (() => true),
    git:
      overrides.git ??
      (async (key) => {
        asked.push(key);
        return key === "user.name" ? "Priya Raman" : "priya@example.com";
      }),
    githubLogin:
      overrides.githubLogin ??
      (async () => {
        asked.push("github");
        return "praman";
      }),
  };
}

describe("My actions identity", () => {
  it("the setting alone wins, and nothing else is asked", async () => {
    const asked: string[] = [];
    assert.deepEqual(await resolveIdentity(sources({ setting: () => ["Alice"], asked })), [
      "Alice",
    ]);
    assert.deepEqual(asked, []);
  });

  it("otherwise git's name and email and the signed-in GitHub login, without repeats", async () => {
    assert.deepEqual(await resolveIdentity(sources({})), [
      "Priya Raman",
      "priya@example.com",
      "praman",
    ]);
    assert.deepEqual(await resolveIdentity(sources({ githubLogin: async () => "PRIYA RAMAN" })), [
      "Priya Raman",
      "priya@example.com",
    ]);
  });

  it("an untrusted workspace never runs git, but the GitHub session still counts", async () => {
    const asked: string[] = [];
    assert.deepEqual(await resolveIdentity(sources({ trusted: () => false, asked })), ["praman"]);
    assert.deepEqual(asked, ["github"]);
  });

  it("no setting, no git identity and no session: undefined; a failing session lookup is not an error", async () => {
    assert.equal(
      await resolveIdentity(
        sources({ git: async () => undefined, githubLogin: async () => undefined }),
      ),
      undefined,
    );
    assert.deepEqual(
      await resolveIdentity(
        sources({
          git: async () => undefined,
          githubLogin: async () => {
            throw new Error("no provider");
          },
        }),
      ),
      undefined,
    );
  });
});
