import type { StoryDto } from "./types";

/** No story with that id (or it is in the trash, for operations that need a live story). */
export class StoryNotFoundError extends Error {
  readonly code = "not_found";
  constructor(readonly storyId: string) {
    super(`No story with id ${storyId}`);
    this.name = "StoryNotFoundError";
  }
}

/** The client edited an older version than the one stored; `current` is what is stored now. */
export class VersionConflictError extends Error {
  readonly code = "version_conflict";
  constructor(
    readonly current: StoryDto,
    readonly sentVersion: number,
  ) {
    super(
      `This story was changed elsewhere: you edited version ${sentVersion}, the saved one is version ${current.version}. Nothing was overwritten.`,
    );
    this.name = "VersionConflictError";
  }
}
