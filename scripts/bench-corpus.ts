import type { PrincipleId } from "../lib/principles";

/**
 * A deterministic corpus of realistic STAR stories for the benchmark. Stories are assembled from
 * hand-written material: a scenario's own sentences for each section, padded from shared pools of
 * sentences that fit any engineering story, then laid out in one of the formats people really use
 * (headings, bold labels, inline labels, bullets, no structure at all). The same seed always gives the
 * same corpus, so figures from different commits compare like with like.
 */

export type StoryFormat = "headings" | "bold-labels" | "inline-labels" | "bullets" | "no-structure";
export const STORY_FORMATS: readonly StoryFormat[] = [
  "headings",
  "bold-labels",
  "inline-labels",
  "bullets",
  "no-structure",
];

export interface CorpusStory {
  name: string;
  format: StoryFormat;
  words: number;
  markdown: string;
}

interface Scenario {
  title: string;
  principles: PrincipleId[];
  situation: string[];
  task: string[];
  action: string[];
  /** Results with figures. */
  result: string[];
  /** The same outcome told only in vague words, as weak drafts do. */
  vagueResult: string[];
}

const SCENARIOS: Scenario[] = [
  {
    title: "Cut checkout p99 from 800 ms to 60 ms",
    principles: ["dive-deep", "deliver-results"],
    situation: [
      "Our checkout service had a p99 latency of 800 ms during the evening peak, and abandoned carts were climbing.",
      "The on-call channel had blamed the payment provider for weeks, so nobody had looked at our own code path.",
    ],
    task: [
      "I owned the checkout API that quarter and had to get p99 under 200 ms before the holiday freeze.",
      "My manager gave me two weeks and asked for a plan by the Friday review.",
    ],
    action: [
      "I pulled a week of traces and sorted the slow requests by span, which showed 70% of the time in one inventory lookup.",
      "I found the lookup issued one query per cart line, so a 30-item cart made 30 round trips to the database.",
      "I rewrote it as a single batched query behind a feature flag and added a cache for the product catalog with a five-minute TTL.",
      "I load-tested the change against a replay of Black Friday traffic before turning it on for 5% of users.",
    ],
    result: [
      "p99 dropped from 800 ms to 60 ms, and abandoned carts fell by 12% in the first month.",
      "We shipped nine days before the freeze, and the batched query pattern is now in our service template.",
    ],
    vagueResult: [
      "Latency improved significantly and the checkout felt much faster.",
      "The team gave positive feedback and the launch was a success.",
    ],
  },
  {
    title: "Took over the orphaned pager rotation",
    principles: ["ownership", "earn-trust"],
    situation: [
      "When the platform team was reorganised, the alerting for the billing pipeline ended up with no owner.",
      "Alerts fired into a channel nobody watched, and twice a month an invoice run silently failed.",
    ],
    task: [
      "It was not my team's system, but our customers' invoices depended on it, so I decided to fix the ownership gap.",
    ],
    action: [
      "I listed every alert from the last 90 days and found that 41 of 56 were noise from a retired host.",
      "I deleted the dead alerts, rewrote the remaining ones with runbooks, and set up a rotation of four volunteers.",
      "I wrote a one-page proposal for the director asking that billing alerts move to the payments team permanently.",
      "When a run failed on my second week, I joined the incident and wrote the postmortem myself.",
    ],
    result: [
      "Pages dropped from about 30 a month to 4, and no invoice run has failed silently in the eleven months since.",
      "The payments team accepted the pipeline in Q3 with my runbooks, and I handed it over in two sessions.",
    ],
    vagueResult: [
      "Things got a lot better and people were happier with the alerts.",
      "The handover was successful and management was pleased.",
    ],
  },
  {
    title: "Rolled back a launch at 2 a.m. without waiting for sign-off",
    principles: ["bias-for-action", "customer-obsession"],
    situation: [
      "We launched a new recommendations widget on a Thursday night, and by 2 a.m. error rates on the home page had tripled.",
      "The launch owner was on a flight, and the change review said only she could approve a rollback.",
    ],
    task: [
      "I was the secondary on call, and I had to decide whether to wait six hours or act without the approval.",
    ],
    action: [
      "I checked the dashboards and confirmed that the errors started within a minute of the widget's flag flip.",
      "I weighed it: turning the flag off was reversible in seconds, while waiting meant a morning of broken home pages in Europe.",
      "I turned the flag off, posted what I had done and why in the launch channel, and paged the widget's backup engineer.",
      "In the morning I walked the launch owner through the timeline and offered to help find the root cause.",
    ],
    result: [
      "Errors returned to baseline within 3 minutes, and about 200,000 European sessions saw a working home page.",
      "We relaunched four days later with a fix, and the rollback rule was changed so that any on-call can flip a launch flag.",
    ],
    vagueResult: [
      "Customers were not affected much and the relaunch went well.",
      "My manager said it was the right call and the process got better.",
    ],
  },
  {
    title: "Traced double refunds to a retry storm",
    principles: ["dive-deep", "insist-on-the-highest-standards"],
    situation: [
      "Finance noticed that a small number of customers were refunded twice, and the total had reached $48,000.",
      "Support had been reversing the duplicates by hand for a month and assumed it was a bank-side glitch.",
    ],
    task: ["I was asked to find out whether the bug was ours and to stop the losses within the sprint."],
    action: [
      "I joined the refund ledger with our request logs and found that every duplicate had two requests 30 seconds apart.",
      "That interval matched our HTTP client's retry timeout, so I read the client code and found it retried non-idempotent POSTs.",
      "I reproduced it in staging by adding latency to the payment gateway mock, which gave a duplicate on the first try.",
      "I added idempotency keys to the refund endpoint and wrote a lint rule that flags retries on POST without a key.",
    ],
    result: [
      "Duplicate refunds went to zero, and we recovered $31,000 of the $48,000 through the bank's reversal process.",
      "The lint rule caught three more unsafe retries in other services in its first month.",
    ],
    vagueResult: [
      "The problem was mostly solved and finance was much happier.",
      "It improved the reliability of the refund system considerably.",
    ],
  },
  {
    title: "Shipped the Postgres migration a week early",
    principles: ["deliver-results", "frugality", "think-big"],
    situation: [
      "Our user database ran on a self-managed Postgres 9.6 cluster that was out of support and cost $14,000 a month.",
      "Two earlier migration attempts had stalled because nobody could get a clean cutover plan approved.",
    ],
    task: [
      "I was asked to lead the migration to the managed service with one other engineer and no downtime budget.",
      "The contract on the old hosting ended in ten weeks, so the date could not move.",
    ],
    action: [
      "I split the work into schema cleanup, logical replication and cutover, and wrote a rollback step for each.",
      "I set up logical replication to the new cluster and wrote a checker that compared row counts and checksums every hour.",
      "I rehearsed the cutover three times on a staging copy and cut the write pause from 11 minutes to 40 seconds.",
      "I kept a one-page status doc that stakeholders could read in a minute, with the risks in red at the top.",
    ],
    result: [
      "We cut over a week early with a 40-second write pause, and the database bill fell from $14,000 to $5,200 a month.",
      "The replication checker became the template for three other teams' migrations that year.",
    ],
    vagueResult: [
      "The migration was successful and we saved a lot of money.",
      "Stakeholders were very positive and it was a great outcome for the company.",
    ],
  },
  {
    title: "Disagreed with my manager about rewriting the search service",
    principles: ["have-backbone-disagree-and-commit", "are-right-a-lot"],
    situation: [
      "My manager proposed rewriting our search service in a new language to fix its slow indexing.",
      "I believed most of the slowness came from how we batched writes, not from the language.",
    ],
    task: ["I needed to make my case with data before the team committed two quarters to the rewrite."],
    action: [
      "I profiled a full reindex and showed that 80% of the time went to waiting on small write batches.",
      "I wrote a two-page memo comparing the rewrite with a batching fix, with cost and risk for each.",
      "My manager still chose the rewrite for long-term reasons I had not weighed, and I told the team I would back it fully.",
      "I volunteered to build the new indexing pipeline and brought the batching fix into its design.",
    ],
    result: [
      "The rewrite shipped in 5 months instead of 6, and reindexing went from 9 hours to 35 minutes.",
      "My manager later asked me to review all design docs for the search area.",
    ],
    vagueResult: [
      "The new service was much better and everyone agreed it was worth it.",
      "Our relationship improved and the project was seen as a success.",
    ],
  },
  {
    title: "Mentored a new graduate to lead her first launch",
    principles: ["hire-and-develop-the-best", "strive-to-be-earths-best-employer"],
    situation: [
      "A new graduate joined the team during a busy quarter, and her first two code reviews had over forty comments each.",
      "She told me in our first one-on-one that she felt she was slowing everyone down.",
    ],
    task: ["As her onboarding buddy, I wanted her to own a real launch within her first six months."],
    action: [
      "I picked a small but visible feature, the export button for reports, and agreed with her lead that she would own it.",
      "I paired with her for an hour twice a week and let her drive, asking questions instead of giving answers.",
      "I reviewed her design doc before it went to the team so that the public review would be about the design, not style.",
      "When she hit a tricky permissions bug, I showed her how to bisect it rather than fixing it for her.",
    ],
    result: [
      "She shipped the export feature in 11 weeks, and it was used by 2,300 customers in its first month.",
      "Her review comments dropped to under ten per change, and she now onboards new hires herself.",
    ],
    vagueResult: [
      "She grew a lot and became a valued member of the team.",
      "Her confidence improved and her manager gave very positive feedback.",
    ],
  },
  {
    title: "Replaced the manual release checklist with one command",
    principles: ["invent-and-simplify", "learn-and-be-curious"],
    situation: [
      "Every release followed a 34-step checklist in a wiki page, and a full release took an engineer most of a day.",
      "Steps were skipped often enough that one release in eight needed a hotfix.",
    ],
    task: ["I wanted to get a release down to one command without adding a new system for the team to maintain."],
    action: [
      "I sat with three engineers during their releases and timed every step, which showed that 20 steps were copy-and-paste.",
      "I taught myself our CI system's pipeline language over a weekend, since nobody on the team had used it beyond the basics.",
      "I wrote a release pipeline that tagged, built, ran the smoke tests and posted the changelog, leaving only the go/no-go to a person.",
      "I kept the wiki checklist for one month as a fallback and asked each release engineer to note anything the pipeline missed.",
    ],
    result: [
      "A release now takes 25 minutes instead of about 6 hours, and hotfixes fell from one in eight releases to one in forty.",
      "Two other teams copied the pipeline within the quarter.",
    ],
    vagueResult: [
      "Releases became a lot easier and faster for everyone.",
      "The team really liked it and it made a big difference.",
    ],
  },
];

