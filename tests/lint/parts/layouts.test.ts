import { describe, expect, it } from "vitest";
import { findSections, lintStory } from "../../../lib/lint/index";

type PartName = "situation" | "task" | "action" | "result" | "lesson";

interface Case {
  name: string;
  markdown: string;
  structure: string;
  /** Each part's exact text (its content range), or null where the part is absent. */
  parts: Record<PartName, string | null>;
}

// How the linter splits the layouts people really use into parts: exact text per part. Stories are
// written the way strangers write them (blog HTML, quotes, one bullet per part, non-native English).
const CASES: Case[] = [
  {
    name: "paragraphs: context, an assigned goal that opens the middle paragraph, steps, an outcome with figures",
    markdown: `Last year I worked as a shift lead in a distribution centre near Leeds. Our outbound trucks were leaving late almost every night, and stores were getting their deliveries after opening.

My manager asked me to get the departures back on schedule before the Christmas peak. I started by timing every step of the loading process for two weeks. I found that pickers were waiting for pallets to be wrapped, so I moved one person from picking to wrapping during the last two hours.

As a result, on-time departures went from 62% to 94% in six weeks.
`,
    structure: "inferred",
    parts: {
      situation: "Last year I worked as a shift lead in a distribution centre near Leeds. Our outbound trucks were leaving late almost every night, and stores were getting their deliveries after opening.",
      task: "My manager asked me to get the departures back on schedule before the Christmas peak.",
      action: "I started by timing every step of the loading process for two weeks. I found that pickers were waiting for pallets to be wrapped, so I moved one person from picking to wrapping during the last two hours.",
      result: "As a result, on-time departures went from 62% to 94% in six weeks.",
      lesson: null
    },
  },
  {
    name: "bullets without labels, one part per group of bullets",
    markdown: `- Our mobile app had a 1-star review spike after the March release because login kept failing on older Android phones.
- I was responsible for the login module.
- I reproduced the crash on three old devices from the test lab and traced it to a crypto library that needed API level 24.
- I wrote a fallback for older devices and added those phones to our release checks.
- Crash-free sessions went back from 91% to 99.6% within two weeks.
`,
    structure: "inferred",
    parts: {
      situation: "Our mobile app had a 1-star review spike after the March release because login kept failing on older Android phones.",
      task: "I was responsible for the login module.",
      action: "I reproduced the crash on three old devices from the test lab and traced it to a crypto library that needed API level 24.\n- I wrote a fallback for older devices and added those phones to our release checks.",
      result: "Crash-free sessions went back from 91% to 99.6% within two weeks.",
      lesson: null
    },
  },
  {
    name: "a label on the first bullet only, one bullet per part after it",
    markdown: `- Situation: the monthly close in our finance team took 9 working days because intercompany invoices were matched by hand.
- My goal was to bring the close down to 5 days by the end of the year.
- I mapped every manual step with the two accountants who did the matching and built a matching rule in the ERP for the 80% of invoices that had a PO number.
- The close took 5 days in November and 4 days in December.
`,
    structure: "inferred",
    parts: {
      situation: "the monthly close in our finance team took 9 working days because intercompany invoices were matched by hand.",
      task: "My goal was to bring the close down to 5 days by the end of the year.",
      action: "I mapped every manual step with the two accountants who did the matching and built a matching rule in the ERP for the 80% of invoices that had a PO number.",
      result: "The close took 5 days in November and 4 days in December.",
      lesson: null
    },
  },
  {
    name: "a single `Result:` label; the parts before it read from the text",
    markdown: `At my previous school the Year 9 reading scores had been falling for three years and many pupils did not read at home at all.

I was given the job of running a reading programme for the year group. I set up 20 minutes of silent reading every morning, let the pupils choose the books, and asked the librarian to order the titles they asked for.

Result: the average reading age went up by 14 months over the school year.
`,
    structure: "inferred",
    parts: {
      situation: "At my previous school the Year 9 reading scores had been falling for three years and many pupils did not read at home at all.",
      task: "I was given the job of running a reading programme for the year group.",
      action: "I set up 20 minutes of silent reading every morning, let the pupils choose the books, and asked the librarian to order the titles they asked for.",
      result: "the average reading age went up by 14 months over the school year.",
      lesson: null
    },
  },
  {
    name: "HTML paragraphs pasted from a blog, no labels",
    markdown: `<p>During my internship at a small bank, customers complained that the loan calculator on the website gave different numbers than the branch staff.</p>
<p>My task was to find out why and fix it before the summer campaign.</p>
<p>I compared 200 quotes from both tools and found that the website rounded the interest rate before calculating. I fixed the rounding and wrote tests for the ten most common loan types.</p>
<p>After the fix, the two tools gave the same quote in all 200 cases, and complaints about the calculator stopped.</p>
`,
    structure: "inferred",
    parts: {
      situation: "During my internship at a small bank, customers complained that the loan calculator on the website gave different numbers than the branch staff.",
      task: "My task was to find out why and fix it before the summer campaign.",
      action: "I compared 200 quotes from both tools and found that the website rounded the interest rate before calculating. I fixed the rounding and wrote tests for the ten most common loan types.",
      result: "After the fix, the two tools gave the same quote in all 200 cases, and complaints about the calculator stopped.",
      lesson: null
    },
  },
  {
    name: "a whole answer in quotation marks, no labels",
    markdown: `"So, at my last job I was a support team lead for a payroll software company. In January we had a big backlog of tickets, about 1,400 open, because of the year-end tax changes.

I needed to get the backlog under 200 before the next payroll run. I sorted the tickets by topic and saw that 60% were the same three questions. I wrote three help articles and a macro, and we replied to those tickets in bulk.

In the end the backlog was down to 150 in nine days."
`,
    structure: "inferred",
    parts: {
      situation: "So, at my last job I was a support team lead for a payroll software company. In January we had a big backlog of tickets, about 1,400 open, because of the year-end tax changes.",
      task: "I needed to get the backlog under 200 before the next payroll run.",
      action: "I sorted the tickets by topic and saw that 60% were the same three questions. I wrote three help articles and a macro, and we replied to those tickets in bulk.",
      result: "In the end the backlog was down to 150 in nine days.",
      lesson: null
    },
  },
  {
    name: "a trailing lesson after the outcome is its own part",
    markdown: `In my first month as a junior data analyst, the sales director asked for a forecast of next quarter's revenue by region. I had to deliver it in one week.

I built the model in a spreadsheet from three years of sales data and checked it with the finance team before I sent it. I also wrote one page explaining what the forecast could not predict.

The forecast was within 4% of the actual revenue for every region.

I learned that explaining the limits of a model early builds more trust than a perfect number.
`,
    structure: "inferred",
    parts: {
      situation: "In my first month as a junior data analyst, the sales director asked for a forecast of next quarter's revenue by region.",
      task: "I had to deliver it in one week.",
      action: "I built the model in a spreadsheet from three years of sales data and checked it with the finance team before I sent it. I also wrote one page explaining what the forecast could not predict.",
      result: "The forecast was within 4% of the actual revenue for every region.",
      lesson: "I learned that explaining the limits of a model early builds more trust than a perfect number."
    },
  },
  {
    name: "an answer that ends at the Action has no Result",
    markdown: `At a small e-commerce company, our checkout page was slow on mobile, and the marketing team said we were losing sales because of it.

I took on the performance work for the quarter. I measured the page with Lighthouse and found three large images and a chat widget that loaded before anything else. I compressed the images, moved the widget to load after the page, and set up a weekly performance report for the team.
`,
    structure: "inferred",
    parts: {
      situation: "At a small e-commerce company, our checkout page was slow on mobile, and the marketing team said we were losing sales because of it.",
      task: "I took on the performance work for the quarter.",
      action: "I measured the page with Lighthouse and found three large images and a chat widget that loaded before anything else. I compressed the images, moved the widget to load after the page, and set up a weekly performance report for the team.",
      result: null,
      lesson: null
    },
  },
  {
    name: "an answer that never says what the candidate had to do has no Task",
    markdown: `On the night shift in our surgical ward, handovers took almost an hour and medication changes were sometimes missed.

I made a one-page handover sheet for each patient and tried it with two colleagues for a week. Then I showed it at the ward meeting, and the ward manager agreed to a trial for the whole ward.

Handover now takes about 25 minutes, and we have had no missed medication changes in six months.
`,
    structure: "inferred",
    parts: {
      situation: "On the night shift in our surgical ward, handovers took almost an hour and medication changes were sometimes missed.",
      task: null,
      action: "I made a one-page handover sheet for each patient and tried it with two colleagues for a week. Then I showed it at the ward meeting, and the ward manager agreed to a trial for the whole ward.",
      result: "Handover now takes about 25 minutes, and we have had no missed medication changes in six months.",
      lesson: null
    },
  },
  {
    name: "non-native English: present perfect for past steps, plural agreement slips",
    markdown: `In my company in Pune we was using manual excel sheets for the vendor payments and every month there was 20-30 mistakes in the amounts.

My responsibility was to reduce this mistakes before the audit. I have analysed the last six months of payments and I found that most mistakes are coming from copy paste of bank details. I have created a small macro which is taking the details direct from the vendor master.

After this change the mistakes reduced from 25 per month to 2 per month.
`,
    structure: "inferred",
    parts: {
      situation: "In my company in Pune we was using manual excel sheets for the vendor payments and every month there was 20-30 mistakes in the amounts.",
      task: "My responsibility was to reduce this mistakes before the audit.",
      action: "I have analysed the last six months of payments and I found that most mistakes are coming from copy paste of bank details. I have created a small macro which is taking the details direct from the vendor master.",
      result: "After this change the mistakes reduced from 25 per month to 2 per month.",
      lesson: null
    },
  },
  {
    name: "(S) (T) (A) (R) letters inline in one paragraph",
    markdown: `(S) At the warehouse where I worked as a team leader, the night shift kept missing the 6 a.m. truck cut-off. (T) I had to get the shift finished on time without overtime. (A) I changed the pick order so the heavy items came first and I trained two pickers to drive the forklift. (R) We made the cut-off on 27 of the next 30 nights.
`,
    structure: "inline",
    parts: {
      situation: "At the warehouse where I worked as a team leader, the night shift kept missing the 6 a.m. truck cut-off.",
      task: "I had to get the shift finished on time without overtime.",
      action: "I changed the pick order so the heavy items came first and I trained two pickers to drive the forklift.",
      result: "We made the cut-off on 27 of the next 30 nights.",
      lesson: null
    },
  },
  {
    name: "emoji-prefixed headings",
    markdown: `## ⭐ Situation
Our loyalty app lost a third of its daily users after a redesign.

## 🎯 Task
I was asked to find out why within two weeks.

## 🛠️ Action
I ran ten user interviews and looked at the funnel data, and I found that the points balance was now hidden two taps deep.

## ✅ Result
After we moved it back to the home screen, daily users recovered to 96% of the old level in a month.
`,
    structure: "headings",
    parts: {
      situation: "Our loyalty app lost a third of its daily users after a redesign.",
      task: "I was asked to find out why within two weeks.",
      action: "I ran ten user interviews and looked at the funnel data, and I found that the points balance was now hidden two taps deep.",
      result: "After we moved it back to the home screen, daily users recovered to 96% of the old level in a month.",
      lesson: null
    },
  },
  {
    name: "labels in bold inside an HTML list",
    markdown: `<ul>
<li><b>Situation:</b> Our bakery chain's support inbox had 600 unanswered emails after a website outage.</li>
<li><b>Task:</b> I had to clear it before the weekend orders.</li>
<li><b>Action:</b> I grouped the emails by problem and wrote five reply templates.</li>
<li><b>Result:</b> The inbox was empty in two days and refunds went out within 24 hours.</li>
</ul>
`,
    structure: "labels",
    parts: {
      situation: "Our bakery chain's support inbox had 600 unanswered emails after a website outage.",
      task: "I had to clear it before the weekend orders.",
      action: "I grouped the emails by problem and wrote five reply templates.",
      result: "The inbox was empty in two days and refunds went out within 24 hours.",
      lesson: null
    },
  },
  {
    name: "labels inside an answer quoted as a whole: the quotation marks belong to no part",
    markdown: `"Situation: our weekly sales report was built by hand every Monday and took four hours.
Task: I wanted to automate it before the new quarter.
Action: I wrote a Python script that pulled the data from the CRM and we checked it against the old report for a month.
Result: the report now runs by itself at 7 a.m. and saves me four hours a week."
`,
    structure: "labels",
    parts: {
      situation: "our weekly sales report was built by hand every Monday and took four hours.",
      task: "I wanted to automate it before the new quarter.",
      action: "I wrote a Python script that pulled the data from the CRM and we checked it against the old report for a month.",
      result: "the report now runs by itself at 7 a.m. and saves me four hours a week.",
      lesson: null
    },
  },
];

describe("the parts of a story, by layout", () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))("%s", (_name, testCase) => {
    const sections = findSections(testCase.markdown);
    expect(sections.structure).toBe(testCase.structure);
    for (const name of ["situation", "task", "action", "result", "lesson"] as const) {
      const part = sections[name];
      const text = part ? testCase.markdown.slice(part.content.offset, part.content.endOffset) : null;
      expect(text, name).toBe(testCase.parts[name]);
    }
  });

  it.each(CASES.filter((testCase) => Object.values(testCase.parts).some((text) => text === null) && testCase.structure === "inferred").map((testCase) => [testCase.name, testCase] as const))(
    "reports exactly the STAR parts that are absent: %s",
    (_name, testCase) => {
      const missing = lintStory(testCase.markdown)
        .filter((message) => message.ruleId === "star-missing-section")
        .map((message) => message.section);
      const absent = (["situation", "task", "action", "result"] as const).filter((name) => testCase.parts[name] === null);
      expect(missing).toEqual(absent);
    },
  );
});
