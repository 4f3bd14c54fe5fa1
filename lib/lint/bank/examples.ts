import { PRINCIPLE_IDS, type PrincipleId } from "../../principles";
import type { BankStory } from "../types";
import { DEFAULT_TARGETS } from "./defaults";

/**
 * Sample banks for the bank rules' documented examples: a bank whose stories meet every principle's
 * default target (two stories for the most-asked principles, one for the rest, at most three tags a
 * story), optionally leaving some principles out or short. Deterministic, so the examples' expected
 * messages stay exact.
 */
export function sampleBank(options: { without?: PrincipleId[]; thin?: PrincipleId[] } = {}): BankStory[] {
  const slots: PrincipleId[] = [];
  for (const id of PRINCIPLE_IDS) {
    if (options.without?.includes(id)) continue;
    const wanted = options.thin?.includes(id) ? 1 : DEFAULT_TARGETS[id];
    for (let copy = 0; copy < wanted; copy++) slots.push(id);
  }
  const stories: BankStory[] = [];
  // Deal the slots round-robin so no story carries the same principle twice.
  const count = Math.max(5, Math.ceil(slots.length / 3));
  for (let index = 0; index < count; index++) stories.push({ id: `s${index + 1}`, title: SAMPLE_TITLES[index], principles: [] });
  slots.forEach((id, index) => stories[index % count].principles.push(id));
  return stories;
}

const SAMPLE_TITLES = [
  "Cut checkout p99 from 800 ms to 60 ms",
  "Took over the orphaned pager rotation",
  "Rolled back a bad deploy at 2 a.m.",
  "Found the refund double-charge bug",
  "Moved billing to the new database",
  "Disagreed with my manager on the launch date",
  "Mentored a new graduate to her first launch",
  "Automated the release checklist",
];
