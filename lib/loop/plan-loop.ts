import { getPrinciple, type PrincipleId } from "@/lib/principles";
import type { Assignment, Candidate, Loop, LoopPlan, PlanStory, Slot, UnfilledSlot } from "./types";

/**
 * Plans which story to tell in each question of an interview loop.
 *
 * The model. Every (interviewer, principle) pair of the loop is a *slot*: one question, one story.
 * A story may fill a slot only if it is tagged with the slot's principle, and it fills at most one
 * slot in the whole loop. So no story is told to two interviewers, and no interviewer hears the same
 * story twice either: an interviewer who asks about Ownership and then Frugality expects two
 * different situations, and the debrief scores each principle on its own evidence.
 *
 * Letting one story fill two slots of the same interviewer (but never reach a second interviewer) was
 * considered and left out. Besides being weaker interview practice, it breaks the model: "a story
 * goes to one interviewer, any number of that interviewer's slots" is an either/or choice per story,
 * not a capacity, so it is no longer a flow problem and finding the best plan becomes a set-packing
 * search. With one story per slot it is bipartite matching, solved exactly and quickly.
 *
 * The algorithm is a min-cost maximum flow, source → slot → story → sink, every edge of capacity 1:
 * successive shortest augmenting paths (Dijkstra with potentials), one unit per path. Augmenting paths
 * let a later slot take a story an earlier slot held, moving the earlier slot to another story, which
 * is what a greedy first-fit cannot do. The flow is maximal, so `filled` is the most slots any plan
 * can fill. Among maximal plans it uses the least versatile stories: the story → sink edge costs the
 * story's number of tags, so a story that could answer many other questions stays free as a backup.
 *
 * Deterministic: slots are numbered interviewers in order and each interviewer's principles in order;
 * stories are sorted by fewest tags, then title, then id (code-unit order, not the locale's), and
 * Dijkstra breaks ties by that numbering. The input order of `stories` does not matter.
 */
export function planLoop(loop: Loop, stories: readonly PlanStory[]): LoopPlan {
  const slots: Slot[] = loop.interviewers.flatMap((interviewer, index) =>
    interviewer.principles.map((principleId) => ({ interviewer: index, principleId })),
  );
  const bank = canonicalStories(stories);
  const storyForSlot = matchSlots(slots, bank);

  const usedBy = new Map<string, Slot>();
  storyForSlot.forEach((story, slot) => {
    if (story !== null) usedBy.set(bank[story].id, slots[slot]);
  });

  const assignments: Assignment[] = slots.map((slot, index) => {
    const story = storyForSlot[index];
    return { ...slot, storyId: story === null ? null : bank[story].id };
  });
  const unfilled = slots
    .filter((_, index) => storyForSlot[index] === null)
    .map((slot) => explainUnfilled(loop, slot, bank, usedBy));

  return {
    assignments,
    unfilled,
    filled: slots.length - unfilled.length,
    total: slots.length,
    spareStoryIds: bank.filter((story) => !usedBy.has(story.id)).map((story) => story.id),
  };
}

/** How the loop names an interviewer: their name, or their position when the name is blank. */
export function interviewerLabel(loop: Loop, interviewer: number): string {
  return loop.interviewers[interviewer]?.name.trim() || `Interviewer ${interviewer + 1}`;
}

interface BankStory {
  id: string;
  title: string;
  tags: ReadonlySet<PrincipleId>;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stories least versatile first, then by title and id; a repeated id keeps its first entry in that order. */
function canonicalStories(stories: readonly PlanStory[]): BankStory[] {
  const sorted = stories
    .map((story) => ({ id: story.id, title: story.title, tags: new Set(story.principles) }))
    .sort((a, b) => a.tags.size - b.tags.size || compareText(a.title, b.title) || compareText(a.id, b.id));
  const seen = new Set<string>();
  return sorted.filter((story) => !seen.has(story.id) && seen.add(story.id));
}

/** The story (index into `bank`) each slot gets in a maximum, least-versatile matching, or null. */
function matchSlots(slots: readonly Slot[], bank: readonly BankStory[]): (number | null)[] {
  const source = 0;
  const slotNode = (slot: number) => 1 + slot;
  const storyNode = (story: number) => 1 + slots.length + story;
  const sink = 1 + slots.length + bank.length;
  const graph = new FlowGraph(sink + 1);

  slots.forEach((slot, index) => graph.addEdge(source, slotNode(index), 0));
  const slotEdges = slots.map((slot, index) =>
    bank.flatMap((story, storyIndex) =>
      story.tags.has(slot.principleId) ? [{ story: storyIndex, edge: graph.addEdge(slotNode(index), storyNode(storyIndex), 0) }] : [],
    ),
  );
  bank.forEach((story, index) => graph.addEdge(storyNode(index), sink, story.tags.size));

  graph.minCostMaxFlow(source, sink);
  return slotEdges.map((edges) => edges.find(({ edge }) => graph.isSaturated(edge))?.story ?? null);
}

/**
 * A residual graph of unit-capacity edges; edge e's reverse is e ^ 1. Small and allocation-light:
 * a loop has at most 32 slots, so at most 32 augmentations, each an O(V² + E) Dijkstra.
 */
class FlowGraph {
  private readonly adjacency: number[][];
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly cost: number[] = [];