/** Sentences that fit the Situation of almost any engineering story: padding for longer stories. */
const SITUATION_POOL = [
  "The team was six engineers, and two of them had joined in the previous month.",
  "This was during our busiest quarter, when most of the roadmap was already committed.",
  "The system had been built four years earlier by people who had since left the company.",
  "Leadership was watching the metric closely because it appeared in the monthly business review.",
  "There was no dashboard for it, so problems were usually noticed by customers first.",
  "The documentation described a design that no longer matched the code.",
  "Several teams depended on the service, and each assumed someone else was watching it.",
  "We had a hiring freeze, so there was no option to bring in more people.",
];

const TASK_POOL = [
  "The deadline was fixed because a partner launch depended on it.",
  "I had to do this alongside my normal sprint work.",
  "Success meant a measurable change, not just a closed ticket.",
  "I also had to keep the on-call load from getting worse while the change rolled out.",
  "My manager made clear that the decision on how to do it was mine.",
  "I needed agreement from two other teams who owned the systems upstream.",
];

const ACTION_POOL = [
  "I wrote a short design doc and reviewed it with the two engineers who knew the system best.",
  "I set up a dashboard so that everyone could see the metric move day by day.",
  "I added alerts on the new code path before turning it on for anyone.",
  "I rolled the change out to 1%, then 10%, then everyone, watching the error rate at each step.",
  "I held a fifteen-minute check-in every Monday with the people affected.",
  "I wrote tests for the edge cases we had hit in production over the past year.",
  "I asked the support team for the ten worst tickets and read every one of them.",
  "I documented the decision and the alternatives I had rejected, so the next person would not repeat the analysis.",
  "When a reviewer raised a concern about data loss, I added a dry-run mode and showed them its output.",
  "I cut scope where it did not affect the goal, and said so openly in the status update.",
  "I paired with the engineer who would own it after me, so the knowledge did not leave with me.",
  "I checked the numbers again a week after launch in case the first day had been unusual.",
];

