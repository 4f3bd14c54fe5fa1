import { describe, expect, it } from "vitest";
import { extractFigures } from "@/lib/interview-day/figures";

interface Case {
  name: string;
  input: string;
  expected: string[];
}

/** Result sentences as candidates write them, and the figures the sheet should show for each. */
const cases: Case[] = [
  {
    name: "a before→after pair and a percentage",
    input: "Checkout p99 latency dropped from 800 ms to 60 ms, and conversion rose 3%.",
    expected: ["from 800 ms to 60 ms", "3%"],
  },
  {
    name: "a version and a date are not figures",
    input: "We migrated to Java 17 in March 2023 and I cut build time by 40%.",
    expected: ["40%"],
  },
  { name: "money with a rate", input: "I saved $1.2M a year in licence costs.", expected: ["$1.2M a year"] },
  {
    name: "number words, counts with their nouns",
    input: "Shipped two weeks early; 12 engineers adopted the library across 3 teams.",
    expected: ["two weeks early", "12 engineers", "3 teams"],
  },
  {
    name: "multiples, with a comparative and as a word",
    input: "Throughput went up 3x faster and the error rate halved.",
    expected: ["3x faster", "halved"],
  },
  { name: "a pair with a rate and a bare number", input: "On-call pages fell from 30 a week to 2.", expected: ["from 30 a week to 2"] },
  { name: "only versions and quarters", input: "The Python 3.11 upgrade landed in Q3 2023.", expected: [] },
  { name: "no figure at all", input: "The customer was very happy and the launch went well.", expected: [] },
  {
    name: "a score pair and a duration in words",
    input: "NPS went from 32 to 51 within two quarters.",
    expected: ["from 32 to 51", "two quarters"],
  },
  {
    name: "a qualifier stays with its number",
    input: "Onboarding time dropped from 3 days to under 4 hours for 1,200 new hires.",
    expected: ["from 3 days to under 4 hours", "1,200 new hires"],
  },
  {
    name: "a throughput and an availability",
    input: "The service now handles 4,000 requests per second with 99.95% availability.",
    expected: ["4,000 requests per second", "99.95%"],
  },
  {
    name: "percent spelled out and euros",
    input: "Cost dropped 35 percent, about €18,000 per month.",
    expected: ["35 percent", "about €18,000 per month"],
  },
  {
    name: "a year after 'since' is a date; a number before a unit is a count",
    input: "Since 2021 the tool has been used by 40+ teams in 2000 stores.",
    expected: ["40+ teams", "2000 stores"],
  },
  {
    name: "a compound duration, zero, a calendar date and a time of day",
    input: "I cut the 45-minute deploy to 6 minutes, with zero downtime, on 14 March 2023 at 3 am.",
    expected: ["45-minute deploy", "6 minutes", "zero downtime"],
  },
  {
    name: "'a single' with a unit; '24/7' and 'five of' are not figures",
    input: "Adopted by five of the six regional teams; a single engineer now runs it 24/7.",
    expected: ["six regional teams", "a single engineer"],
  },
  {
    name: "money in words, a half and hundreds of a noun",
    input: "Revenue grew $2 million and churn fell by half; hundreds of customers wrote in.",
    expected: ["$2 million", "by half", "hundreds of customers"],
  },
  {
    name: "an arrow pair; framework versions after it",
    input: "Latency 800ms → 60ms, p99 under 100 ms, and we upgraded to React 18 and Node 20.",
    expected: ["800ms → 60ms", "under 100 ms"],
  },
  {
    name: "thousands with k, and a rating",
    input: "Ticket backlog down from 1.5k to 200 tickets; rating 4.8/5.",
    expected: ["from 1.5k to 200 tickets", "4.8/5"],
  },
  {
    name: "'one of' and 'no one' are not figures",
    input: "One of the best releases; no one complained.",
    expected: [],
  },
  {
    name: "ordinals and names with digits are not figures",
    input: "We were 1st to ship 5G support on EC2, and the p99 held.",
    expected: [],
  },
  {
    name: "markdown emphasis around a figure",
    input: "- Cut AWS spend by **38%** (from $41k to $25k a month).",
    expected: ["38%", "from $41k to $25k a month"],
  },
  {
    name: "a range",
    input: "Releases went from every 3–4 weeks to twice a day.",
    expected: ["3–4 weeks", "twice a day"],
  },
];

describe("extractFigures", () => {
  it.each(cases)("$name", ({ input, expected }) => {
    expect(extractFigures(input)).toEqual(expected);
  });

  it("returns nothing for empty or non-string input", () => {
    expect(extractFigures("")).toEqual([]);
    expect(extractFigures(undefined as unknown as string)).toEqual([]);
  });

  it("lists a repeated figure once", () => {
    expect(extractFigures("Saved 2 hours a week for me and 2 hours a week for each reviewer.")).toEqual(["2 hours a week"]);
  });
});
