import { CAPITALISED_VERSIONED_NAMES, MONTHS, VERSIONED_NAMES } from "../patterns/figures";
import { maskNotFigures } from "../text";
import { withoutFrontMatter } from "../front-matter";

/**
 * Before→after claims about a named metric ("p99 latency from 800 ms to 60 ms") and the proper names a
 * story mentions, for figure-inconsistent. Deliberately narrow: a claim is only read when the metric,
 * both numbers and their unit are unambiguous, because a false "your stories disagree" is worse than a
 * missed one.
 */

/** A number as written, normalised to the unit's base (seconds, currency units, percent, count). */
export interface Amount {
  /** The value as written, in the base unit; for a range, its middle. */
  value: number;
  /** Written as a range ("800–900 ms"): never the same figure as anything, only within rounding. */
  range: boolean;
  /** Lowest and highest value ("800–900 ms" is a range), widened by half the written precision, so
   * "800 ms" also stands for 750–850 ms and "0.8 s" for 0.75–0.85 s. */
  low: number;
  high: number;
}

/** "p99 latency from 800 ms to 60 ms": the metric, its unit, both amounts and the words as written. */
export interface FigureClaim {
  /** Lowercase noun phrase before "from", without determiners or possessive pronouns. */
  metric: string;
  /** The same phrase as written. */
  metricText: string;
  /** Dimension and unit: "time", "percent", "money:$", "count:page", with a rate ("/week") when given. */
  unit: string;
  before: Amount;
  after: Amount;
  /** "from 800 ms to 60 ms", white space collapsed. */
  figures: string;
  /** Proper names in the claim's sentence, lowercase. */
  names: Set<string>;
}

// ---- Data ----

/** Words that end a metric phrase when reading backwards from "from": verbs, pronouns, determiners,
 * prepositions and conjunctions. The phrase is what lies between one of these and "from". */
const BOUNDARY_WORDS = new Set([
  // pronouns, determiners, possessives
  "i", "we", "you", "they", "he", "she", "it", "our", "my", "your", "their", "his", "her", "its", "the", "a", "an",
  "this", "that", "these", "those", "every", "each", "all", "both", "some", "any", "which", "who", "whose",
  // prepositions and conjunctions
  "of", "for", "in", "on", "at", "with", "by", "to", "from", "into", "onto", "over", "under", "and", "or", "but",
  "so", "while", "after", "before", "when", "as", "than", "because", "since", "until", "if", "then", "across",
  "about", "around", "per",
  // verbs that move a metric, in every form a story uses
  "cut", "cuts", "cutting", "reduce", "reduced", "reduces", "reducing", "bring", "brought", "bringing", "take",
  "took", "taking", "get", "got", "getting", "drop", "dropped", "dropping", "drops", "lower", "lowered",
  "lowering", "raise", "raised", "raising", "increase", "increased", "increasing", "grow", "grew", "grown",
  "growing", "improve", "improved", "improving", "move", "moved", "moving", "push", "pushed", "pushing", "drive",
  "drove", "driving", "shrink", "shrank", "shrunk", "slash", "slashed", "trim", "trimmed", "boost", "boosted",
  "lift", "lifted", "fell", "fall", "falls", "falling", "rose", "rise", "rises", "rising", "went", "go", "goes",
  "going", "came", "come", "climbed", "climb", "jumped", "jump", "decreased", "decrease", "dropped", "sank",
  "was", "were", "is", "are", "be", "been", "had", "has", "have", "did", "do", "made", "make", "helped", "help",
  "led", "lead", "saw", "see", "managed", "tuned", "optimised", "optimized", "scaled", "halved", "doubled",
  "down", "up", "also", "then", "still", "just", "only", "overall", "finally", "eventually",
]);

/** Verbs that sit between a metric and "from": "p99 latency fell from …". */
const LINK_VERBS = new Set([
  "fell", "dropped", "went", "rose", "grew", "climbed", "jumped", "decreased", "increased", "improved", "sank",
  "shrank", "came", "moved", "was", "were", "is", "are", "has", "have", "had", "been", "gone",
]);