const RESULT_POOL = [
  "The runbook I wrote has been used for 14 incidents since.",
  "The change has run for over a year without a related page.",
  "I presented the approach at our engineering all-hands to about 120 people.",
  "Looking back, I would involve the downstream teams a week earlier next time.",
  "The work was cited in my promotion case the following cycle.",
  "It also saved about 5 engineer-hours a week that had gone into manual checks.",
];

/** Sentences some drafts add: team voice, quotes and markup that the linter has to read past. */
const FLAVOUR = [
  'My lead said, "we have never touched that code," and asked me to be careful.',
  "We had two services and a shared queue between them at the time.",
  "See the [postmortem](https://example.com/postmortem) for the full timeline.",
  "The config flag was `checkout.batchLookup`, off by default.",
  "**Key point:** nothing shipped without a rollback plan.",
  "We decided as a team to freeze other changes that week.",
];

/** Mulberry32: a tiny seeded PRNG, enough for picking material deterministically. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Section = "situation" | "task" | "action" | "result";
const SECTIONS: Section[] = ["situation", "task", "action", "result"];
const LABELS: Record<Section, string> = { situation: "Situation", task: "Task", action: "Action", result: "Result" };

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Builds `count` stories from `seed`. Target lengths run from about 40 to about 600 words, skewed
 * towards the 150–350 words most real drafts have.
 */
