/**
 * The body a new story starts from: the four STAR headings, each with a one-line prompt in an HTML
 * comment. Comments are not prose to the linter, so an unfilled section still reads as empty.
 */
export const STAR_TEMPLATE = `## Situation
<!-- Where were you, when, and what was at stake? One or two sentences. -->

## Task
<!-- What were you responsible for? What did success look like? -->

## Action
<!-- What did you do, step by step? Say "I", and why you chose each step. -->

## Result
<!-- What changed, in numbers? What did you learn? -->
`;
