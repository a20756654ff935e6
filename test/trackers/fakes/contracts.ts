// The published API descriptions live in ../shared/api (beside the repository, as in CI). A clone
// without them still runs every behaviour test against the fakes and says once, plainly, that the
// contract validation was skipped.
import * as fs from "node:fs";
import * as path from "node:path";
import { OpenAPIBackend, type Document } from "openapi-backend";
import addFormats from "ajv-formats";

export const SHARED_API_DIR =
  process.env.FOLLOW_THROUGH_API_DIR ?? path.resolve(__dirname, "../../../../shared/api");

let announced = false;

/** The text of a description file, or undefined (with the one-line notice) when ../shared is absent. */
export function readDescription(file: string): string | undefined {
  const full = path.join(SHARED_API_DIR, file);
  if (fs.existsSync(full)) return fs.readFileSync(full, "utf8");
  if (!announced) {
    announced = true;
    console.log(
      `    (tracker contract validation skipped: ${SHARED_API_DIR} not found; the behaviour tests ran against the fakes without it)`,
    );
  }
  return undefined;
}

export function contractsAvailable(): boolean {
  return fs.existsSync(SHARED_API_DIR);
}

/**
 * GitHub's description uses `nullable: true` next to anyOf/allOf without a type, which Ajv rejects, and
 * leaves `null` out of nullable enums. Rewritten at load time, never in the file.
 */
export function fixNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fixNullable);
  if (node === null || typeof node !== "object") return node;
  const entries = Object.fromEntries(
    Object.entries(node as Record<string, unknown>).map(([key, value]) => [
      key,
      fixNullable(value),
    ]),
  );
  if (entries.nullable === true) {
    if (Array.isArray(entries.enum) && !entries.enum.includes(null))
      entries.enum = [...(entries.enum as unknown[]), null];
    if (entries.type === undefined) {
      const { nullable: _nullable, ...rest } = entries;
      return { anyOf: [rest, { type: "null" }] };
    }
  }
  return entries;
}

const backends = new Map<string, Promise<OpenAPIBackend | undefined>>();

/** One initialised openapi-backend per description per test run. */
export function openApi(
  file: string,
  transform: (definition: unknown) => unknown = (definition) => definition,
): Promise<OpenAPIBackend | undefined> {
  let backend = backends.get(file);
  if (backend === undefined) {
    backend = (async () => {
      const text = readDescription(file);
      if (text === undefined) return undefined;
      const api = new OpenAPIBackend({
        definition: transform(JSON.parse(text)) as Document,
        quick: true,
        validate: true,
        strict: false,
        customizeAjv: (ajv) => {
          addFormats(ajv);
          return ajv;
        },
      });
      await api.init();
      return api;
    })();
    backends.set(file, backend);
  }
  return backend;
}

export interface OpenApiCheck {
  /** Validation errors of a request, or undefined when it is valid. `operationId` names the operation the fake serves. */
  request(
    operationId: string,
    request: {
      method: string;
      path: string;
      query: Record<string, string>;
      headers: Record<string, unknown>;
      body: unknown;
    },
  ): string | undefined;
  response(operationId: string, status: number, body: unknown): string | undefined;
}

export function checker(api: OpenAPIBackend | undefined): OpenApiCheck {
  const describe = (
    errors: { instancePath?: string; message?: string }[] | null | undefined,
  ): string =>
    (errors ?? [])
      .map((error) => `${error.instancePath ?? ""} ${error.message ?? ""}`.trim())
      .join("; ");
  return {
    request(operationId, request) {
      if (api === undefined) return undefined;
      const result = api.validateRequest(
        {
          method: request.method,
          path: request.path,
          query: request.query,
          headers: request.headers as Record<string, string>,
          body: request.body,
        },
        operationId,
      );
      return result.valid ? undefined : describe(result.errors as never);
    },
    response(operationId, status, body) {
      if (api === undefined) return undefined;
      const result = api.validateResponse(body, operationId, status);
      return result.valid ? undefined : describe(result.errors as never);
    },
  };
}
