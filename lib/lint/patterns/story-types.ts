import { FAILURE_NOT_REAL_BEFORE, FAILURE_TITLES, FIRST_PERSON_FAILURES } from "./failure-words";

/**
 * Word lists for `story-type-missing`: how a story's title or text says it is a failure story, a
 * disagreement story or a tight-deadline story. Regular-expression sources, matched case-insensitively
 * on whole words. Precision first: a story counted as a type it is not hides a gap the candidate will
 * meet in the loop, while a missed one only costs an info message they can check and dismiss.
 *
 * Failure reuses failure-no-lesson's lists (lib/lint/patterns/failure-words.ts), so a story that rule
 * treats as a failure story counts here too: "I missed the deadline", "my mistake", a "Lessons
 * learned" title; "the deploys failed", "the vendor failed to deliver" and "we failed" do not.
 */

export { FAILURE_NOT_REAL_BEFORE, FAILURE_TITLES, FIRST_PERSON_FAILURES };

/** A disagreement or conflict the candidate was in. Not merge, version or write conflicts, not
 * "conflicting timestamps" and not a "conflict of interest". */
export const CONFLICT_PHRASES: readonly string[] = [
  String.raw`disagree(?:d|s|ing|ments?)?`,
  String.raw`(?:did\s+not|didn['’]t|do\s+not|don['’]t|would\s+not|wouldn['’]t)\s+agree`,
  String.raw`push(?:ed|ing)?\s+back|pushback`,
  String.raw`clash(?:ed|es)?\s+(?:with|over)`,
  String.raw`argu(?:ed|ing|ments?)\s+(?:with|against|over|about)`,
  String.raw`objected|objections?\s+(?:to|from)`,
  String.raw`(?<!(?:merge|version|write|edit|scheduling|calendar|dependency|naming|port|lock|git|data|sync)[\s-])conflicts?\s+(?:with|between|over)(?!\s+(?:the\s+)?(?:main|master|branch|upstream|schema|index|file|key|lock|port|version)s?\b)`,
  String.raw`(?:difficult|tense|heated|hard)\s+(?:conversation|stakeholder|colleague|co-?worker|teammate|manager|client|customer|partner|peer|discussion|debate)s?`,
  String.raw`challenged\s+(?:my|our|the|a|his|her|their)\s+(?:manager|lead|director|boss|vp|cto|ceo|plan|decision|proposal|design|estimate|consultant)s?`,
  String.raw`(?:stood|stand)\s+(?:my|our)\s+ground`,
  String.raw`(?:we|they|he|she)\s+(?:could\s+not|couldn['’]t)\s+agree`,
  String.raw`overruled|vetoed`,
];

/** Words in the clause before a conflict phrase that say it did not happen: "no one disagreed",
 * "without any pushback", "never argued with". */
export const CONFLICT_NOT_REAL_BEFORE = String.raw`no\s+one|nobody|none|never|without|avoid(?:ed|ing)?|if|unless|in\s+case|worried|feared|afraid`;

/** Days, weeks and hours short enough to make a date tight ("in two days", "within 48 hours", "only
 * a week"). Months and years are a project's length, not a deadline. */
const SHORT_SPAN = String.raw`(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|\d{1,2})\s+(?:(?:working|business|calendar)\s+)?(?:days?|hours?|nights?)|(?:a|one|two|\d)\s+weeks?|(?:a|one|\d)\s+weekend|(?:24|36|48|72)\s*(?:h|hrs?)\b|overnight)`;
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;

/** A date that could not move, or a short span to meet it in. */
export const DEADLINE_PHRASES: readonly string[] = [
  String.raw`deadlines?|due\s+dates?|hard\s+(?:date|stop|cut-?off)|cut-?off\s+date|drop-?dead\s+date`,
  String.raw`tight\s+(?:timelines?|schedules?|turnaround|window|timeframe|time\s*frame)`,
  String.raw`time\s+pressure|against\s+the\s+clock|race\s+against\s+time|crunch\s+time|ticking\s+clock`,
  String.raw`(?:in|within)\s+(?:just\s+|only\s+|under\s+|less\s+than\s+)?${SHORT_SPAN}`,
  String.raw`(?:only|just)\s+(?:had\s+)?${SHORT_SPAN}`,
  String.raw`(?:had|have|gave\s+(?:me|us))\s+(?:only\s+|just\s+)?${SHORT_SPAN}\s+(?:to|before|left|until)`,
  String.raw`${SHORT_SPAN}\s+(?:left|to\s+go|notice)`,
  String.raw`(?:by|before|until)\s+(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:day|week|month|quarter|sprint|year)|eod|eow|close\s+of\s+business|cob|(?:this|next|that)\s+${WEEKDAY}|${WEEKDAY}|the\s+\d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))`,
];

/** Words just before a deadline phrase that take it away: "there was no deadline", "without a hard
 * date". Read on the last three words only, so "I had no choice but to ship in two days" still counts. */
export const DEADLINE_NEGATED_JUST_BEFORE = String.raw`no|not|without|never|any`;

/** Words anywhere in the clause before a short span that make it a measurement, not a deadline:
 * "resolved in two days on average", "now answered within a day", "instead of in a week". */
export const DEADLINE_MEASURE_BEFORE = String.raw`average|averaged|median|typically|usually|instead\s+of|down\s+from|now|resolved|answered|closed|replied|responded|turnaround\s+(?:time|fell|dropped)`;

/** Titles that open with the candidate's own failure, told without the "I": "Missed the Q3 launch",
 * "Broke production with a config push", "Caused a P1 outage", "Failed to ship the beta". Not "Missed
 * deliveries down 30%" or "Failed deploys cut by 90%", where the past participle is an adjective. */
export const FAILURE_TITLE_STARTS = String.raw`^\s*(?:missed\s+(?:the|our|my|a|an|both|two)\s+(?:[\p{L}\p{N}]+\s+){0,2}?(?:deadlines?|dates?|launch|targets?|commitments?|milestones?|sprint|window|cut-?off|sla|slo|goals?)|failed\s+(?:to|the|my|our|an?)|botched|underestimated|misjudged|overcommitted|overpromised|dropped\s+the\s+ball|messed\s+up|screwed\s+up|got\s+(?:\p{L}+\s+){1,3}wrong|broke(?!\s+(?:\S+\s+){0,4}?(?:down|up|into|apart|out|even|ground|ice|news|tie|ties|deadlock|stalemate|logjam|impasse|silence|records?|through|away|free|off)(?!\p{L}))|caused\s+(?:a|an|the)\s+(?:\p{L}+\s+)?(?:outage|incident|bug|regression|p[0-3]|sev-?[0-3]|data\s+loss))(?!\p{L})`;
