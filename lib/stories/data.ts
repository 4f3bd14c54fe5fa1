import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isPrincipleId, type PrincipleId } from "@/lib/principles";
import { StoryNotFoundError, VersionConflictError } from "./errors";
import type { StoryCreateInput, StoryUpdateInput } from "./schemas";
import type { StoryDto } from "./types";

/**
 * The story bank's data access. Route handlers and server actions both call these; input arrives
 * already validated by the zod schemas in ./schemas, so this layer only enforces what the database
 * must guarantee (existence, versions, the trash).
 */

const storyInclude = { principles: { orderBy: { position: "asc" } } } as const satisfies Prisma.StoryInclude;
type StoryRow = Prisma.StoryGetPayload<{ include: typeof storyInclude }>;

function toDto(row: StoryRow): StoryDto {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    // Ids are validated on the way in; a row written by an older build with an id since retired is skipped
    // rather than breaking every page that lists the story.
    principles: row.principles.map((p) => p.principleId).filter(isPrincipleId),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null,
  };
}

function principleRows(principles: readonly PrincipleId[]) {
  return principles.map((principleId, position) => ({ principleId, position }));
}

/** Live stories (or, with `trash: true`, the trashed ones), most recently edited first. */
export async function listStories(options: { trash?: boolean } = {}): Promise<StoryDto[]> {
  const rows = await db.story.findMany({
    where: { deletedAt: options.trash ? { not: null } : null },
    include: storyInclude,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  return rows.map(toDto);
}

/** A live story, or null. */
export async function findStory(id: string): Promise<StoryDto | null> {
  const row = await db.story.findFirst({ where: { id, deletedAt: null }, include: storyInclude });
  return row ? toDto(row) : null;
}

/** A live story; throws StoryNotFoundError when there is none. */
export async function getStoryOrThrow(id: string): Promise<StoryDto> {
  const story = await findStory(id);
  if (!story) throw new StoryNotFoundError(id);
  return story;
}

export async function createStory(input: StoryCreateInput): Promise<StoryDto> {
  const row = await db.story.create({
    data: {
      title: input.title,
      body: input.body,
      principles: { create: principleRows(input.principles) },
    },
    include: storyInclude,
  });
  return toDto(row);
}

/**
 * Optimistic concurrency: the write only happens when the stored version is the one the client read.
 * The version check and the principle rewrite run in one transaction, so a conflicting writer can
 * never leave a story with the new text and the old tags (or the reverse).
 */
export async function updateStory(id: string, input: StoryUpdateInput): Promise<StoryDto> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.story.updateMany({
      where: { id, version: input.version, deletedAt: null },
      data: {
        ...(input.title !== undefined && { title: input.title }),
        ...(input.body !== undefined && { body: input.body }),
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      const current = await tx.story.findFirst({ where: { id, deletedAt: null }, include: storyInclude });
      if (!current) throw new StoryNotFoundError(id);
      throw new VersionConflictError(toDto(current), input.version);
    }
    if (input.principles !== undefined) {
      await tx.storyPrinciple.deleteMany({ where: { storyId: id } });
      await tx.storyPrinciple.createMany({
        data: principleRows(input.principles).map((row) => ({ ...row, storyId: id })),
      });
    }
    return toDto(await tx.story.findUniqueOrThrow({ where: { id }, include: storyInclude }));
  });
}

/** Moves a live story to the trash; it keeps its text, tags and version and can be restored. */
export async function trashStory(id: string): Promise<StoryDto> {
  const { count } = await db.story.updateMany({ where: { id, deletedAt: null }, data: { deletedAt: new Date() } });
  if (count === 0) throw new StoryNotFoundError(id);
  return toDto(await db.story.findUniqueOrThrow({ where: { id }, include: storyInclude }));
}

/** Takes a story out of the trash. Restoring a story that is not in the trash changes nothing. */
export async function restoreStory(id: string): Promise<StoryDto> {
  const row = await db.story.findUnique({ where: { id }, select: { deletedAt: true } });
  if (!row) throw new StoryNotFoundError(id);
  if (row.deletedAt) await db.story.update({ where: { id }, data: { deletedAt: null } });
  return toDto(await db.story.findUniqueOrThrow({ where: { id }, include: storyInclude }));
}