  constructor(private readonly size: number) {
    this.adjacency = Array.from({ length: size }, () => []);
  }

  /** Adds a capacity-1 edge and its reverse; returns the forward edge's index. */
  addEdge(from: number, to: number, cost: number): number {
    const edge = this.to.length;
    this.to.push(to, from);
    this.capacity.push(1, 0);
    this.cost.push(cost, -cost);
    this.adjacency[from].push(edge);
    this.adjacency[to].push(edge + 1);
    return edge;
  }

  isSaturated(edge: number): boolean {
    return this.capacity[edge] === 0;
  }

  /**
   * Successive shortest paths. Costs start non-negative, so zero potentials are valid; after each
   * search the potentials absorb the distances, keeping every residual edge's reduced cost non-negative.
   * Nodes the search cannot reach never become reachable again (augmenting only adds edges between
   * reached nodes), so leaving their potentials alone is safe.
   */
  minCostMaxFlow(source: number, sink: number): void {
    const potential = new Array<number>(this.size).fill(0);
    for (;;) {
      const { distance, previousEdge } = this.shortestPaths(source, potential);
      if (distance[sink] === Infinity) return;
      for (let node = 0; node < this.size; node += 1) {
        if (distance[node] !== Infinity) potential[node] += distance[node];
      }
      for (let node = sink; node !== source; node = this.to[previousEdge[node] ^ 1]) {
        this.capacity[previousEdge[node]] -= 1;
        this.capacity[previousEdge[node] ^ 1] += 1;
      }
    }
  }

  /** Dijkstra on reduced costs; among equally short paths the lowest-numbered nodes win, for determinism. */
  private shortestPaths(source: number, potential: readonly number[]) {
    const distance = new Array<number>(this.size).fill(Infinity);
    const previousEdge = new Array<number>(this.size).fill(-1);
    const settled = new Array<boolean>(this.size).fill(false);
    distance[source] = 0;
    for (;;) {
      let node = -1;
      for (let candidate = 0; candidate < this.size; candidate += 1) {
        if (!settled[candidate] && distance[candidate] < (node === -1 ? Infinity : distance[node])) node = candidate;
      }
      if (node === -1) return { distance, previousEdge };
      settled[node] = true;
      for (const edge of this.adjacency[node]) {
        if (this.capacity[edge] === 0) continue;
        const next = this.to[edge];
        const through = distance[node] + this.cost[edge] + potential[node] - potential[next];
        if (through < distance[next]) {
          distance[next] = through;
          previousEdge[next] = edge;
        }
      }
    }
  }
}

function quoted(title: string): string {
  return `“${title}”`;
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/**
 * Why a slot is empty and which stories could fill it. A maximum matching never leaves a slot empty
 * while a story tagged with its principle is free (that would be a one-edge augmenting path), so every
 * candidate is already used; moving one would empty the slot it fills, which is why the plan did not.
 */
function explainUnfilled(loop: Loop, slot: Slot, bank: readonly BankStory[], usedBy: ReadonlyMap<string, Slot>): UnfilledSlot {
  const principle = getPrinciple(slot.principleId).name;
  const tagged = bank.filter((story) => story.tags.has(slot.principleId));
  if (tagged.length === 0) {
    return {
      ...slot,
      reason: "no-story-tagged",
      candidates: [],
      message: `No story is tagged ${principle}; write one, or tag a story that shows it.`,
    };
  }
  const candidates: Candidate[] = tagged.map((story) => {
    const holder = usedBy.get(story.id);
    if (!holder) throw new Error(`planLoop left "${story.id}" free while a ${slot.principleId} slot is empty`);
    return { storyId: story.id, usedBy: holder };
  });
  const uses = candidates.map(({ usedBy: holder }, index) => {
    const where = `${interviewerLabel(loop, holder.interviewer)} for ${getPrinciple(holder.principleId).name}`;
    return { title: quoted(tagged[index].title), where };
  });
  const message =
    uses.length === 1
      ? `No free story is tagged ${principle}; ${uses[0].title} would fill it but is already used by ${uses[0].where}.`
      : `No free story is tagged ${principle}; the stories that would fill it are already used: ${joinAnd(
          uses.map(({ title, where }) => `${title} by ${where}`),
        )}.`;
  return { ...slot, reason: "tagged-stories-taken", candidates, message };
}