/** Metrics whose unit is their own name, so bare numbers count them: "on-call pages per week from 30 to 4". */
const COUNTED_NOUNS = new Set([
  "pages", "incidents", "alerts", "tickets", "escalations", "outages", "errors", "bugs", "complaints", "deploys",
  "deployments", "releases", "rollbacks", "steps", "clicks", "retries", "timeouts", "crashes", "failures",
]);

/** Words before a number that make it approximate or a bound: such claims are not compared. */
const APPROXIMATE = String.raw`(?:about|around|roughly|approximately|approx\.?|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|close\s+to|some|just\s+over|just\s+under|~|<|>|≈)`;

const TIME_UNITS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:ms|msecs?|millis(?:econds?)?)$/i, 0.001],
  [/^(?:s|secs?|seconds?)$/i, 1],
  [/^(?:mins?|minutes?)$/i, 60],
  [/^(?:h|hrs?|hours?)$/i, 3600],
  [/^days?$/i, 86400],
  [/^weeks?$/i, 604800],
];
const TIME_UNIT = String.raw`(?:ms|msecs?|millis(?:econds?)?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?)`;

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };

const RATE_WORDS: Record<string, string> = {
  s: "second", sec: "second", second: "second", min: "minute", minute: "minute", h: "hour", hr: "hour", hour: "hour",
  day: "day", daily: "day", wk: "week", week: "week", weekly: "week", mo: "month", month: "month", monthly: "month",
  quarter: "quarter", quarterly: "quarter", yr: "year", year: "year", yearly: "year", annually: "year", annum: "year",
  sprint: "sprint", release: "release", deploy: "deploy", request: "request", order: "order",
};
const RATE = String.raw`(?:(?:per|a|an|each|every)\s+(?:second|minute|hour|day|week|month|quarter|year|annum|sprint|release|deploy|request|order)|\/\s?(?:s|sec|min|h|hr|day|wk|week|mo|month|yr|year)|annually|monthly|weekly|daily|yearly|quarterly)(?![\p{L}])`;

/** One amount: optional currency, digits (with thousands separators, decimals, a range), scale, unit. */
const AMOUNT = String.raw`(${APPROXIMATE}\s*)?([$€£¥₹])?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?[–-]\s?(\d+(?:\.\d+)?))?(?:\s?(k|K|M|m|bn|mn|B|thousand|million|billion)(?![\p{L}\p{N}]))?(?:\s?(%|percent(?![\p{L}])|per\s?cent(?![\p{L}])|percentage\s+points?(?![\p{L}])|pp(?![\p{L}])|${TIME_UNIT}(?![\p{L}\p{N}])|[\p{Ll}][\p{Ll}-]+(?<![su])s(?![\p{L}\p{N}])))?(?:\s+(${RATE}))?`;

