import type { Metadata } from "next";
import { listStories } from "@/lib/stories/data";
import { LoopPlanner } from "./loop-planner";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Loop planner" };

/**
 * The loop planner: describe the interview loop, see which story to tell each interviewer. The page
 * only loads the live bank; planning is pure (lib/loop/plan-loop.ts) and runs in the browser on every
 * edit, and the loop itself is kept in the browser, like a draft.
 */
export default async function LoopPage() {
  const stories = (await listStories()).map(({ id, title, principles }) => ({ id, title, principles }));
  return (
    <>
      <h1>Loop planner</h1>
      <p className="muted">
        Describe your interview loop: who you will meet and which Leadership Principles each will ask about. The plan
        gives every question its own story, so no interviewer hears a story another already heard, and fills as many
        questions as your bank allows.
      </p>
      <LoopPlanner stories={stories} />
    </>
  );
}
