import modelData from "./model.json";
import { cueHits, FEATURE_NAMES, LESSON_CUES, PARTS, unitFeatures, type Part } from "./features";
import type { StoryUnit, UnitBoundary } from "./units";

/**
 * The part finder's fitted model (scripts/fit-part-finder.ts writes model.json): a weight per part and
 * feature for a multinomial logistic regression over the unit's cues, and what it costs to change part
 * at each kind of boundary.
 */
export interface PartModel {
  features: string[];
  parts: Part[];
  weights: number[][];
  switchCost: Record<Exclude<UnitBoundary, "start">, number>;
}

export const PART_MODEL = modelData as PartModel;

/** The probability at which the model's reading of a unit as an outcome counts (see findPartsWith). */
const HALF_BELIEVED = 0.35;

const RANK: Record<Part, number> = { situation: 0, task: 1, action: 2, result: 3, lesson: 4 };

/** Cues that say a unit states the goal or the candidate's responsibility. */
const TASK_CUES = ["t_assigned", "t_responsible", "t_need_to", "t_we_need_to", "t_asked_me", "t_goal_words", "t_owned", "t_mine", "t_given_me", "t_had_until", "t_role_owner", "t_took_problem", "t_my_project", "t_goal_imperative"];
/** Cues that say who the candidate was in the story. */
const ROLE_CUES = ["s_role_statement"];
/** Cues that say the candidate (or the team) did something. */
const ACTION_CUES = ["a_i_regular_past", "a_i_irregular_past", "a_i_decided", "a_i_people", "a_i_present", "a_we_decided", "a_we_past", "a_verb_first", "a_sequencer"];
/** Cues that say what came of it. */
const RESULT_CUES = ["r_marker", "r_result_phrase", "r_this_did", "r_outcome_verb", "r_change_figure", "r_feedback", "r_now_state", "r_vague_outcome", "r_passive_outcome"];
/** First-person steps: a unit with one is about doing, so outcome words in it are weak evidence. */
const FIRST_PERSON_STEPS = ["a_i_regular_past", "a_i_irregular_past", "a_i_decided", "a_i_people", "a_i_present"];

/**
 * Where a lesson starts in the units of a Result: the first unit after the first that reflects on
 * what was learned ("The lesson I took is …", "Since then I always …"); -1 when none does. The first
 * unit is the outcome itself, however it is worded.
 */
export function lessonStart(cues: ReadonlyArray<ReadonlySet<string>>): number {
  for (let index = 1; index < cues.length; index++) if (hasAny(cues[index], LESSON_CUES)) return index;
  return -1;
}

/** What a label already says about one unit: exactly this part, or no earlier / no later part. */
export interface PartBound {
  min: Part;
  max: Part;
}

export interface FoundParts {
  units: StoryUnit[];
  /** The part of each unit, in story order (never decreasing). */
  parts: Part[];
  /** Which cues fired in each unit, by name. */
  cues: Array<Set<string>>;
}

/** Whether a label's bound (if any) lets a unit be `part`. */
function withinBound(bound: PartBound | null | undefined, part: Part): boolean {
  return !bound || (RANK[bound.min] <= RANK[part] && RANK[part] <= RANK[bound.max]);
}

/** Of the units in [from, to] that `accept`, the one the model reads most as `part`; -1 when none. */
function mostLikely(emissions: readonly number[][], part: Part, from: number, to: number, accept: (index: number) => boolean): number {
  let chosen = -1;
  for (let index = Math.max(0, from); index <= to; index++) {
    if (!accept(index)) continue;
    if (chosen < 0 || emissions[index][RANK[part]] > emissions[chosen][RANK[part]]) chosen = index;
  }
  return chosen;
}

function hasAny(hits: ReadonlySet<string>, names: readonly string[]): boolean {
  for (const name of names) if (hits.has(name)) return true;
  return false;
}

/** An outcome: a result cue, a figure, or a unit the model reads as an outcome more than as anything
 * else ("The accessibility team said the idea was very promising.") and does not reflect. */
function outcomeEvidence(hits: ReadonlySet<string>, emission: readonly number[]): boolean {
  if (hasAny(hits, RESULT_CUES) || hits.has("figure")) return true;
  // A reflection ("Looking back, I learned that …") is a lesson, however much it reads like an ending.
  return emission[RANK.result] >= Math.log(0.5) && !hasAny(hits, LESSON_CUES);
}

function argmax(values: readonly number[]): number {
  let best = 0;
  for (let index = 1; index < values.length; index++) if (values[index] > values[best]) best = index;
  return best;
}

/** log softmax of the model's scores for one feature vector. */
function logProbabilities(model: PartModel, features: readonly number[]): number[] {
  const scores = model.weights.map((row) => row.reduce((sum, weight, index) => sum + weight * features[index], 0));
  const top = Math.max(...scores);
  const norm = Math.log(scores.reduce((sum, score) => sum + Math.exp(score - top), 0)) + top;
  return scores.map((score) => score - norm);
}

/**
 * Where each part may begin, from the evidence: a Task at a sentence that states a goal or a
 * responsibility (it may go on through the context after it), an Action at or after the first
 * step anyone took, a Result at the first outcome, a lesson at the first reflection. Without the
 * evidence the part is not there, however a sentence's position would suggest it.
 */
