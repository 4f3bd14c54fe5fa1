import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page, type TestInfo } from "@playwright/test";

export interface SeededStory {
  id: string;
  title: string;
  body: string;
  principles: string[];
  version: number;
}

/**
 * A short id unique to this test (and repetition), for titles that must not collide with stories other
 * tests create at the same time. testId's first half names the file, so take the end.
 */
export function uniqueId(testInfo: TestInfo): string {
  return `${testInfo.testId.slice(-8)}${testInfo.repeatEachIndex ? `r${testInfo.repeatEachIndex}` : ""}`;
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
      const title = input.title ?? `Story ${uniqueId(testInfo)}-${counter}`;
      const story = await createStory(request, { body: "", principles: [], ...input, title });
      created.push(story.id);
      return story;
    });
    // Cleanup is best effort with one retry: a dropped keep-alive connection must not fail a test
    // whose assertions all passed.
    for (const id of created) {
      await request.delete(`/api/stories/${id}`).catch(() => request.delete(`/api/stories/${id}`));
    }
  },
});

async function createStory(request: APIRequestContext, input: Required<SeedInput>): Promise<SeededStory> {
  const response = await request.post("/api/stories", { data: input });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).story;
}

/**
 * Runs axe on the page (or the part `include` selects) and fails on any serious or critical violation,
 * listing each with the elements it found.
 */
export async function expectNoSeriousAxeViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target) }));
  expect(serious).toEqual([]);
}

export { expect };
