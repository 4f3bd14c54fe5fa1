import type { Metadata } from "next";
import Link from "next/link";
import { lintBank } from "@/lib/lint/bank";
import type { BankMessage, CoverageStatus, PrincipleCoverage, Severity } from "@/lib/lint/types";
import { getPrinciple } from "@/lib/principles";
import { readLintSettings } from "@/lib/settings/settings-file";
import { createStoryAction } from "@/lib/stories/actions/create-story";
import { listStories } from "@/lib/stories/data";
import styles from "./coverage.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Coverage" };

type MatrixStory = { id: string; title: string; principles: readonly string[] };

const SEVERITY_LABELS: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

const STATUS_CLASSES: Record<CoverageStatus, string> = {
  missing: styles.missing,
  thin: styles.thin,
  covered: styles.covered,
};

/**
 * The coverage matrix: one row per story, one column per Leadership Principle, and a footer saying
 * which principles still need stories. Computed on every request from the live bank (the same
 * lintBank call as GET /api/coverage, with the same settings), so it can never disagree with the API.
 */
export default async function CoveragePage() {
  const [rows, { config }] = await Promise.all([listStories(), readLintSettings()]);
  const stories = rows.map(({ id, title, principles }) => ({ id, title, principles }));
  // The bodies go to lintBank only (figure-inconsistent reads them); the matrix needs titles and tags.
  const report = lintBank(
    rows.map(({ id, title, principles, body }) => ({ id, title, principles, body })),
    config,
  );

  return (
    <div className={styles.page}>
      <h1>Coverage</h1>
      <p className="muted">
        Which of Amazon&rsquo;s 16 Leadership Principles your stories show. A principle is covered once it has as
        many stories as its target; by default the most-asked ones want two, so you never tell one story twice in a
        loop. Targets are on the <Link href="/settings">Settings</Link> page.
      </p>
      {stories.length === 0 ? (
        <EmptyBank />
      ) : (
        <>
          <Summary coverage={report.principles} />
          <p className={styles.jump}>
            <a href="#matrix">Jump to the matrix</a>
          </p>
          <BankMessages messages={report.messages} />
          <CoverageMatrix stories={stories} coverage={report.principles} />
        </>
      )}
    </div>
  );
}

function EmptyBank() {
  return (
    <div className={styles.empty}>
      <p>
        Your bank has no stories yet, so there is nothing to map. Write a first story and tag it with the principles
        it shows; good first picks are Ownership, Dive Deep, Deliver Results, Bias for Action and Customer Obsession.
      </p>
      <form action={createStoryAction}>
        <button type="submit" className="button">
          New story
        </button>
      </form>
    </div>
  );
}

/** One line a reader can take in before the details: how many principles are covered, thin, missing. */
function Summary({ coverage }: { coverage: readonly PrincipleCoverage[] }) {
  const count = (status: CoverageStatus) => coverage.filter((row) => row.status === status).length;
  return (
    <p>
      <strong>
        {count("covered")} of {coverage.length} principles covered
      </strong>
      , {count("thin")} thin, {count("missing")} missing.
    </p>
  );
}

/** The bank rules' findings, most important first (lintBank orders them), each linked to its rule's page. */
function BankMessages({ messages }: { messages: readonly BankMessage[] }) {
  return (
    <section aria-labelledby="bank-checks-heading">
      <h2 id="bank-checks-heading" className={styles.subheading}>
        Bank checks
      </h2>
      {messages.length === 0 ? (
        <p className="muted">No problems: every principle has the stories it needs.</p>
      ) : (
        <ul className={styles.messages}>
          {messages.map((message, index) => (
            <li key={`${message.ruleId}-${message.principleId ?? message.storyId ?? ""}-${index}`}>
              <span className={`${styles.severity} count-${message.severity}`}>{SEVERITY_LABELS[message.severity]}</span>{" "}
              {message.principleId ? (
                <>
                  <strong>{getPrinciple(message.principleId).name}:</strong>{" "}
                </>
              ) : null}
              {message.reason}{" "}
              <a href={message.url} className={styles.ruleLink}>
                {message.ruleId}
              </a>
              {message.note ? (
                // Collapsed: a young bank has a dozen messages, and their coaching would push the matrix off screen.
                <details className={styles.note}>
                  <summary>How to fix it</summary>
                  <p className="muted">{message.note}</p>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CoverageMatrix({
  stories,
  coverage,
}: {
  stories: readonly MatrixStory[];
  coverage: readonly PrincipleCoverage[];
}) {
  return (
    <>
      <p id="matrix-legend" className={styles.legend}>
        ✓ marks a principle the story is tagged with; the last row says whether each principle has enough stories.
      </p>
      {/* Focusable so keyboard users can scroll the matrix sideways on a narrow screen. */}
      <div
        id="matrix"
        role="region"
        aria-label="Coverage matrix"
        aria-describedby="matrix-legend"
        tabIndex={0}
        className={styles.scroller}
      >
        <table className={styles.matrix}>
          <caption className={styles.caption}>Stories by Leadership Principle</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.corner}>
                Story
              </th>
              {coverage.map((principle) => (
                <th scope="col" key={principle.id} className={styles.principle}>
                  <span className={styles.principleName}>{principle.name}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stories.map((story) => (
              <tr key={story.id}>
                <th scope="row" className={styles.story}>
                  <Link href={`/stories/${story.id}`}>{story.title.trim() || "Untitled story"}</Link>
                </th>
                {coverage.map((principle) =>
                  story.principles.includes(principle.id) ? (
                    <td key={principle.id} className={styles.tagged}>
                      <span aria-hidden="true">✓</span> <span className="visually-hidden">tagged</span>
                    </td>
                  ) : (
                    <td key={principle.id} className={styles.untagged}>
                      <span className="visually-hidden">not tagged</span>
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className={styles.story}>
                Coverage status
              </th>
              {coverage.map((principle) => (
                <td key={principle.id} className={`${styles.status} ${STATUS_CLASSES[principle.status]}`}>
                  <span className={styles.statusWord}>{principle.status}</span>{" "}
                  <span className={styles.statusCount}>
                    ({principle.storyIds.length} of {principle.target})
                  </span>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
