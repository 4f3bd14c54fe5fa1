import type { Metadata } from "next";
import Link from "next/link";
import { STORY_RULES } from "@/lib/lint";
import { BANK_RULES } from "@/lib/lint/bank";

export const metadata: Metadata = { title: "Rules" };

/** Every rule the linter has, with its default severity. */
export default function RulesPage() {
  const groups = [
    { heading: "Story rules", rules: STORY_RULES },
    { heading: "Bank rules", rules: BANK_RULES },
  ];
  return (
    <>
      <h1>Rules</h1>
      <p>What the linter checks, and why an interviewer would probe it.</p>
      {groups.map(({ heading, rules }) => (
        <section key={heading} aria-labelledby={`${heading}-heading`.replace(/\s/g, "-")}>
          <h2 id={`${heading}-heading`.replace(/\s/g, "-")}>{heading}</h2>
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
