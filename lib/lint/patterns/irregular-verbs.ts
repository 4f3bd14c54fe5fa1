/**
 * English irregular verbs as data: "base past participle", alternatives split by "/". Used by
 * `we-instead-of-i` to read "we wrote", "we'd written", "we have built". Data only; the rule derives
 * its sets from it once at load.
 */
export const IRREGULAR_VERBS: readonly string[] = [
  "arise arose arisen", "awake awoke awoken", "be was/were been", "bear bore borne/born", "beat beat beaten",
  "become became become", "begin began begun", "bend bent bent", "bet bet bet", "bid bid bid", "bind bound bound",
  "bite bit bitten", "bleed bled bled", "blow blew blown", "break broke broken", "breed bred bred",
  "bring brought brought", "broadcast broadcast broadcast", "build built built", "burn burnt/burned burnt/burned",
  "burst burst burst", "buy bought bought", "cast cast cast", "catch caught caught", "choose chose chosen",
  "cling clung clung", "come came come", "cost cost cost", "creep crept crept", "cut cut cut", "deal dealt dealt",
  "dig dug dug", "dive dove/dived dived", "do did done", "draw drew drawn", "dream dreamt/dreamed dreamt/dreamed",
  "drink drank drunk", "drive drove driven", "eat ate eaten", "fall fell fallen", "feed fed fed", "feel felt felt",
  "fight fought fought", "find found found", "fit fit/fitted fit/fitted", "flee fled fled", "fling flung flung",
  "fly flew flown", "forbid forbade forbidden", "forecast forecast forecast", "foresee foresaw foreseen",
  "forget forgot forgotten", "forgive forgave forgiven", "freeze froze frozen", "get got got/gotten",
  "give gave given", "go went gone", "grind ground ground", "grow grew grown", "hang hung hung", "have had had",
  "hear heard heard", "hide hid hidden", "hit hit hit", "hold held held", "hurt hurt hurt", "keep kept kept",
  "kneel knelt knelt", "know knew known", "lay laid laid", "lead led led", "lean leant/leaned leant/leaned",
  "leap leapt/leaped leapt/leaped", "learn learnt/learned learnt/learned", "leave left left", "lend lent lent",
  "let let let", "lie lay lain", "light lit lit", "lose lost lost", "make made made", "mean meant meant",
  "meet met met", "mislead misled misled", "mistake mistook mistaken", "misunderstand misunderstood misunderstood",
  "outgrow outgrew outgrown", "outrun outran outrun", "overcome overcame overcome", "overdo overdid overdone",
  "overhear overheard overheard", "override overrode overridden", "oversee oversaw overseen",
  "overtake overtook overtaken", "overthrow overthrew overthrown", "overwrite overwrote overwritten",
  "pay paid paid", "prove proved proven/proved", "put put put", "quit quit quit", "read read read",
  "rebuild rebuilt rebuilt", "redo redid redone", "remake remade remade", "rerun reran rerun", "reset reset reset",
  "resell resold resold", "resend resent resent", "retake retook retaken", "rethink rethought rethought",
  "rewind rewound rewound", "rewrite rewrote rewritten", "ride rode ridden", "ring rang rung", "rise rose risen",
  "run ran run", "say said said", "see saw seen", "seek sought sought", "sell sold sold", "send sent sent",
  "set set set", "shake shook shaken", "shed shed shed", "shine shone shone", "shoot shot shot", "show showed shown",
  "shrink shrank shrunk", "shut shut shut", "sing sang sung", "sink sank sunk", "sit sat sat", "sleep slept slept",
  "slide slid slid", "sling slung slung", "slit slit slit", "speak spoke spoken", "speed sped sped",
  "spend spent spent", "spill spilt/spilled spilt/spilled", "spin spun spun", "split split split",
  "spread spread spread", "spring sprang sprung", "stand stood stood", "steal stole stolen", "stick stuck stuck",
  "sting stung stung", "strike struck struck", "strive strove striven", "swear swore sworn", "sweep swept swept",
  "swim swam swum", "swing swung swung", "take took taken", "teach taught taught", "tear tore torn",
  "tell told told", "think thought thought", "throw threw thrown", "thrust thrust thrust",
  "understand understood understood", "undertake undertook undertaken", "undo undid undone",
  "unwind unwound unwound", "uphold upheld upheld", "upset upset upset", "wake woke woken", "wear wore worn",
  "weave wove woven", "win won won", "wind wound wound", "withdraw withdrew withdrawn", "withhold withheld withheld",
  "withstand withstood withstood", "wring wrung wrung", "write wrote written",
];

/**
 * Irregular verbs whose past is not an action to own: states, perception, feelings, movement and
 * things that happen to a team ("we knew", "we saw", "we fell behind", "we were told"). "get", "keep"
 * and "do" are read in context by the rule ("we got paged" vs "we got it live").
 */
export const NOT_OWNED_IRREGULAR_BASES: ReadonlySet<string> = new Set([
  "arise", "awake", "be", "bear", "become", "bleed", "burn", "cling", "come", "cost", "creep", "dream", "drink",
  "eat", "fall", "feel", "flee", "forget", "forgive", "go", "grow", "hang", "have", "hear", "hit", "hurt", "kneel",
  "know", "lie", "lose", "mean", "meet", "misunderstand", "outgrow", "overhear", "rise", "say", "see", "shine",
  "sit", "sleep", "speak", "stand", "stick", "sting", "swear", "swim", "tell", "think", "understand", "upset",
  "wake", "wear", "get", "keep", "do", "bet", "slide", "sink", "shrink", "spill", "fly", "ride", "ring", "sing",
  "spring", "strike", "swing", "fit", "lean", "leap", "light", "learn",
]);