function evidenceMasks(
  units: readonly StoryUnit[],
  cues: ReadonlyArray<ReadonlySet<string>>,
  emissions: readonly number[][],
  firstPerson: readonly boolean[],
): boolean[][] {
  let actionSeen = false;
  let resultSeen = false;
  let lessonSeen = false;
  return units.map((_, index) => {
    const hits = cues[index];
    // A goal in words no cue knows ("I wanted homework that most pupils would actually do") still
    // reads as one to the model.
    const task = hasAny(hits, TASK_CUES) || argmax(emissions[index]) === RANK.task;
    // "I listen around 50 calls": a first-person step in words no cue knows still reads as one to
    // the model. (Without the "I", note fragments would pass for steps.)
    actionSeen ||= hasAny(hits, ACTION_CUES) || (firstPerson[index] && argmax(emissions[index]) === RANK.action);
    resultSeen ||= outcomeEvidence(hits, emissions[index]);
    lessonSeen ||= hasAny(hits, LESSON_CUES);
    // A Result comes of something done: without a step before it, a figure is context.
    return [true, task, actionSeen, resultSeen && actionSeen, lessonSeen];
  });
}

/**
 * The best split of the units into parts that keeps the STAR order, by dynamic programming: each unit
 * scores the model's log-probability of its part, changing part costs the boundary's switch cost,
 * skipping a part is free. `allowed[i][p]` rules a part out for a unit; `starts[i][p]` says whether the
 * part may begin at it (a part may go on through units where it could not begin).
 */
function bestSplit(
  units: readonly StoryUnit[],
  emissions: readonly number[][],
  allowed: readonly boolean[][],
  model: PartModel,
  starts: readonly boolean[][] = allowed,
): Part[] | null {
  const n = units.length;
  const k = PARTS.length;
  const score: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < n; i++) {
    score.push(new Array<number>(k).fill(-Infinity));
    from.push(new Array<number>(k).fill(-1));
    const boundary = units[i].boundary;
    const cost = boundary === "start" ? 0 : model.switchCost[boundary];
    for (let p = 0; p < k; p++) {
      if (!allowed[i][p]) continue;
      if (i === 0) {
        if (starts[i][p]) score[i][p] = emissions[i][p];
        continue;
      }
      let best = -Infinity;
      let arg = -1;
      for (let q = 0; q <= p; q++) {
        if (q !== p && !starts[i][p]) continue;
        const value = score[i - 1][q] - (q === p ? 0 : cost);
        if (value > best) {
          best = value;
          arg = q;
        }
      }
      if (arg >= 0 && best > -Infinity) {
        score[i][p] = best + emissions[i][p];
        from[i][p] = arg;
      }
    }
  }
  let end = -1;
  for (let p = 0; p < k; p++) if (score[n - 1][p] > -Infinity && (end < 0 || score[n - 1][p] > score[n - 1][end])) end = p;
  if (end < 0) return null;
  const parts: Part[] = new Array(n);
  for (let i = n - 1, p = end; i >= 0; i--) {
    parts[i] = PARTS[p];
    p = from[i][p];
  }
  return parts;
}

/**
 * Splits units into Situation, Task, Action, Result and a trailing lesson. `bounds` (from labels the
 * story does have) narrow what a unit may be. A Result whose sentences are all steps ("I …") with an
 * outcome word in passing, or a Task with no sentence that states a goal, is not kept: its units go to
 * the neighbouring part, so a story that stops at the Action has no Result.
 */
export function findParts(units: StoryUnit[], bounds: ReadonlyArray<PartBound | null> = [], model: PartModel = PART_MODEL): FoundParts {
  return findPartsWith(prepareUnits(units), bounds, model);
}

/** Units with their cues and features, computed once (the fitting script reuses them many times). */
export interface PreparedUnits {
  units: StoryUnit[];
  cues: Array<Set<string>>;
  features: number[][];
}

const FIGURE_FEATURE = FEATURE_NAMES.indexOf("figure");
const FIRST_PERSON_FEATURE = FEATURE_NAMES.indexOf("first_person");

export function prepareUnits(units: StoryUnit[]): PreparedUnits {
  const cues = cueHits(units);
  const features = unitFeatures(units, cues);
  units.forEach((_, index) => {
    if (features[index][FIGURE_FEATURE] === 1) cues[index].add("figure");
  });
  return { units, cues, features };
}