export function buildCorpus(count: number, seed = 20240601): CorpusStory[] {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number) => random() < p;
  const stories: CorpusStory[] = [];

  for (let index = 0; index < count; index++) {
    const scenario = SCENARIOS[index % SCENARIOS.length];
    const format = STORY_FORMATS[Math.floor(index / SCENARIOS.length) % STORY_FORMATS.length];
    const targetWords = Math.round(40 + 560 * Math.pow(random(), 1.6));
    const teamVoice = chance(0.3);
    const vague = chance(0.25);
    const dropResult = chance(0.05);

    const sections: Record<Section, string[]> = {
      situation: scenario.situation.slice(0, 1),
      task: scenario.task.slice(0, 1),
      // The shortest drafts are a line or two per part, sometimes with no Task at all.
      action: scenario.action.slice(0, targetWords < 90 ? 1 : 2),
      result: (vague ? scenario.vagueResult : scenario.result).slice(0, 1),
    };
    const pools: Record<Section, string[]> = {
      situation: [...scenario.situation.slice(1), ...SITUATION_POOL],
      task: [...scenario.task.slice(1), ...TASK_POOL],
      action: [...scenario.action.slice(2), ...ACTION_POOL, ...FLAVOUR],
      result: [...(vague ? scenario.vagueResult : scenario.result).slice(1), ...RESULT_POOL],
    };
    // Grow the story towards its target length, favouring the Action as real stories do.
    const weights: [Section, number][] = [
      ["situation", 0.2],
      ["task", 0.1],
      ["action", 0.5],
      ["result", 0.2],
    ];
    let words = SECTIONS.reduce((sum, s) => sum + countWords(sections[s].join(" ")), 0);
    while (words < targetWords) {
      const available = weights.filter(([s]) => pools[s].length > 0);
      if (available.length === 0) break;
      let roll = random() * available.reduce((sum, [, w]) => sum + w, 0);
      const [section] = available.find(([, w]) => (roll -= w) < 0) ?? available[available.length - 1];
      const sentence = pools[section].splice(Math.floor(random() * pools[section].length), 1)[0];
      sections[section].push(sentence);
      words += countWords(sentence);
    }
    if (teamVoice) sections.action = sections.action.map((s) => (chance(0.5) ? s.replace(/^I /, "We ") : s));
    if (dropResult) sections.result = [];
    if (targetWords < 90 && chance(0.5)) sections.task = [];

    const markdown = frontMatter(scenario, index, random) + layout(format, sections, random);
    const finalWords = SECTIONS.reduce((sum, s) => sum + countWords(sections[s].join(" ")), 0);
    stories.push({ name: `story-${String(index).padStart(4, "0")}.md`, format, words: finalWords, markdown });
  }
  return stories;
}

function frontMatter(scenario: Scenario, index: number, random: () => number): string {
  const principles = random() < 0.1 ? [] : scenario.principles;
  const title = index < SCENARIOS.length ? scenario.title : `${scenario.title} (draft ${Math.floor(index / SCENARIOS.length)})`;
  return `---\ntitle: ${JSON.stringify(title)}\nprinciples: [${principles.join(", ")}]\n---\n\n`;
}

/** Splits a section's sentences into paragraphs of two to four sentences. */
function paragraphs(sentences: string[], random: () => number): string[] {
  const result: string[] = [];
  for (let at = 0; at < sentences.length; ) {
    const size = 2 + Math.floor(random() * 3);
    result.push(sentences.slice(at, at + size).join(" "));
    at += size;
  }
  return result;
}

function layout(format: StoryFormat, sections: Record<Section, string[]>, random: () => number): string {
  const present = SECTIONS.filter((s) => sections[s].length > 0);
  switch (format) {
    case "headings": {
      const level = "#".repeat(2 + Math.floor(random() * 2));
      return present
        .map((s) => `${level} ${LABELS[s]}\n\n${paragraphs(sections[s], random).join("\n\n")}\n`)
        .join("\n");
    }
    case "bold-labels":
      return present.map((s) => `**${LABELS[s]}:** ${paragraphs(sections[s], random).join("\n\n")}\n`).join("\n");
    case "inline-labels": {
      const short = random() < 0.5;
      return present
        .map((s) => `${short ? `${LABELS[s][0]}:` : `${LABELS[s]} -`} ${sections[s].join(" ")}\n`)
        .join("\n");
    }
    case "bullets":
      return present
        .map((s) =>
          s === "action"
            ? `- **${LABELS[s]}:**\n${sections[s].map((sentence) => `  - ${sentence}`).join("\n")}`
            : `- **${LABELS[s]}:** ${sections[s].join(" ")}`,
        )
        .join("\n")
        .concat("\n");
    case "no-structure":
      return `${paragraphs(
        present.flatMap((s) => sections[s]),
        random,
      ).join("\n\n")}\n`;
  }
}
