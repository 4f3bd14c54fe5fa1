import { ApiError, apiRoute, jsonResponse } from "@/lib/http/api";
import { collectStoryFiles } from "@/lib/story-files/collect-files";
import { importStoryFiles } from "@/lib/story-files/import-stories";
import { ImportLimitError } from "@/lib/story-files/limits";
import { readUploadedFiles } from "@/lib/story-files/read-uploads";

export const dynamic = "force-dynamic";

/**
 * POST /api/import — story files (.md) and/or zips of them as multipart/form-data. A story whose title
 * matches a live story updates it; otherwise one is created. Answers 200
 * `{ created: [{ file, id, title }], updated: [{ file, id, title }], skipped: [{ file, reason }], errors: [{ file, message }] }`;
 * a bad file is listed under `errors` and stores nothing, without stopping the others. An import over a
 * size or count limit is refused whole with 413.
 */
export const POST = apiRoute(async (request: Request) => {
  const uploads = await readUploadedFiles(request);
  let collected;
  try {
    collected = collectStoryFiles(uploads);
  } catch (error) {
    if (error instanceof ImportLimitError) throw new ApiError(413, "too_large", error.message);
    throw error;
  }
  return jsonResponse(await importStoryFiles(collected));
});
