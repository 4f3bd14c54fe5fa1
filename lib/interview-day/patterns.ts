/**
 * Word lists for reading figures out of a Result. Data only; lib/interview-day/figures.ts compiles them
 * once. Each entry is a regular-expression source, matched case-insensitively as a whole word.
 */

/** Units of time after a number: "800 ms", "45 minutes", "two sprints". */
export const TIME_UNITS: readonly string[] = [
  "ms", "milliseconds?", "secs?", "seconds?", "s", "mins?", "minutes?", "hrs?", "hours?", "h",
  "(?:business\\s+|working\\s+)?days?", "weeks?", "months?", "quarters?", "years?", "sprints?",
];

/** What a rate is per: "4,000 requests per second", "$18,000 a month", "12 deploys a day". */
export const RATE_UNITS: readonly string[] = [
  "second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprint", "release", "deploy",
  "request", "user", "customer", "engineer", "order", "transaction",
];

/** Comparatives a multiple may carry: "3x faster", "ten times cheaper". */
export const COMPARATIVES: readonly string[] = [
  "faster", "slower", "quicker", "cheaper", "smaller", "larger", "bigger", "higher", "lower", "more", "fewer",
  "less", "better", "throughput", "growth", "capacity",
];

/** Words before a number that belong to the figure: "under 5 minutes", "over 40%", "~2x". */
export const QUALIFIERS: readonly string[] = [
  "just\\s+under", "just\\s+over", "less\\s+than", "more\\s+than", "fewer\\s+than", "at\\s+least", "at\\s+most",
  "up\\s+to", "under", "over", "below", "above", "nearly", "almost", "about", "around", "roughly",
  "approximately", "approx\\.", "~", "<", ">", "≈",
];

/** Words after a number that are not what it counts ("40 of the 60 services", "to 3 by Friday"). */
export const COUNT_STOP_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "of", "to", "in", "into", "on", "at", "by", "for", "from", "with", "without", "and", "or",
  "but", "nor", "so", "than", "then", "as", "per", "is", "are", "was", "were", "be", "been", "being", "it",
  "its", "this", "that", "these", "those", "which", "who", "whom", "we", "i", "they", "he", "she", "you",
  "our", "my", "their", "his", "her", "while", "when", "after", "before", "within", "across", "through",
  "during", "since", "until", "via", "each", "every", "last", "next", "out", "am", "pm", "up", "down", "off",
  "because", "if", "not", "all", "both", "now", "still", "only", "just", "also", "again", "instead",
  "total", "overall", "percent", "times", "more", "fewer", "less", "other", "others", "had", "has", "have",
  "will", "would", "could", "can", "did", "do", "does",
]);

/** Plural nouns that do not end in "s": "12 people", "200 staff". */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  "people", "staff", "personnel", "children", "men", "women", "data", "feedback", "downtime", "headcount",
]);
