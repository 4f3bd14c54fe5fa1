import { describe, expect, it } from "vitest";
import { flagged, story } from "../helpers";

const RULE = "result-missing-metric";
const withResult = (result: string) => story("## Situation", "Checkout was slow.", "## Task", "Fix it.", "## Action", "I cached.", "## Result", result);

const flaggedResults: string[] = [
  "Checkout became much faster and customers were happy.",
  "The team adopted my design and we use it everywhere now.",
  "Since 2023 the page has stayed fast.",
  "p99 is no longer a problem and S3 costs dropped.",
  "It was released as v2 in Q3.",
  "Everyone was happy; one of the directors thanked me.",
  "Every service now runs on Java 17 and the build is green.",
  "The app moved to React 18 and TypeScript 5 without a freeze.",
  "We shipped v2.3 on 14 March 2023 and customers liked it.",
  "The new flow went live in Q4 2023.",
  "Adopted by the platform group in 2022 and 2023.",
  "Go 1.21 and Python 3.11 are now the defaults, upgraded from Java 8 to 17.",
  "Released on 2023-03-14 over HTTP/2.",
  "Live since March 3rd; leadership signed off on 1 June.",
];

const unflaggedResults: string[] = [
  "p99 fell from 800 ms to 60 ms.",
  "Conversion rose 12%.",
  "We saved $1.2M a year.",
  "Cloud spend fell by €300k.",
  "It cost 40k USD less.",
  "We shipped two days early.",
  "Twelve engineers adopted it.",
  "Build time halved.",
  "Latency was cut in half.",
  "Throughput doubled.",
  "Queries run three times faster.",
  "Deploys are 2x faster.",
  "Tickets went from forty to twelve a week.",
  "We finished in one sprint.",
  "Zero incidents since launch.",
  "Error rate dropped a third.",
  "Checkout p99 is now `60 ms`.",
  "Errors fell 30% after the Java 17 upgrade.",
  "We upgraded 12 services to Node 20 in Q4 2023.",
  "Python 3 services dropped from 9 to 2.",
  "Rolled out in 2000 stores by March 2024.",
  "We cut 2 March releases from the plan.",
  "Saved $40k in Q4 2023.",
  "Shipped release 4.2 two weeks early.",
  "Ranked 1st in the app store by 14 March.",
];

describe(RULE, () => {
  it.each(flaggedResults)("flags a Result without a figure: %s", (result) => {
    const markdown = withResult(result);
    expect(flagged(markdown, RULE)).toEqual([{ range: `8:1-8:${result.length + 1}` }]);
  });

  it.each(unflaggedResults)("accepts a Result with a figure: %s", (result) => {
    expect(flagged(withResult(result), RULE)).toEqual([]);
  });

  it.each([
    ["bold labels", story("**Situation:** slow", "**Task:** fix", "**Action:** cache", "**Result:** it is fast now"), "4:13-4:27"],
    ["inline labels", "Situation: slow. Task: fix. Action: cache. Result: it is fast now.", "1:52-1:67"],
    ["multi-paragraph Result", story("S: x", "T: y", "A: z", "R: It is fast.", "", "Customers noticed."), "4:4-6:19"],
  ])("ranges the Result's text (%s)", (_name, markdown, range) => {
    expect(flagged(markdown, RULE)).toEqual([{ range }]);
  });

  it.each([
    ["no structure", "Checkout is fast now.\n"],
    ["no Result", story("## Situation", "x", "## Task", "y", "## Action", "z")],
    ["empty Result", story("## Situation", "x", "## Task", "y", "## Action", "z", "## Result", "")],
  ])("leaves %s to the structure rules", (_name, markdown) => {
    expect(flagged(markdown, RULE)).toEqual([]);
  });
});
