import type { Metadata } from "next";
import Link from "next/link";
import { STORY_RULES } from "@/lib/lint";
import { BANK_RULES } from "@/lib/lint/bank";

export const metadata: Metadata = { title: "Rules" };

/** Principle-pack rules are `lp-<principle-id>` (lib/lint/principle-pack.ts). */
const PACK_PREFIX = "lp-";

/** Every rule the linter has, with its default severity. */
export default function RulesPage() {
  const packs = STORY_RULES.filter((rule) => rule.id.startsWith(PACK_PREFIX));
  const groups = [
    { heading: "Story rules", intro: null, rules: STORY_RULES.filter((rule) => !rule.id.startsWith(PACK_PREFIX)) },
    {
      heading: "Principle packs",
      intro: "On only for a story tagged with the principle: does the story show what an interviewer probing it looks for?",
      rules: packs,
    },
    { heading: "Bank rules", intro: "Read the whole bank: coverage of the principles, stories that disagree, and the three stories nearly every loop asks for.", rules: BANK_RULES },
  ].filter((group) => group.rules.length > 0);
  return (
    <>
      <h1>Rules</h1>
      <p>What the linter checks, and why an interviewer would probe it.</p>
      {groups.map(({ heading, intro, rules }) => (
        <section key={heading} aria-labelledby={`${heading}-heading`.replace(/\s/g, "-")}>
          <h2 id={`${heading}-heading`.replace(/\s/g, "-")}>{heading}</h2>
          {intro ? <p>{intro}</p> : null}
          <ul className="rule-list">
            {rules.map((rule) => (
              <li key={rule.id}>
                <Link href={rule.url}>{rule.id}</Link> <span className={`count-${rule.severity}`}>({rule.severity})</span>:{" "}
                {rule.summary}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
