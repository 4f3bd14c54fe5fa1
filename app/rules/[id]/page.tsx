import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { STORY_RULE_MODULES } from "@/lib/lint";
import { BANK_RULES } from "@/lib/lint/bank";

type Props = { params: Promise<{ id: string }> };

function findRule(id: string) {
  const story = STORY_RULE_MODULES.find((rule) => rule.meta.id === id);
  if (story) return { meta: story.meta, docs: story.docs };
  const bank = BANK_RULES.find((rule) => rule.id === id);
  return bank ? { meta: bank, docs: null } : null;
}

export function generateStaticParams() {
  return [...STORY_RULE_MODULES.map((rule) => rule.meta.id), ...BANK_RULES.map((rule) => rule.id)].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const rule = findRule((await params).id);
  return { title: rule ? rule.meta.id : "Unknown rule" };
}

/**
 * A rule's documentation. The examples are the rule's own test cases (tests/lint/rule-docs.test.ts
 * runs every one), so what this page promises is what the linter does. Story text is shown as text,
 * never rendered as HTML.
 */
export default async function RulePage({ params }: Props) {
  const rule = findRule((await params).id);
  if (!rule) notFound();
  const { meta, docs } = rule;
  return (
    <article>
      <p>
        <Link href="/rules">All rules</Link>
      </p>
      <h1>{meta.id}</h1>
      <p>
        <strong className={`count-${meta.severity}`}>{meta.severity}</strong> · {meta.scope === "bank" ? "whole bank" : "each story"}
      </p>
      <p>{meta.summary}</p>
      {docs ? (
        <>
          {docs.description.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          <h2>Examples</h2>
          {docs.examples.map((example) => (
            <section key={example.title} aria-label={example.title} className="rule-example">
              <h3>
                {example.messages.length === 0 ? "Not flagged" : "Flagged"}: {example.title}
              </h3>
              <pre className="story-body">{example.markdown}</pre>
              {example.messages.length > 0 ? (
                <ul>
                  {example.messages.map((message) => (
                    <li key={`${message.range}-${message.actual ?? ""}`}>
                      <code>{message.range}</code>
                      {message.actual ? (
                        <>
                          {" "}
                          “{message.actual}”
                        </>
                      ) : null}
                      {message.reason ? `: ${message.reason}` : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </section>
          ))}
        </>
      ) : null}
    </article>
  );
}
