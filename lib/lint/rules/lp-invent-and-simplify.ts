import { definePrincipleRule, phrasePattern } from "../principle-pack";

/** Something new made, or something made simpler, in any of the ways people say it. */
const INVENTED_OR_SIMPLIFIED = phrasePattern([
  "buil(?:t|d|ds|ding)",
  "rebuil(?:t|d|ding)",
  "design(?:ed|ing|s)?",
  "redesign(?:ed|ing)?",
  "invent(?:ed|ing|ion|ions)?",
  "creat(?:e|ed|es|ing|ion)",
  "prototyp(?:e|ed|es|ing)",
  "automat(?:e|ed|es|ing|ion|ions)",
  "simplif(?:y|ied|ies|ying|ication)",
  "simpler",
  "simplest",
  "streamlin(?:e|ed|ing)",
  "remov(?:e|ed|es|ing|al)",
  "replac(?:e|ed|es|ing|ement)",
  "eliminat(?:e|ed|es|ing|ion)",
  "consolidat(?:e|ed|es|ing|ion)",
  "merg(?:e|ed|es|ing)",
  "combin(?:e|ed|es|ing)",
  "collaps(?:e|ed|ing)",
  "unif(?:y|ied|ying)",
  "standardi[sz](?:e|ed|ing)",
  "delet(?:e|ed|ing)",
  "dropp(?:ed|ing)",
  "retir(?:e|ed|ing)",
  "deprecat(?:e|ed|ing)",
  "cut (?:out|down|the|it|steps|\\d)",
  "cut",
  "reduc(?:e|ed|ing)",
  "from (?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a dozen|dozens of|hundreds of) [\\w-]+ (?:\\w+ )?to",
  "down to",
  "one(?:-| )(?:click|command|step|page|button|line)",
  "single (?:command|step|click|page|button|script|form|tool|service|pipeline)",
  "self(?:-| )serv(?:e|ice)",
  "no longer",
  "(?:wrote|write|writing|written) (?:a|an|the|our|my) (?:\\w+ )?(?:tool|script|service|library|pipeline|generator|bot|linter|lint rule|framework|plugin|extension|checker|dashboard|cli|template|job|command|app|integration|service|api|endpoint|workflow|form|page|hook|action|macro|model|validator|importer|exporter|parser|compiler|simulator|harness|sdk|wizard|component|system)",
  "develop(?:ed|ing)?",
  "introduc(?:e|ed|ing)",
  "came up with",
  "come up with",
  "devis(?:e|ed|ing)",
  "engineer(?:ed)",
  "pioneer(?:ed)?",
  "novel",
  "new (?:way|approach|tool|system|process|design|method|idea|model|format|pipeline|feature|service)",
  "(?:rethought|rethink|reimagin(?:e|ed)|re-imagin(?:e|ed)|reinvent(?:ed)?|rearchitect(?:ed)?|re-architect(?:ed)?)",
  "rewr(?:ote|ite|itten)",
  "refactor(?:ed|ing)?",
  "(?:tool|tools|tooling|script|scripts|bot|generator|template|templates|framework|library|plugin|pipeline|workflow)",
  "patents?",
  "hackathon",
  "turned (?:it|this|that|the \\w+) into",
  "instead of",
  "fewer (?:steps|clicks|fields|screens|services|moving parts|pages|forms)",
  "easier",
  "easy",
  "got rid of",
  "did away with",
  "no need for",
  "trimm(?:ed|ing)",
  "shr(?:ank|unk|ink)",
  "halv(?:ed|ing)",
  "fewer",
]);

/**
 * `lp-invent-and-simplify`: a story tagged Invent and Simplify in which nothing new is built and nothing
 * is made simpler.
 */
export const lpInventAndSimplify = definePrincipleRule({
  principle: "invent-and-simplify",
  summary: "An Invent and Simplify story never shows anything you built or made simpler.",
  docs: {
    description:
      "Runs on stories tagged `invent-and-simplify`. Reports, on the Action, a story in which nothing new is built and nothing is made simpler: no `built`, `designed`, `prototyped`, `automated`, `simplified`, `replaced`, `removed`, `consolidated`, no \"from 12 steps to 3\" and no new tool, script or approach, in the Task, Action or Result.",
    examples: [
      {
        title: "Following the process faster is not inventing",
        markdown:
          "---\ntitle: Sped up vendor onboarding\nprinciples: [invent-and-simplify]\n---\n## Situation\nOnboarding a vendor took three weeks.\n## Task\nI had to onboard twelve vendors before the holidays.\n## Action\nI worked through the vendor queue every morning and chased missing forms by email.\n## Result\nAll 12 vendors were live by 20 December.\n",
        messages: [
          {
            range: "10:1-10:83",
            reason:
              "Your Invent and Simplify story shows nothing you built or simplified: say what, with the before and after (from 12 steps to 3).",
          },
        ],
      },
      {
        title: "A simplified process is the evidence",
        markdown:
          "---\ntitle: Cut vendor onboarding to a day\nprinciples: [invent-and-simplify]\n---\n## Situation\nOnboarding a vendor took three weeks.\n## Task\nI had to onboard twelve vendors before the holidays.\n## Action\nI merged the four forms into one and let vendors upload their own tax documents.\n## Result\nOnboarding takes 1 day.\n",
        messages: [],
      },
    ],
  },
  checks: [
    {
      id: "invented-or-simplified",
      reason: "Your Invent and Simplify story shows nothing you built or simplified: say what, with the before and after (from 12 steps to 3).",
      searchIn: ["task", "action", "result"],
      evidence: [INVENTED_OR_SIMPLIFIED],
      reportIn: "action",
      note: 'The interviewer will ask "what did you build that did not exist before?" or "what got simpler, and for whom?". Name the thing you made or the steps you took away, where the idea came from, and the before and after: steps, hand-offs or minutes per run.',
    },
  ],
});
