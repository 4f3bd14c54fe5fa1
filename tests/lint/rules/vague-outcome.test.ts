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
  {
    name: "intensified evaluations",
    markdown: story(
      "## Situation",
      "Our biggest client threatened to churn.",
      "## Task",
      "Win them back.",
      "## Action",
      "I ran weekly reviews with their ops lead.",
      "## Result",
      "The client was very satisfied and the renewal talks look very promising. Their CTO was really happy, and the rollout worked extremely well.",
    ),
    expected: [
      { range: "8:16-8:30", actual: "very satisfied" },
      { range: "8:58-8:72", actual: "very promising" },
      { range: "8:88-8:100", actual: "really happy" },
      { range: "8:125-8:139", actual: "extremely well" },
    ],
  },
  {
    name: "intensifiers across list items and bold labels",
    markdown: story(
      "**Situation:** Slow builds.",
      "**Task:** Speed them up.",
      "**Action:** I added remote caching.",
      "**Result:**",
      "- Builds are super fast now.",
      "- The team was highly appreciative and the change was very well received.",
    ),
    expected: [
      { range: "5:14-5:24", actual: "super fast" },
      { range: "6:16-6:35", actual: "highly appreciative" },
      { range: "6:55-6:73", actual: "very well received" },
    ],
  },
];

const valid: Array<{ name: string; markdown: string }> = [
  {
    name: "a lesson after the Result is not an outcome",
    markdown: story(
      "S: x",
      "T: y",
      "A: I told the client about the delay on day one.",
      "R: The client renewed for 2 years.",
      "",
      "Learning: I learned that bad news early is better than late, and it builds more trust than a perfect plan.",
    ),
  },
  {
    name: "the label word in \"Learning / Improvement:\"",
    markdown: story(
      "## Situation",
      "x",
      "## Task",
      "y",
      "## Action",
      "I rewrote the report.",
      "## Result",
      "The report now runs at 6 a.m. with no manual work, which saves me 5 hours a week.",
      "",
      "**Learning / Improvement:** I should have asked the managers earlier which tabs they used.",
    ),
  },
  {
    name: "a lesson in an answer without labels",
    markdown: story(
      "In my first month as a junior analyst, the sales director asked me for a forecast of next quarter's revenue by region within a week.",
      "",
      "I built the model from three years of sales data and checked it with the finance team before I sent it.",
      "",
      "The forecast was within 4% of the actual revenue in every region.",
      "",
      "I learned that explaining the limits of a model early is much better than a perfect number.",
    ),
  },
  { name: "figure in the sentence", markdown: story("S: x", "T: y", "A: I cached.", "R: Latency improved by 40%, from 800 ms to 480 ms.") },
  { name: "number words count as figures", markdown: story("S: x", "T: y", "A: I cached.", "R: We shipped two weeks early, a much better outcome.") },
  { name: "multipliers count", markdown: story("S: x", "T: y", "A: I cached.", "R: Throughput doubled, a significant win.") },
  { name: "vague words outside the Result", markdown: story("S: Things had to get better.", "T: Improve it.", "A: I greatly simplified it.", "R: 3 services retired.") },
  { name: "better as a verb", markdown: story("S: x", "T: y", "A: I cached.", "R: It helped us to better understand 3 failure modes. I now better understand the system.") },
  { name: "no structure", markdown: "It improved a lot and was a huge success.\n" },
  { name: "vague words in code", markdown: story("S: x", "T: y", "A: I cached.", "R: The `improved` flag shipped on 4 hosts.") },
  {
    name: "an intensified evaluation with a figure in the sentence",
    markdown: story(
      "S: x",
      "T: y",
      "A: I cached.",
      "R: The client was very satisfied: NPS rose from 31 to 52.",
    ),
  },
  {
    name: "very and really before words that are not evaluations",
    markdown: story(
      "S: x",
      "T: y",
      "A: I cached.",
      "R: The very first customer renewed within 2 days. It really helped 3 teams, and pretty much all 40 services use it.",
    ),
  },
  {
    name: "bare evaluations are plain statements",
    markdown: story(
      "S: x",
      "T: y",
      "A: I cached.",
      "R: Users were happy and the on-call engineers were pleased; 12 alerts were retired.",
    ),
  },
  {
    name: "intensified evaluations outside the Result",
    markdown: story(
      "S: The old system was very stable but very slow.",
      "T: Keep it really reliable.",
      "A: I was very happy to pair with the SRE team.",
      "R: p99 fell from 800 ms to 60 ms.",
    ),
  },
];

describe(RULE, () => {
  it.each(invalid.map((testCase) => [testCase.name, testCase] as const))("flags: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual(testCase.expected);
  });
  it.each(valid.map((testCase) => [testCase.name, testCase] as const))("does not flag: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual([]);
  });
});
