import type { PrincipleId } from "@/lib/principles";

/** A story as the API and the pages see it (dates as ISO strings, principles in the order tagged). */
export interface StoryDto {
  id: string;
  title: string;
  body: string;
  principles: PrincipleId[];
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Set while the story is in the trash. */
  deletedAt: string | null;
}
