import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-customer-obsession";
const CUSTOMER = "Your Customer Obsession story names no customer: say who relied on you, be it users, sellers or an internal team.";
const NEED = "Your Customer Obsession story never says what the customer needed: say what they struggled with and how you found out.";


const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Array<{ range: string; section: string; reason: string }> }> = [
  {
    name: "headings story about the system only",
    markdown: tagged("customer-obsession", "## Situation", "The search index took nine hours to rebuild.", "## Task", "I had to make rebuilds faster.", "## Action", "I split the rebuild into shards and ran them in parallel.", "## Result", "Rebuilds now take 40 minutes."),
    expected: [{ range: "6:1-6:45", section: "situation", reason: CUSTOMER }],
  },
  {
    name: "bold labels, principle from the lint option",
    markdown: story("**Situation:** Our nightly billing export ran for six hours.", "**Task:** I owned the export job.", "**Action:** I rewrote the export as a streaming job with smaller batches.", "**Result:** The export now runs in 35 minutes."),
    principles: ["customer-obsession"],
    expected: [{ range: "1:16-1:61", section: "situation", reason: CUSTOMER }],
  },
  {
    name: "customer named but no need",
    markdown: tagged("customer-obsession", "## Situation", "Our merchants used the old reporting page.", "## Task", "I rebuilt the reporting page for merchants.", "## Action", "I moved the page to the new framework and added dark mode.", "## Result", "The page shipped in 3 weeks."),
    expected: [{ range: "6:1-6:43", section: "situation", reason: NEED }],
  },
  {
    name: "inline labels, customer named but no need",
    markdown: tagged("customer-obsession", "Situation: Sellers had a dashboard built in 2019. Task: I owned the port to React. Action: I ported each widget and kept the layout. Result: It went live for 4,000 sellers in May."),
    expected: [{ range: "5:12-5:50", section: "situation", reason: NEED }],
  },
  {
    name: "list layout with no customer",
    markdown: tagged("customer-obsession", "- **Situation:** The deploy pipeline took 50 minutes.", "- **Task:** I set out to halve it.", "- **Action:**", "  - I cached the dependency layer and ran the test shards in parallel.", "- **Result:** Deploys take 18 minutes."),
    expected: [{ range: "5:18-5:54", section: "situation", reason: CUSTOMER }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "pupils as the customers, a teacher's story",
    markdown: tagged("customer-obsession", "## Situation", "Half my Year 10 class handed in no homework.", "## Task", "I wanted homework that worked.", "## Action", "I asked the pupils what confused them and rewrote the homework.", "## Result", "Completion rose from 52% to 88%."),
  },
  {
    name: "sellers and their complaint",
    markdown: tagged("customer-obsession", "## Situation", "Small sellers complained that payouts arrived a week late.", "## Task", "I owned the payout service.", "## Action", "I called five sellers and moved payouts to a daily run.", "## Result", "Payouts now arrive in 1 day."),
  },
  {
    name: "an internal team as the customer",
    markdown: tagged("customer-obsession", "## Situation", "The fraud team depended on our event feed and kept asking for events within a minute.", "## Task", "I owned the feed.", "## Action", "I replaced the hourly batch with a stream.", "## Result", "Events reach them in 20 seconds."),
  },
  {
    name: "patients who struggled",
    markdown: tagged("customer-obsession", "**Situation:** Patients struggled to book follow-up appointments on mobile.", "**Task:** I led the booking flow.", "**Action:** I watched six patients use the app and cut the form to two screens.", "**Result:** Mobile bookings rose 31%."),
  },
  {
    name: "users frustrated, British spelling and a curly apostrophe",
    markdown: tagged("customer-obsession", "## Situation", "Users were frustrated: the app’s search couldn’t find half their files.", "## Task", "I had to fix search before the autumn release.", "## Action", "I reindexed file contents as well as names.", "## Result", "Search finds 96% of files in our test set."),
  },
  {
    name: "so they could: the need told as a purpose",
    markdown: tagged("customer-obsession", "Situation: Advertisers ran campaigns across three tools. Task: I owned campaign setup. Action: I built one setup page so that they could launch a campaign in one place. Result: Setup time fell from 40 to 9 minutes."),
  },
  {
    name: "warehouse associates who had to work by hand",
    markdown: tagged("customer-obsession", "## Situation", "Warehouse associates had to scan every box twice.", "## Task", "I owned the scanning app.", "## Action", "I spent a shift on the floor and merged the two scans into one.", "## Result", "Each box takes 4 seconds less."),
  },
  {
    name: "the need shown by sitting with the customer",
    markdown: tagged("customer-obsession", "## Situation", "The finance team closed the books each month from our exports.", "## Task", "Make the exports reliable.", "## Action", "I sat with the controller during close and rewrote the export around her checklist.", "## Result", "Close went from 6 days to 3."),
  },
  {
    name: "anyone on an old phone whose app crashed",
    markdown: tagged("customer-obsession", "## Situation", "Our checkout crashed for anyone on an older iPhone.", "## Task", "I was on the payments team.", "## Action", "I bought two old iPhones, reproduced the crash, and shipped a fix that weekend.", "## Result", "Crash-free sessions rose from 97.1% to 99.8%."),
  },
  {
    name: "the weak story untagged",
    markdown: story("## Situation", "The search index took nine hours to rebuild.", "## Task", "I had to make rebuilds faster.", "## Action", "I split the rebuild into shards and ran them in parallel.", "## Result", "Rebuilds now take 40 minutes."),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: tagged("dive-deep", "## Situation", "The search index took nine hours to rebuild.", "## Task", "I had to make rebuilds faster.", "## Action", "I split the rebuild into shards and ran them in parallel.", "## Result", "Rebuilds now take 40 minutes."),
  },
  {
    name: "no STAR structure",
    markdown: tagged("customer-obsession", "I rebuilt the search index in shards and it now takes 40 minutes instead of nine hours."),
  },
  {
    name: "customer and need in the Result only",
    markdown: tagged("customer-obsession", "## Situation", "The export ran for six hours.", "## Task", "Speed it up.", "## Action", "I streamed it.", "## Result", "Finance analysts, who had waited until noon for their numbers, now get them by 8 a.m."),
  },
];

describePackRule(RULE, invalid, valid);
