import { test as base, expect, type APIRequestContext } from "@playwright/test";

export interface SeededStory {
  id: string;
  title: string;
  body: string;
  principles: string[];
  version: number;
}

type SeedInput = Partial<Pick<SeededStory, "title" | "body" | "principles">>;

/**
 * `seedStory` creates a story through the public API with a title unique to this worker and test, and
 * moves it to the trash afterwards, so specs can run in parallel against one server.
 */
export const test = base.extend<{ seedStory: (input?: SeedInput) => Promise<SeededStory> }>({
  seedStory: async ({ request }, use, testInfo) => {
    const created: string[] = [];
    let counter = 0;
    await use(async (input = {}) => {
      counter += 1;
      const title = input.title ?? `Story w${testInfo.workerIndex}-${testInfo.testId.slice(0, 8)}-${counter}`;
      const story = await createStory(request, { body: "", principles: [], ...input, title });
      created.push(story.id);
      return story;
    });
    for (const id of created) await request.delete(`/api/stories/${id}`);
  },
});

async function createStory(request: APIRequestContext, input: Required<SeedInput>): Promise<SeededStory> {
  const response = await request.post("/api/stories", { data: input });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).story;
}

export { expect };
