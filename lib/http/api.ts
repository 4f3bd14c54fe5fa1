import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { REQUEST_MAX_BYTES } from "@/lib/stories/limits";
import { StoryNotFoundError, VersionConflictError } from "@/lib/stories/errors";

/**
 * The API's error contract (shared/SPEC.md §4): `{ error: { code, message, fields? } }`. Expected
 * problems are ApiErrors with a status; anything else is logged and answered with a plain 500 that
 * never leaks a stack trace.
 */
export type ErrorCode =
  | "invalid_json"
  | "invalid_input"
  | "too_large"
  | "unsupported_media_type"
  | "forbidden_origin"
  | "not_found"
  | "version_conflict"
  | "internal_error";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function jsonResponse(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join(".") : "_";
    // Report the first problem per field; a second one for the same field is noise.
    fields[key] ??= issue.code === "unrecognized_keys" ? `Unknown field(s): ${issue.keys.join(", ")}` : issue.message;
  }
  return fields;
}

/** A zod failure as an ApiError: 413 when a size limit was the problem, else 400 naming each field. */
export function validationError(error: z.ZodError): ApiError {
  const fields = fieldsOf(error);
  const tooLarge = error.issues.some((issue) => issue.code === "custom" && issue.params?.tooLarge === true);
  const summary = Object.entries(fields)
    .map(([field, message]) => (field === "_" ? message : `${field}: ${message}`))
    .join("; ");
  return tooLarge
    ? new ApiError(413, "too_large", summary, fields)
    : new ApiError(400, "invalid_input", summary, fields);
}

/** Parses `value` with `schema`, or throws the ApiError the client should see. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/**
 * Reads a request body, refusing it with `tooLarge()` once it passes `maxBytes`: the declared
 * Content-Length is checked first, but the stream itself is counted too, so a client that lies about
 * (or omits) the length is cut off before the server buffers more than the limit.
 */
export async function readBodyWithin(request: Request, maxBytes: number, tooLarge: () => Error): Promise<Buffer<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a JSON request body without trusting Content-Length: the stream is cut off at
 * REQUEST_MAX_BYTES, so a huge body is refused before it is buffered or parsed.
 */
export async function readJson(request: Request, maxBytes = REQUEST_MAX_BYTES): Promise<unknown> {
  const type = request.headers.get("content-type");
  if (type && !/^application\/(?:[\w.+-]*\+)?json\b/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", `Send JSON with Content-Type: application/json (got ${type})`);
  }
  const body = await readBodyWithin(request, maxBytes, () =>
    new ApiError(413, "too_large", `Request body must be at most ${maxBytes.toLocaleString("en-US")} bytes`),
  );
  let text: string;
  try {
    // Fatal decoding: invalid UTF-8 (a lone surrogate sent as raw bytes) is refused, not silently
    // replaced by U+FFFD and stored.
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new ApiError(400, "invalid_json", "Request body is not valid UTF-8 text; send JSON encoded as UTF-8");
  }
  if (text.trim() === "") throw new ApiError(400, "invalid_json", "Request body is empty; send a JSON object");
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : "";
    throw new ApiError(400, "invalid_json", `Request body is not valid JSON${detail}`);
  }
}

/**
 * Refuses state-changing requests sent by a page on another origin (a hostile site open in the same
 * browser could otherwise write to a bank served on localhost). Requests without an Origin header
 * (curl, scripts, the CLI) are allowed: they carry no ambient browser credentials.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) return;
  if (origin === "null") throw new ApiError(403, "forbidden_origin", "Requests from an opaque origin are refused");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new ApiError(403, "forbidden_origin", "Origin header is not a valid URL");
  }
  if (!host || originHost !== host) {
    throw new ApiError(403, "forbidden_origin", `Requests from ${origin} are refused; use the app at its own address`);
  }
}

/** Maps anything a handler threw to the error contract. */
export function errorResponse(error: unknown): NextResponse {
  if (error instanceof ApiError) {
    return jsonResponse(
      { error: { code: error.code, message: error.message, ...(error.fields && { fields: error.fields }) }, ...error.extra },
      error.status,
    );
  }
  if (error instanceof z.ZodError) return errorResponse(validationError(error));
  if (error instanceof StoryNotFoundError) {
    return jsonResponse({ error: { code: "not_found", message: error.message } }, 404);
  }
  if (error instanceof VersionConflictError) {
    // `current` sits beside the error (shared/SPEC.md §4) so the client can show both texts.
    return jsonResponse(
      { error: { code: "version_conflict", message: error.message }, current: error.current },
      409,
    );
  }
  console.error("Unexpected API error", error);
  return jsonResponse(
    { error: { code: "internal_error", message: "Something went wrong on the server; nothing was changed" } },
    500,
  );
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** Wraps a route handler: origin check for writes, and every throw turned into the error contract. */
export function apiRoute<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) assertSameOrigin(request);
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