/** "from <amount> [all the way] [down|up] to <amount>", the "from" not glued to a word before it. */
const PAIR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])from\s+${AMOUNT}\s+(?:all\s+the\s+way\s+)?(?:(?:down|up)\s+)?to\s+${AMOUNT}`,
  "giu",
);

/** Words ending in "s" after a number that are not what it counts ("from 30 to 4 was …"); a count noun
 * must look plural, so "from 3 to 5 pm" or "to 4 within a quarter" leave the number bare. */
const NOT_COUNT_NOUNS = new Set(["was", "has", "is", "as", "its", "his", "this", "always", "perhaps", "towards", "afterwards", "besides", "sometimes", "nowadays", "whereas", "does", "goes", "gets", "makes", "takes", "means", "seems", "stays", "remains", "becomes"]);

// ---- Parsing ----

interface ParsedAmount {
  amount: Amount;
  /** "time", "percent", "pp", "money:$", "count:page", or "" when no unit was written. */
  unit: string;
  rate: string;
  approximate: boolean;
  /** Written with a decimal point and no unit, like a version ("1.2"). */
  bareDecimal: boolean;
  /** Seconds per written time unit ("ms" → 0.001), 1 otherwise. */
  timeFactor: number;
}

/** The place value of the last significant digit: "800" → 100, "0.85" → 0.01, "60" → 10, "7" → 1. */
function precisionOf(integer: string, fraction: string | undefined): number {
  if (fraction && fraction.length > 1) return 10 ** -(fraction.length - 1);
  const digits = integer.replace(/,/g, "");
  const trailingZeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return 10 ** Math.min(trailingZeros, digits.length - 1);
}

function parseAmount(groups: ReadonlyArray<string | undefined>): ParsedAmount | null {
  const [approx, currency, integer, fraction, rangeEnd, scaleWord, unitWord, rateWord] = groups;
  if (integer === undefined) return null;
  let factor = 1;
  let unit = "";
  let scale = 1;
  if (scaleWord !== undefined) {
    const key = scaleWord.toLowerCase();
    // "5m" without a currency could be minutes or metres: not read.
    if (currency === undefined && (scaleWord === "m" || scaleWord === "M" || scaleWord === "B")) return null;
    scale = SCALES[key] ?? 1;
  }
  if (currency !== undefined) unit = `money:${currency}`;
  if (unitWord !== undefined) {
    const word = unitWord.toLowerCase().replace(/\s+/g, " ");
    const time = TIME_UNITS.find(([pattern]) => pattern.test(word));
    if (currency !== undefined) {
      // "$1.2M savings": the noun after money is not its unit.
    } else if (word === "%" || word.startsWith("percent") || word.startsWith("per cent") || word === "per cent") {
      unit = word.includes("point") ? "pp" : "percent";
    } else if (word === "pp" || word.includes("point")) {
      unit = "pp";
    } else if (time) {
      unit = "time";
      factor = time[1];
    } else if (/[^su]s$/.test(word) && !NOT_COUNT_NOUNS.has(word)) {
      unit = `count:${word.replace(/(?:es|s)$/, "")}`;
    }
  }
  const value = Number(`${integer.replace(/,/g, "")}${fraction ?? ""}`);
  const end = rangeEnd === undefined ? value : Number(rangeEnd);
  if (!Number.isFinite(value) || !Number.isFinite(end) || end < value) return null;
  const half = (precisionOf(integer, fraction) / 2) * scale * factor;
  const rate = rateWord === undefined ? "" : normaliseRate(rateWord);
  return {
    amount: {
      value: ((value + end) / 2) * scale * factor,
      range: end !== value,
      low: value * scale * factor - half,
      high: end * scale * factor + half,
    },
    unit,
    rate,
    approximate: approx !== undefined,
    bareDecimal: fraction !== undefined && unit === "" && currency === undefined,
    timeFactor: factor,
  };
}

function normaliseRate(rate: string): string {
  const word = rate.toLowerCase().replace(/^(?:per|a|an|each|every)\s+|^\/\s?/, "");
  return `/${RATE_WORDS[word] ?? word}`;
}

/** The metric phrase ending at `end` in `text`: its key (lowercase) and its words as written, or null
 * when there is no clear phrase of two or more content words. */
function metricBefore(text: string, end: number): { key: string; text: string } | null {
  const tokens = text.slice(0, end).split(/\s+/).filter(Boolean);
  // "… fell from", "… went all the way down from": the link verb sits between the metric and "from".
  while (tokens.length > 0 && /^(?:down|up)$/i.test(tokens[tokens.length - 1])) tokens.pop();
  if (tokens.length > 0 && LINK_VERBS.has(tokens[tokens.length - 1].toLowerCase())) tokens.pop();
  const phrase: string[] = [];
  while (tokens.length > 0 && phrase.length <= 5) {
    const raw = tokens.pop() as string;
    // Punctuation after a word ends the phrase before it ("Last quarter, checkout conversion from …").
    if (/[^\p{L}\p{N}'’-]$/u.test(raw)) break;
    const leading = /^[^\p{L}\p{N}]+/u.test(raw);
    const word = raw.replace(/^[^\p{L}\p{N}]+/u, "").replace(/[’']s$/u, "");
    if (!/^\p{L}[\p{L}\p{N}-]*$|^[pP]\d+$/u.test(word)) return null;
    const lower = word.toLowerCase();
    // "on-call pages per week": "per" joins a rate to its metric.
    const joinsRate = lower === "per" && phrase.length === 1 && RATE_WORDS[phrase[0].toLowerCase()] !== undefined;
    if (BOUNDARY_WORDS.has(lower) && !joinsRate) break;
    phrase.unshift(word);
    if (leading) break;
  }
  if (phrase.length > 5) return null;
  const content = phrase.filter((word) => word.toLowerCase() !== "per" && RATE_WORDS[word.toLowerCase()] === undefined);
  if (content.length < 2) return null;
  return { key: phrase.join(" ").toLowerCase(), text: phrase.join(" ") };
}

/** Markdown the claims should not see: front matter, HTML comments, code; markup characters blanked. */
function proseOf(body: string): string {
  return withoutFrontMatter(body)
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`[^`\n]*`/g, " ")
    .replace(/[*_#>]+/g, " ");
}

/** Sentences of prose: split at . ! ? before white space and at line ends (a heading stands alone). */
function sentencesOf(prose: string): string[] {
  return prose
    .split(/(?<=[.!?…])["'”’)\]]*\s+|\r?\n/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * The before→after claims in a story: "p99 latency from 800 ms to 60 ms", "cut the AWS bill from
 * $120k to $80k a month". Left out: a metric of fewer than two content words ("latency"), approximate
 * or bounded numbers ("over 800 ms"), units that disagree within the pair, bare decimals (versions),
 * bare integers unless the metric counts something ("on-call pages per week from 30 to 4"), years,
 * and quoted speech.
 */
export function figureClaims(title: string, body: string): FigureClaim[] {
  const claims: FigureClaim[] = [];
  for (const sentence of [...sentencesOf(title), ...sentencesOf(proseOf(body))]) {
    const masked = maskNotFigures(sentence).replace(/["“][^"“”]*["”]/g, (quote) => " ".repeat(quote.length));
    PAIR.lastIndex = 0;
    for (let hit = PAIR.exec(masked); hit; hit = PAIR.exec(masked)) {
      const before = parseAmount(hit.slice(1, 9));
      const after = parseAmount(hit.slice(9, 17));
      if (!before || !after || before.approximate || after.approximate) continue;
      if (before.bareDecimal && after.bareDecimal) continue;
      // A bare number takes its unit from the other side: "from 1.2 to 0.8 s", "from 30 to 4 pages".
      if (before.unit !== "" && after.unit !== "" && before.unit !== after.unit) continue;
      if (before.rate !== "" && after.rate !== "" && before.rate !== after.rate) continue;
      const unit = before.unit || after.unit;
      const rate = before.rate || after.rate;
      const metric = metricBefore(masked, hit.index);
      if (!metric) continue;
      if (unit === "") {
        const last = metric.key.split(" ").filter((word) => word !== "per" && RATE_WORDS[word] === undefined).pop() ?? "";
        if (!metric.key.includes(" per ") && !COUNTED_NOUNS.has(last)) continue;
      }
      // A bare side of a time or money pair was written in the other side's unit; rescale it.
      const rescale = (side: ParsedAmount, other: ParsedAmount): Amount => {
        if (side.unit !== "" || other.unit === "") return side.amount;
        const ratio = unit === "time" ? other.timeFactor : 1;
        return { ...side.amount, value: side.amount.value * ratio, low: side.amount.low * ratio, high: side.amount.high * ratio };
      };
      if (unit.startsWith("money:") && (before.unit === "" || after.unit === "")) continue;
      claims.push({
        metric: metric.key,
        metricText: metric.text,
        unit: `${unit}${rate}`,
        before: rescale(before, after),
        after: rescale(after, before),
        figures: sentence.slice(hit.index, hit.index + hit[0].length).replace(/\s+/g, " ").trim(),
        names: properNames(sentence),
      });
    }
  }
  return claims;
}

// ---- Project context ----

/** Capitalised words too common across unrelated projects to say two stories share one: tools,
 * clouds, months, the STAR headings, team titles. */
const GENERIC_NAMES = new Set(
  [
    ...VERSIONED_NAMES,
    ...CAPITALISED_VERSIONED_NAMES,
    ...MONTHS,
    "i", "i'm", "i'd", "i've", "situation", "task", "action", "result", "results", "star", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "aws", "gcp", "azure", "amazon", "google",
    "microsoft", "apple", "meta", "facebook", "github", "gitlab", "slack", "jira", "confluence", "datadog",
    "pagerduty", "grafana", "splunk", "api", "apis", "sla", "slas", "slo", "slos", "sli", "kpi", "kpis", "okr",
    "okrs", "ceo", "cto", "cfo", "vp", "pm", "pms", "tpm", "sde", "sre", "sres", "qa", "ui", "ux", "ci", "cd",
    "db", "sql", "s3", "ec2", "lambda", "dynamodb", "rds", "cdn", "p50", "p90", "p95", "p99", "p999", "ok",
    "us", "eu", "uk", "usd", "eur", "gbp", "black", "cyber", "christmas", "prime",
  ].map((name) => name.replace(/\\/g, "").toLowerCase()),
);

/**
 * Capitalised words and acronyms, lowercase, minus GENERIC_NAMES: `names` those in the middle of a
 * sentence (and acronyms or CamelCase anywhere), `initial` ordinary capitalised words that start a
 * sentence or line, which are names only if they appear as one elsewhere ("Atlas ran …" once "on Atlas").
 */
function capitalisedWords(text: string): { names: Set<string>; initial: Set<string> } {
  const names = new Set<string>();
  const initial = new Set<string>();
  const pattern = /(?<![\p{L}\p{N}'’])(\p{Lu}[\p{L}\p{N}]*(?:[-'][\p{L}\p{N}]+)*)/gu;
  for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
    if (hit[1].length < 2) continue;
    const name = hit[1].toLowerCase();
    if (GENERIC_NAMES.has(name)) continue;
    const before = text.slice(0, hit.index);
    const atStart = /(?:^|[.!?…:]["'”’)\]]*\s+|\n\s*(?:[-+*]|\d+[.)])?\s*|["“(]\s*)$/u.test(before);
    const acronymOrCamel = /^.+\p{Lu}|\p{N}/u.test(hit[1]);
    if (atStart && !acronymOrCamel) initial.add(name);
    else names.add(name);
  }
  return { names, initial };
}

/** The proper names of a sentence: capitalised words not at its start (see capitalisedWords). */
export function properNames(text: string): Set<string> {
  return capitalisedWords(text).names;
}

/**
 * The proper names of each story, title and prose together. A title is read as sentence starts word by
 * word (titles are often in Title Case), and a capitalised word at a start counts only when some story
 * of the bank uses it as a name mid-sentence.
 */
export function bankNames(stories: ReadonlyArray<{ title: string; body: string }>): Array<Set<string>> {
  const read = stories.map(({ title, body }) => {
    const prose = capitalisedWords(proseOf(body));
    const heading = capitalisedWords(title);
    return { names: prose.names, candidates: new Set([...prose.initial, ...heading.initial, ...heading.names]) };
  });
  const known = new Set(read.flatMap(({ names }) => [...names]));
  return read.map(({ names, candidates }) => new Set([...names, ...[...candidates].filter((name) => known.has(name))]));
}

const slackOf = (a: Amount, b: Amount) => 1e-9 * Math.max(Math.abs(a.high), Math.abs(b.high), 1);

/** The same figure, whatever its unit: "800 ms" and "0.8 s", "$1.2M" and "$1,200k". Ranges never are. */
export function sameFigure(a: Amount, b: Amount): boolean {
  return !a.range && !b.range && Math.abs(a.value - b.value) <= slackOf(a, b);
}

/**
 * Different figures even when rounding is allowed for: no true value rounds to both ("800 ms" is
 * 750–850 ms and "900 ms" 850–950 ms; "800 ms" and "780 ms" could both be 790 ms), and neither is a
 * range holding the other ("800–900 ms" holds "850 ms").
 */
export function differentFigure(a: Amount, b: Amount): boolean {
  return Math.min(a.high, b.high) - Math.max(a.low, b.low) <= slackOf(a, b);
}
