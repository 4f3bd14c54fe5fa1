-- CreateTable
CREATE TABLE "Story" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "StoryPrinciple" (
    "storyId" TEXT NOT NULL,
    "principleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("storyId", "principleId"),
    CONSTRAINT "StoryPrinciple_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Story_deletedAt_updatedAt_idx" ON "Story"("deletedAt", "updatedAt");

-- CreateIndex
CREATE INDEX "StoryPrinciple_principleId_idx" ON "StoryPrinciple"("principleId");
