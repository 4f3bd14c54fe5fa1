import "server-only";
import { ApiError, readBodyWithin } from "@/lib/http/api";
import type { UploadedFile } from "./collect-files";
import { IMPORT_MAX_BYTES } from "./limits";

const tooLarge = () =>
  new ApiError(
    413,
    "too_large",
    `An import may be at most ${IMPORT_MAX_BYTES / 1024 / 1024} MB; split the files over several imports. Nothing was imported.`,
  );

/**
 * The files of a multipart/form-data request (any field name; text fields are ignored). The body is
 * read without trusting Content-Length and cut off at IMPORT_MAX_BYTES, so an oversized upload is
 * refused with 413 before it is buffered whole or parsed.
 */
export async function readUploadedFiles(request: Request): Promise<UploadedFile[]> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(type)) {
    throw new ApiError(
      415,
      "unsupported_media_type",
      `Send the story files as multipart/form-data (got ${type || "no Content-Type"})`,
    );
  }
  const body = await readBodyWithin(request, IMPORT_MAX_BYTES, tooLarge);

  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    throw new ApiError(400, "invalid_input", "The request body is not valid multipart/form-data");
  }
  const uploads: UploadedFile[] = [];
  for (const value of form.values()) {
    if (typeof value !== "string") uploads.push({ name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  if (uploads.length === 0) {
    throw new ApiError(400, "invalid_input", "Attach one or more story files (.md) or zip archives of them (.zip)", {
      files: "Attach one or more .md or .zip files",
    });
  }
  return uploads;
}
