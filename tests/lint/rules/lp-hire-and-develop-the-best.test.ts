import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-hire-and-develop-the-best";
const PERSON = "Your Hire and Develop the Best story names no one you hired or coached: say who, and what you did to help them grow.";
const GROWTH = "Your Hire and Develop the Best story never says how the person grew: say where they are now, or give a figure.";


const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Array<{ range: string; section: string; reason: string }> }> = [
  {
    name: "headings project story with nobody developed",
    markdown: tagged("hire-and-develop-the-best", "## Situation", "The reporting pages were slow and hard to use.", "## Task", "I led the revamp.", "## Action", "I split the work into three milestones and reviewed every change.", "## Result", "The revamp shipped on time."),
    expected: [{ range: "10:1-10:66", section: "action", reason: PERSON }],
  },
  {
    name: "bold labels via the lint option",
    markdown: story("**Situation:** Our team missed two deadlines.", "**Task:** I became the team lead.", "**Action:** I set weekly goals and tracked them on a board.", "**Result:** We hit the next deadline."),
    principles: ["hire-and-develop-the-best"],
    expected: [{ range: "3:13-3:60", section: "action", reason: PERSON }],
  },
  {
    name: "mentoring with only the project in the Result",
    markdown: tagged("hire-and-develop-the-best", "## Situation", "A junior engineer on my team was stuck on code reviews.", "## Task", "I offered to mentor him.", "## Action", "I paired with him twice a week and walked through each comment.", "## Result", "The reporting revamp shipped on time."),
    expected: [{ range: "12:1-12:38", section: "result", reason: GROWTH }],
  },
  {
    name: "inline labels, hiring with no word of the hire",
    markdown: tagged("hire-and-develop-the-best", "Situation: We needed a data engineer. Task: I ran the hiring loop. Action: I wrote the interview questions and trained the panel. Result: The loop ran smoothly."),
    expected: [{ range: "5:139-5:161", section: "result", reason: GROWTH }],
  },
  {
    name: "list layout with nobody developed",
    markdown: tagged("hire-and-develop-the-best", "- **Situation:** Our test suite was flaky.", "- **Task:** I owned CI.", "- **Action:**", "  - I quarantined the flaky tests and fixed the worst ones.", "- **Result:** Flaky runs fell below 2%."),
    expected: [{ range: "8:3-8:60", section: "action", reason: PERSON }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "hiring told as \"brought on four new reps\"",
    markdown: tagged("hire-and-develop-the-best", "## Situation", "The sales team was down to two.", "## Task", "I had to rebuild it.", "## Action", "I brought on four new reps and sat beside each for their first 50 calls.", "## Result", "All four booked a meeting within 3 weeks."),
  },
  {
    name: "apprentices taken on and what became of them",
    markdown: tagged("hire-and-develop-the-best", "## Situation", "Nine mechanics were about to retire.", "## Task", "I needed qualified mechanics.", "## Action", "I took on two apprentices and checked their workshop logs every month.", "## Result", "Both qualified in 2024, and one now leads a shift."),
  },
  {
    name: "mentored and now leads",
    markdown: tagged("hire-and-develop-the-best", "## Situation", "A new graduate joined during a busy quarter.", "## Task", "I was her onboarding buddy.", "## Action", "I paired with her weekly and let her drive the design.", "## Result", "She now leads the export feature."),
  },
  {
    name: "coached, was promoted",
    markdown: tagged("hire-and-develop-the-best", "**Situation:** An engineer on my team wanted to grow into a tech lead.", "**Task:** I agreed to coach him.", "**Action:** I gave him feedback after every design review.", "**Result:** He was promoted within the year."),
  },
  {
    name: "growth told in the Action",
    markdown: tagged("hire-and-develop-the-best", "## Situation", "A junior engineer struggled with on-call.", "## Task", "Help him.", "## Action", "I shadowed his first two shifts; by the third he handled pages independently.", "## Result", "The team kept shipping."),
  },
  {
    name: "hiring with a figure in the Result",
    markdown: tagged("hire-and-develop-the-best", "Situation: We needed three engineers. Task: I owned the hiring loop. Action: I rewrote the interview rubric and trained 6 interviewers. Result: We hired 3 engineers in 8 weeks."),
  },
  {
    name: "on her own, curly apostrophe",
    markdown: tagged("hire-and-develop-the-best", "- **Situation:** An intern’s project had stalled.", "- **Task:** Unblock her.", "- **Action:**", "  - I mentored her through the design doc.", "- **Result:** She presented it on her own at the all-hands."),
  },
  {
    name: "gave feedback, they now own",
    markdown: tagged("hire-and-develop-the-best", "## Situation", "A teammate's designs were often sent back.", "## Task", "Help them improve.", "## Action", "I gave them written feedback on each draft.", "## Result", "They now own the design review checklist."),
  },
  {
    name: "helped him, he still leads it",
    markdown: tagged("hire-and-develop-the-best", "**Situation:** A teammate froze in design reviews.", "**Task:** I wanted him to present with confidence.", "**Action:** I helped him rehearse his first three reviews.", "**Result:** He still leads our review meeting a year later."),
  },
  {
    name: "the weak story untagged",
    markdown: story("## Situation", "The reporting pages were slow and hard to use.", "## Task", "I led the revamp.", "## Action", "I split the work into three milestones and reviewed every change.", "## Result", "The revamp shipped on time."),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: tagged("deliver-results", "## Situation", "The reporting pages were slow and hard to use.", "## Task", "I led the revamp.", "## Action", "I split the work into three milestones and reviewed every change.", "## Result", "The revamp shipped on time."),
  },
  {
    name: "no STAR structure",
    markdown: tagged("hire-and-develop-the-best", "I mentored a junior engineer for a year."),
  },
];

describePackRule(RULE, invalid, valid);
