import { describe, expect, it } from "vitest";
import { flagged, story } from "../helpers";

const RULE = "vague-outcome";

const invalid: Array<{ name: string; markdown: string; expected: Array<{ range: string; actual: string }> }> = [
  {
    name: "headed story, several vague phrases",
    markdown: story(
      "## Situation",
      "x",
      "## Task",
      "y",
      "## Action",
      "I rewrote the cache.",
      "## Result",
      "Performance improved significantly. The launch was a huge success and customers gave positive feedback.",
    ),
    expected: [
      { range: "8:13-8:35", actual: "improved significantly" },
      { range: "8:52-8:66", actual: "a huge success" },
      { range: "8:86-8:103", actual: "positive feedback" },
    ],
  },
  {
    name: "inline labels",
    markdown: "Situation: slow builds. Task: speed them up. Action: I added caching. Result: builds are dramatically faster.",
    expected: [{ range: "1:90-1:109", actual: "dramatically faster" }],
  },
  {
    name: "bold labels and a lot",
    markdown: story("**S:** x", "**T:** y", "**A:** I automated it.", "**R:** It saved a lot of time and the team was greatly relieved."),
    expected: [
      { range: "4:17-4:22", actual: "a lot" },
      { range: "4:48-4:55", actual: "greatly" },
    ],
  },
  {
    name: "only the sentence without a figure is flagged",
    markdown: story("S: x", "T: y", "A: I cached.", "R: p99 fell 40%. Overall the system is better."),
    expected: [{ range: "4:40-4:46", actual: "better" }],
  },
];

const valid: Array<{ name: string; markdown: string }> = [
  { name: "figure in the sentence", markdown: story("S: x", "T: y", "A: I cached.", "R: Latency improved by 40%, from 800 ms to 480 ms.") },
  { name: "number words count as figures", markdown: story("S: x", "T: y", "A: I cached.", "R: We shipped two weeks early, a much better outcome.") },
  { name: "multipliers count", markdown: story("S: x", "T: y", "A: I cached.", "R: Throughput doubled, a significant win.") },
  { name: "vague words outside the Result", markdown: story("S: Things had to get better.", "T: Improve it.", "A: I greatly simplified it.", "R: 3 services retired.") },
  { name: "better as a verb", markdown: story("S: x", "T: y", "A: I cached.", "R: It helped us to better understand 3 failure modes. I now better understand the system.") },
  { name: "no structure", markdown: "It improved a lot and was a huge success.\n" },
  { name: "vague words in code", markdown: story("S: x", "T: y", "A: I cached.", "R: The `improved` flag shipped on 4 hosts.") },
];

describe(RULE, () => {
  it.each(invalid.map((testCase) => [testCase.name, testCase] as const))("flags: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual(testCase.expected);
  });
  it.each(valid.map((testCase) => [testCase.name, testCase] as const))("does not flag: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual([]);
  });
});
