/**
 * What counts as a concrete figure in an outcome: numbers (digits and number words), percentages,
 * money, times and durations, counts, multipliers ("2x", "halved", "three times faster") and
 * before→after pairs. Data only; lib/lint/text.ts compiles it once.
 */

/** Number words that are figures on their own ("twelve engineers", "two days early"). "one" is not
 * here: "one of the", "no one" are not figures; see ONE_WITH_UNIT. */
export const NUMBER_WORDS = [
  "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
  "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
  "thousands", "million", "millions", "billion", "billions", "dozen", "dozens", "twice", "thrice",
  "half",
] as const;

/** Words that state a multiple or fraction by themselves. */
export const MULTIPLIER_WORDS = [
  "doubled", "doubling", "tripled", "tripling", "quadrupled", "quadrupling", "halved", "halving",
  "tenfold", "twofold", "threefold", "fourfold", "fivefold", "hundredfold",
] as const;

/** Units that make "one"/"a single" a figure: "in one week", "a single engineer". */
export const ONE_WITH_UNIT = [
  "second", "minute", "hour", "day", "week", "month", "quarter", "year", "sprint", "release", "engineer",
  "person", "click", "step", "deploy", "server", "incident", "outage",
] as const;

/** Months and the like: a four-digit year after these is a date, not a figure. */
export const YEAR_CONTEXT = [
  "in", "since", "by", "until", "till", "during", "of", "from", "early", "late", "mid", "around",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
  "dec", "spring", "summer", "fall", "autumn", "winter", "fy", "q1", "q2", "q3", "q4", "h1", "h2", "year",
  "fiscal", "calendar", "end", "start", "beginning",
] as const;

/** Month names as written in dates ("14 March 2023", "Mar 3"); capitalised only, so "may" the verb never is. */
export const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
  "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
] as const;

/**
 * Languages, runtimes, frameworks, databases and platforms whose number is a version ("Java 17",
 * "React 18", "Postgres 15"), matched case-insensitively. Names that are also common words ("Go",
 * "Swift", "Spring", "Rust") are in CAPITALISED_VERSIONED_NAMES instead.
 */
export const VERSIONED_NAMES = [
  "java", "jdk", "jre", "openjdk", "javascript", "ecmascript", "es", "typescript", "ts", "python", "python3",
  "node", "node\\.js", "nodejs", "deno", "react", "react native", "angular", "angularjs", "vue", "vue\\.js", "svelte",
  "ember", "next\\.js", "nextjs", "nuxt", "webpack", "vite", "babel", "eslint", "jest", "junit", "kotlin", "scala",
  "php", "perl", "ruby on rails", "rails", "django", "flask", "laravel", "symfony", "drupal", "wordpress", "c#",
  "\\.net", "\\.net core", "dotnet", "asp\\.net", "ef core", "c\\+\\+", "postgres", "postgresql", "mysql",
  "mariadb", "mongodb", "mongo", "redis", "elasticsearch", "opensearch", "kafka", "cassandra", "hadoop", "hive",
  "airflow", "kubernetes", "k8s", "docker", "terraform", "ansible", "helm", "istio", "envoy", "nginx", "tomcat",
  "jenkins", "gradle", "maven", "ios", "ipados", "android", "windows", "windows server", "macos", "os x", "ubuntu",
  "debian", "centos", "rhel", "fedora", "alpine", "linux kernel", "ie", "internet explorer", "chrome", "firefox",
  "safari", "http", "tls", "ssl", "oauth", "ipv", "sql server", "oracle", "spring boot", "bootstrap", "tailwind",
  "jquery", "tensorflow", "pytorch", "pandas", "numpy", "spark", "flink", "elixir", "erlang", "haskell",
  "ubuntu lts", "xcode", "visual studio", "unity", "unreal engine", "unreal", "excel", "graalvm", "log4j",
  "openssl", "openapi", "swagger", "grpc", "protobuf", "graphql", "cuda", "matlab", "sap", "salesforce",
] as const;

/** Versioned names that are also everyday words: only capitalised ("Go 1.21", not "go 2 weeks"). */
export const CAPITALISED_VERSIONED_NAMES = ["Go", "Golang", "Swift", "Spring", "Rust", "Ruby", "Dart", "Flutter", "Lua", "Chef", "Puppet", "Office", "Angular", "Vue", "Bun"] as const;

/** Words that introduce a version number: "version 2.3", "v. 4", "release 4.2". */
export const VERSION_WORDS = ["version", "versions", "ver\\.?", "v\\.", "release", "rel\\."] as const;

/** Words after a number that make it a quantity, so "Python 3 services" or "release 2 weeks early" keeps
 * its figure. */
export const QUANTITY_UNITS = [
  "%", "percent", "per cent", "x", "×", "times", "ms", "s", "sec", "secs", "seconds?", "mins?", "minutes?",
  "hours?", "hrs?", "days?", "weeks?", "months?", "years?", "quarters?", "sprints?", "releases?", "engineers?",
  "people", "users?", "customers?", "teams?", "services?", "servers?", "nodes?", "brokers?", "clusters?",
  "instances?", "incidents?", "tickets?", "bugs?", "pages?", "requests?", "calls?", "jobs?", "apps?",
  "repos?", "repositories", "tests?", "builds?", "deploys?", "deployments?", "regions?", "countries",
  "markets?", "stores?", "locations?", "sites?", "accounts?", "merchants?", "partners?", "employees?",
  "members?", "orders?", "rows?", "records?", "files?", "lines?", "hosts?", "machines?", "devices?", "vms?",
  "pods?", "containers?", "dollars?", "euros?", "pounds?", "k", "m", "gb", "tb", "mb", "kb", "rps", "qps", "tps",
] as const;
