import { apiRoute } from "@/lib/http/api";
import { exportStoryArchive } from "@/lib/story-files/export-stories";

export const dynamic = "force-dynamic";

/** GET /api/export — every live story as a story file (shared/SPEC.md §1), in one dated zip download. */
export const GET = apiRoute(async () => {
  const { fileName, bytes } = await exportStoryArchive();
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Content-Length": String(bytes.byteLength),
      "Cache-Control": "no-store",
    },
  });
});