/** findParts on prepared units. */
export function findPartsWith(prepared: PreparedUnits, bounds: ReadonlyArray<PartBound | null> = [], model: PartModel = PART_MODEL): FoundParts {
  const { units, cues, features } = prepared;
  if (units.length === 0) return { units, parts: [], cues };
  const emissions = features.map((vector) => logProbabilities(model, vector));
  const firstPerson = features.map((vector) => vector[FIRST_PERSON_FEATURE] === 1);
  const evidence = evidenceMasks(units, cues, emissions, firstPerson);
  const starts = units.map((_, index) => {
    const bound = bounds[index];
    return PARTS.map((part, p) => {
      if (!withinBound(bound, part)) return false;
      // A label's word counts as the evidence for its own part.
      if (bound && bound.min === bound.max) return true;
      return evidence[index][p];
    });
  });
  // Only a Task's start needs evidence of its own; the other parts' evidence holds from where it
  // was first seen to the end.
  const allowed = starts.map((row, index) => row.map((ok, p) => ok || (p === RANK.task && withinBound(bounds[index], "task"))));
  const split = (mask: readonly boolean[][]) =>
    bestSplit(units, emissions, mask, model, starts.map((row, index) => row.map((ok, p) => ok && mask[index][p])));
  let parts = split(allowed) ?? units.map(() => "situation" as Part);
  /** Re-splits with one unit held to one part; keeps the old split when no split is possible then. */
  const hold = (index: number, part: Part) => {
    const saved = [allowed[index], starts[index]];
    allowed[index] = PARTS.map((other) => other === part);
    starts[index] = allowed[index];
    const held = split(allowed);
    if (held) parts = held;
    else [allowed[index], starts[index]] = saved;
  };
  // A sentence that says what the candidate had to do or owned ("I volunteered to own the problem",
  // "I was selected as SME to find the reason") is the Task, even where the model leans to the
  // Situation or the Action: the story has a Task, so the split must show one. Failing such a
  // sentence, the candidate's role in the problem, after the opening ("I was on the platform team
  // and I thought …"), is the Task as interviewers hear it.
  if (!parts.includes("task")) {
    const firstAction = parts.indexOf("action");
    let last = firstAction < 0 ? units.length - 1 : firstAction;
    // The goal may follow the first sentence the model read as a step, in the same paragraph ("… I
    // did not want to wait for someone else. I set out to make order delivery survive …"), when the
    // model reads it as a goal more than as a step.
    const next = last + 1;
    if (firstAction >= 0 && next < units.length && units[next].boundary === "sentence" && emissions[next][RANK.task] > emissions[next][RANK.action]) last = next;
    const taskAllowed = (index: number) => withinBound(bounds[index], "task");
    const pick = (evidence: readonly string[], from: number) =>
      mostLikely(emissions, "task", from, last, (index) => hasAny(cues[index], evidence) && taskAllowed(index));
    let chosen = pick(TASK_CUES, 0);
    if (chosen < 0) chosen = pick(ROLE_CUES, 1);
    // Failing both, the candidate's own stake in the problem, said in the last sentence before the
    // steps ("I had never touched the warehouse systems, but I had the access, and every hour lost
    // meant …") is the Task an interviewer hears. A story whose setup never says "I" has none.
    if (chosen < 0) {
      for (let index = last - 1; index >= 1; index--) {
        if (parts[index] !== "situation" || !taskAllowed(index)) break;
        if (firstPerson[index]) {
          chosen = index;
          break;
        }
      }
    }
    if (chosen >= 0) hold(chosen, "task");
  }
  // An outcome the model half believes ("Looking back, the rewrite took 7 months instead of the
  // planned 4, and I wrote up …") after the first step is the Result rather than one more step.
  if (!parts.includes("result")) {
    const firstAction = parts.indexOf("action");
    const chosen =
      firstAction < 0
        ? -1
        : mostLikely(
            emissions,
            "result",
            firstAction + 1,
            units.length - 1,
            (index) =>
              allowed[index][RANK.result] && outcomeEvidence(cues[index], emissions[index]) && emissions[index][RANK.result] >= Math.log(HALF_BELIEVED),
          );
    if (chosen >= 0) hold(chosen, "result");
  }
  // A Result needs one unit about an outcome rather than a step; otherwise it is not there.
  const resultUnits = parts.flatMap((part, index) => (part === "result" ? [index] : []));
  const labelledResult = resultUnits.some((index) => bounds[index]?.min === "result");
  if (resultUnits.length > 0 && !labelledResult) {
    const outcome = resultUnits.some((index) => {
      const hits = cues[index];
      if (!outcomeEvidence(hits, emissions[index])) return false;
      // A step with an outcome in passing ("I fixed it and it worked") is a step, unless the model
      // reads the unit as an outcome nearly as much ("the rewrite took 7 months, and I wrote up …").
      return !hasAny(hits, FIRST_PERSON_STEPS) || emissions[index][RANK.result] >= Math.log(HALF_BELIEVED);
    });
    if (!outcome) {
      const without = allowed.map((row) => row.map((ok, p) => ok && PARTS[p] !== "result"));
      parts = split(without) ?? parts;
    }
  }
  // A reflection after the outcome ("I learned that …") is the lesson, as it is after a labelled Result.
  const firstResult = parts.indexOf("result");
  if (firstResult >= 0 && !parts.includes("lesson")) {
    const resultCues = cues.slice(firstResult).filter((_, offset) => parts[firstResult + offset] === "result");
    const start = lessonStart(resultCues);
    if (start > 0) {
      for (let index = firstResult + start; index < parts.length; index++) {
        if (parts[index] === "result" && allowed[index][RANK.lesson]) parts[index] = "lesson";
      }
    }
  }
  return { units, parts, cues };
}
