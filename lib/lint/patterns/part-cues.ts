/**
 * Cues the part finder (lib/lint/parts) reads in a sentence or list item to tell which STAR part it
 * belongs to, as data. Each cue is a regular-expression source matched against the unit's prose in
 * lower case, with curly apostrophes made straight and runs of white space made one space. A cue
 * only says "this looks like…"; how much each one counts is fitted (lib/lint/parts/model.json) and
 * the order of the parts is the finder's business.
 */

/** Irregular pasts that narrate a step ("I wrote", "I met", "I took"), for first-person actions. */
const DOING_IRREGULAR = String.raw`built|wrote|set|met|ran|made|took|led|sent|put|began|spoke|told|found|brought|drew|chose|sat|held|gave|kept|paid|sold|taught|cut|split|shut|spent|dug|fought|caught|rebuilt|rewrote|broke|bought|won|undertook|overtook|withdrew|stood|sought|went|came|got|did|hit|read|shot|threw|tore|struck|swept|sped|upheld|oversaw|forecast|foresaw`;

/** Pasts that are states, feelings or what happened to the candidate: not a step taken. */
export const NOT_A_STEP = String.raw`was|were|had|felt|knew|thought|believed|wanted|needed|liked|loved|hated|hoped|wished|seemed|became|remained|stayed|lived|joined|received|heard|saw|got\s+(?:paged|called|asked|told|stuck|lucky|promoted|feedback)|learned|learnt|realised|realized|noticed|understood|worried|feared|expected|missed|lost|failed|struggled|faced|inherited|owned|used\s+to`;

const SUBJECT_I = String.raw`(?:^|[^a-z'])i(?:\s+(?:then|also|first|finally|quickly|immediately|personally|myself|just|even|eventually|next|carefully|again|initially|soon|later|still|only|actually|really|always|never|(?:[a-z]+ly)))*\s+`;
const SUBJECT_WE = String.raw`(?:^|[^a-z'])(?:we|our\s+team|the\s+team|my\s+team)(?:\s+(?:then|also|first|finally|quickly|immediately|all|together|eventually|next|(?:[a-z]+ly)))*\s+`;

/** A regular past tense: a word of three letters or more ending in -ed. */
const REGULAR_PAST = String.raw`[a-z]{2,}ed`;

export interface PartCue {
  /** Feature name in model.json. */
  name: string;
  source: string;
}

/**
 * The cues, by the part they usually point at. The letters in the names (s_, t_, a_, r_, l_) are only a
 * reading aid: every cue is weighed for every part.
 */
export const PART_CUES: readonly PartCue[] = [
  // Situation: where and when, who the candidate was, what was going on.
  { name: "s_setting_opener", source: String.raw`^(?:at|in|during|when|while|back\s+(?:in|when)|last\s+(?:year|summer|winter|spring|autumn|fall|quarter|month)|a\s+(?:few|couple\s+of)\s+(?:years|months|weeks)\s+ago|(?:two|three|four|five|several|many)\s+(?:years|months)\s+ago|in\s+(?:my|our)\s+(?:previous|last|former|first|current|old)|earlier\s+in\s+my|early\s+in\s+my|(?:this|that)\s+was\s+(?:at|when|during|in)|so,?\s+(?:at|when|in|back))\b` },
  { name: "s_role_statement", source: String.raw`${SUBJECT_I}(?:was|am|have\s+been|had\s+been|worked|work|started|joined|was\s+working|was\s+hired)\s+(?:as|at|in|on|for|a|an|the|part\s+of|one\s+of|working|leading|managing|running|responsible\s+for\s+(?:a|the)\s+team)\b` },
  { name: "s_joined", source: String.raw`${SUBJECT_I}(?:had\s+just\s+|just\s+|recently\s+)?(?:joined|started\s+(?:at|as|on|in|my)|moved\s+(?:to|into)|transferred|was\s+new|was\s+hired)` },
  { name: "s_state_verb", source: String.raw`\b(?:we|our\s+[a-z-]+|the\s+[a-z-]+|it|there|they|this|that|which|he|she|my\s+[a-z-]+)\s+(?:had|has|have|was|were|is|are|used\s+to|kept\s+(?:failing|breaking|crashing|missing|growing)|had\s+been|was\s+being|were\s+being)\b` },
  { name: "s_there_was", source: String.raw`\bthere\s+(?:was|were|had\s+been|is|are)\b` },
  { name: "s_problem_words", source: String.raw`\b(?:problem|issue|issues|complain(?:t|ts|ed|ing)|slow|slower|failing|broken|outage|outages|backlog|churn|behind\s+schedule|struggling|pain\s+point|bottleneck|bug|bugs|incident|incidents|errors?|crash(?:es|ed|ing)?|delays?|delayed|late|overdue|frustrat(?:ed|ing|ion)|unhappy|angry|upset|risk|risky|at\s+risk|losing|declin(?:ed|ing)|dropp(?:ed|ing)|conflict|disagree(?:d|ment)?|tension|pressure|manual(?:ly)?|inconsistent|confus(?:ed|ing|ion)|shortage|short-?staffed|understaffed|escalat(?:ed|ion|ions))\b` },
  { name: "s_org_setting", source: String.raw`\b(?:at|in|for|with|joined)\s+(?:a|an|the|my|our|this|one)\s+(?:[a-z-]+\s+){0,2}(?:startup|start-up|company|firm|agency|hospital|ward|clinic|school|store|shop|warehouse|bank|retailer|department|organi[sz]ation|charity|council|factory|plant|restaurant|hotel|call\s+cent(?:er|re)|consultancy|university|college|practice|depot|branch|office|lab|studio|nonprofit|non-profit|ngo|unit|site)\b|\bteam\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b` },
  { name: "s_time_setting", source: String.raw`\b(?:in\s+(?:19|20)\d\d|last\s+year|that\s+year|at\s+the\s+time|at\s+that\s+time|back\s+then|those\s+days|each\s+(?:week|month|night)|every\s+(?:week|month|night|day)|for\s+(?:months|years|weeks))\b` },
  // Task: what had to be achieved and whose it was.
  { name: "t_assigned", source: String.raw`${SUBJECT_I}(?:was|got|had\s+been)\s+(?:asked|tasked|assigned|given|charged|expected|supposed|told|hired|brought\s+in|chosen|picked|selected|put\s+in\s+charge|made\s+responsible|handed|nominated|appointed)\b` },
  { name: "t_responsible", source: String.raw`\b(?:responsible\s+for|(?:a|the|our|my)\s+(?:responsibility|duty|obligation)\s+to|in\s+charge\s+of|accountable\s+for|owner\s+of|my\s+(?:job|role|task|goal|responsibility|mission|objective|mandate|brief|assignment|aim|target|challenge|part)\s+(?:was|is|became|were)|it\s+was\s+(?:my|on\s+me|up\s+to\s+me)|fell\s+to\s+me|was\s+on\s+me|up\s+to\s+me)\b` },
  { name: "t_need_to", source: String.raw`${SUBJECT_I}(?:needed|had|wanted|set\s+out|aimed|intended|was\s+determined|was\s+asked|was\s+going|had\s+been\s+asked|must|have|need|want)\s+to\b` },
  { name: "t_we_need_to", source: String.raw`\b(?:we|the\s+team|our\s+team|the\s+company|the\s+business|management|leadership)\s+(?:needed|had|wanted|was\s+asked|were\s+asked)\s+to\b` },
  { name: "t_asked_me", source: String.raw`\b(?:manager|boss|lead|director|supervisor|head\s+of\s+[a-z]+|vp|ceo|cto|cfo|founder|client|customer|principal|headteacher|professor|product\s+owner|stakeholders?|charge\s+nurse|matron|captain|commander|owner)\s+(?:asked|wanted|needed|told|tasked|expected|challenged|gave|put|made)\s+me\b` },
  { name: "t_goal_words", source: String.raw`\b(?:the|our|my)\s+(?:goal|target|objective|aim|mission|mandate|ask|deadline|task)\s+(?:was|is|were|became)\b|\b(?:goal|target|objective|deadline)\s*:` },
  { name: "t_owned", source: String.raw`(?:^|${SUBJECT_I}|\band\s+|,\s*)(?:owned|own(?:ed)?\s+the|took\s+(?:on|over|(?:the\s+)?ownership|charge|the\s+lead|responsibility|it\s+(?:on|upon)|(?:the\s+)?initi?a?tive)|volunteered|stepped\s+(?:up|in)|offered\s+to|agreed\s+to\s+(?:lead|own|take)|set\s+(?:myself|me)\s+(?:the\s+|a\s+)?(?:goal|target|deadline|challenge|task)|gave\s+myself)\b` },
  { name: "t_mine", source: String.raw`\b(?:was|became|were)\s+mine\b|\bwas\s+my\s+(?:call|job|problem|responsibility|baby|project|account)\b|\bon\s+my\s+plate\b|\bmy\s+(?:job|role|task|goal|responsibility|responsability|mission|objective)\b|\bmy\s+respons[a-z]*` },
  { name: "t_given_me", source: String.raw`\b(?:assigned|asked|ask|asks|told|tasked|gave|give|gives|put|handed|brought|pulled|chose|picked|selected|wanted|needed|expected|challenged|made)\s+me\s+(?:to\b|with\b|a\s+(?:project|task|goal|target|deadline|brief)|the\s+(?:task|job|goal|project|lead)|in\s+charge|on\s+(?:the|a|it)|responsible|lead|owner)|\b(?:tasked|charged|entrusted)\s+with\b|\b(?:selected|chosen|picked|nominated|appointed|hired)\s+(?:as|to)\b` },
  { name: "t_had_until", source: String.raw`${SUBJECT_I}had\s+(?:until|only|just|less\s+than|a\s+(?:week|month|day|few\s+(?:days|weeks)))\b` },
  // "I was the account's technical lead", "I was the PM for the notes feature": the candidate's own
  // role in the problem, which interviewers read as the Task.
  { name: "t_role_owner", source: String.raw`${SUBJECT_I}was\s+(?:the|their|our|its|his|her)\s+(?:[a-z'-]+\s+){0,3}(?:lead|owner|manager|pm|sme|dri|coordinator|champion|point\s+of\s+contact|go-to\s+person|engineer\s+on\s+call|on-call\s+engineer|nurse\s+in\s+charge)(?:\s+(?:for|of|on)\b|[,.;]|\s+and\b|$)` },
  // "I took the ticket", "I took the investigation": picking up the problem as one's own.
  { name: "t_took_problem", source: String.raw`${SUBJECT_I}took\s+(?:the|this|that|it|over\s+the)?\s*(?:ticket|investigation|incident|case|project|problem|issue|escalation|bug|account|work(?:stream)?)\b` },
  // "My intern project was to …", "My team's job was …", "I need a fair paper …".
  { name: "t_my_project", source: String.raw`\bmy\s+(?:team's\s+|intern(?:ship)?\s+|own\s+|first\s+)?(?:project|job|part|piece|assignment|brief|remit)\s+(?:was|is)\b|${SUBJECT_I}(?:need|needed|wanted)\s+(?:a|an|the|every|all)\s` },
  // A goal written as a bare verb: "Reduce the yard backlog before the holiday surge.", "To reduce the
  // regression time for the release.", "- Hire and train a six-person team …".
  { name: "t_goal_imperative", source: String.raw`^(?:to\s+)?(?:reduce|cut|improve|increase|deliver|fix|find\s+out|hire|get|ship|launch|migrate|stop|keep|bring|lower|raise|grow|finish|complete|replace|recover|restore|automate|make\s+sure|ensure|decide|figure\s+out|turn\s+around|win\s+back|save)\s+(?!(?:it|them|me|us)\b)[a-z]` },
  { name: "t_deadline", source: String.raw`\b(?:by\s+(?:the\s+end\s+of|next|friday|monday|the\s+deadline|launch|q[1-4])|within\s+(?:a|an|one|two|three|four|six|\d+)\s+(?:days?|weeks?|months?|hours?)|in\s+(?:only\s+|just\s+)?(?:two|three|four|six|\d+)\s+weeks|before\s+(?:the|black\s+friday|launch|peak|the\s+holidays|christmas))\b` },
  { name: "t_so_that", source: String.raw`\b(?:without|while\s+(?:keeping|still)|so\s+that|in\s+order\s+to|so\s+we\s+could|and\s+(?:keep|make\s+sure))\b` },
  // Action: the steps the candidate took.
  { name: "a_i_regular_past", source: String.raw`${SUBJECT_I}(?!(?:${NOT_A_STEP})\b)${REGULAR_PAST}\b` },
  { name: "a_i_irregular_past", source: String.raw`${SUBJECT_I}(?:${DOING_IRREGULAR})\b(?!\s+(?:not|never)\b|n't)` },
  { name: "a_i_decided", source: String.raw`${SUBJECT_I}(?:decided|chose|opted|proposed|suggested|convinced|persuaded|pushed|pitched|recommended|insisted|negotiated|argued\s+for|made\s+the\s+(?:call|decision|case))\b` },
  { name: "a_i_people", source: String.raw`${SUBJECT_I}(?:met|talked|spoke|reached\s+out|called|emailed|messaged|interviewed|asked|sat\s+down|walked|brought|pulled|paired|coached|trained|mentored|explained|presented|shared|showed|invited|gathered|organi[sz]ed|scheduled|set\s+up\s+(?:a|weekly|daily)|looped\s+in)\b` },
  { name: "a_i_present", source: String.raw`${SUBJECT_I}(?:start|go|call|write|build|set|create|take|make|run|ask|talk|meet|check|look|sit|put|tell|send|move|pull|open|review|add|test|try|pick|email|schedule|propose|suggest|decide)\s` },
  { name: "a_i_modal_plan", source: String.raw`${SUBJECT_I}(?:would|will|'ll|could|can|might|should|'d)\b` },
  { name: "a_sequencer", source: String.raw`^(?:first(?:ly)?|then|next|after\s+(?:that|this)|afterwards|second(?:ly)?|third(?:ly)?|once|to\s+(?:do|fix|solve|address|start|begin)\s+(?:this|that|it)|to\s+start|i\s+started\s+by|i\s+began\s+by|step\s+(?:one|two|\d)|so\s+i|so,\s+i|from\s+there|at\s+the\s+same\s+time|meanwhile|in\s+parallel|also|additionally|on\s+top\s+of\s+that|in\s+addition|over\s+the\s+next|for\s+the\s+next|during\s+the\s+next|the\s+next\s+(?:day|week|morning)|that\s+(?:night|evening|afternoon|week))\b` },
  { name: "a_we_decided", source: String.raw`${SUBJECT_WE}(?:decided|chose|opted|agreed\s+to|proposed|started\s+by|began\s+by|set\s+out\s+to)\b` },
  { name: "a_we_past", source: String.raw`${SUBJECT_WE}(?!(?:${NOT_A_STEP})\b)(?:${REGULAR_PAST}|${DOING_IRREGULAR})\b` },
  { name: "a_verb_first", source: String.raw`^(?:(?:re)?(?:built|wrote|led|created|designed|implemented|introduced|launched|developed|analy[sz]ed|identified|organi[sz]ed|set\s+up|drove|ran|proposed|automated|migrated|rewrote|trained|coached|mentored|negotiated|conducted|established|streamlined|partnered|collaborated|worked|managed|coordinated|spearheaded|initiated|investigated|audited|mapped|interviewed|reviewed|prioriti[sz]ed|scheduled|delivered|deployed|shipped|presented|met|called|contacted|reached\s+out|talked|spoke|asked|added|removed|replaced|changed|moved|split|cut|reduced|increased|improved|created|documented|tested|piloted|prototyped|pitched|convinced|persuaded|escalated|owned|took|made|started|began|helped)|(?!(?:${NOT_A_STEP})\b)(?:[a-z]{3,}ed|${DOING_IRREGULAR}))\b(?!\s+(?:by|with|from|in|on|at|to\s+be)\b)` },
  { name: "a_how_words", source: String.raw`\b(?:by\s+[a-z]+ing|using|with\s+the\s+help\s+of|step\s+by\s+step|one\s+by\s+one|dashboard|script|spreadsheet|meeting|one-on-ones?|1:1s?|workshop|prototype|pilot|plan|proposal|analysis|root\s+cause|runbook|checklist|rota|schedule|template|process)\b` },
  // Result: what came of it.
  { name: "r_marker", source: String.raw`^(?:as\s+a\s+result|in\s+the\s+end|eventually|ultimately|finally|overall|in\s+total|all\s+in\s+all|by\s+the\s+end|at\s+the\s+end|the\s+result|the\s+outcome|the\s+impact|results?|outcome|impact|thanks\s+to\s+(?:this|that|these)|because\s+of\s+(?:this|that|these)|consequently|within\s+(?:a|two|three|\d+)\s+(?:weeks?|months?|days?)|after\s+(?:a|two|three|four|six|\d+)\s+(?:weeks?|months?|days?|quarters?)|(?:two|three|four|six|\d+)\s+(?:weeks?|months?)\s+later|by\s+(?:the\s+next|launch|the\s+deadline|the\s+end)|today|now|since\s+then,?\s+(?:the|our|we|it|there)|the\s+(?:next|following)\s+(?:quarter|month|year|release|survey))\b` },
  { name: "r_result_phrase", source: String.raw`\b(?:as\s+a\s+result|the\s+result\s+(?:was|is)|resulted\s+in|led\s+to|which\s+meant|this\s+meant|that\s+meant|in\s+the\s+end|paid\s+off|end\s+result|outcome\s+was|impact\s+was)\b` },
  { name: "r_this_did", source: String.raw`(?:^|[.,;:]\s*|\band\s+)(?:this|that|it|which|these|the\s+(?:change|changes|fix|fixes|new\s+[a-z]+|project|plan|approach|process|tool|system|feature|launch|rollout|pilot|rota|dashboard|script|work))\s+(?:also\s+)?(?:cut|reduced|increased|improved|saved|helped|led|made|brought|gave|meant|resulted|dropped|lowered|raised|boosted|freed|eliminated|removed|prevented|stopped|halved|doubled|sped|allowed|enabled|let)\b` },
  { name: "r_outcome_verb", source: String.raw`\b(?:fell|dropped|rose|grew|went\s+(?:down|up)|came\s+down|shrank|doubled|halved|tripled|reduced|increased|improved|decreased|cut|saved|lowered|raised|boosted|exceeded|beat|hit|reached|achieved|surpassed|closed|shipped|launched|delivered|completed|finished|won|recovered|retained|renewed|signed|passed|stabili[sz]ed|disappeared|stopped)\b` },
  { name: "r_change_figure", source: String.raw`\bfrom\s+[$€£]?\d[\d.,]*\s*[a-z%]*\s+(?:to|down\s+to|up\s+to)\s+[$€£]?\d|\bby\s+[$€£]?\d[\d.,]*\s*(?:%|percent|x\b|times|hours?|days?|minutes?|weeks?|points?|k\b|m\b)|\d+\s*(?:%|percent)\s+(?:less|more|fewer|faster|higher|lower|cheaper|drop|increase|decrease|reduction|improvement|lift)|\b\d+(?:\.\d+)?x\b` },
  { name: "r_feedback", source: String.raw`\b(?:feedback|praised|thanked|thank-?you|grateful|happy|satisfied|satisfaction|appreciat(?:ed|ion)|recogni[sz](?:ed|ition)|award(?:ed)?|promot(?:ed|ion)|rating|ratings|nps|csat|review\s+score|kudos|shout-?out|impressed|compliment(?:ed)?|relieved|trust(?:ed)?)\b` },
  { name: "r_now_state", source: String.raw`\b(?:now|today|still|since\s+then|to\s+this\s+day|ever\s+since|these\s+days|no\s+longer|anymore|permanent(?:ly)?|standard|default|adopted|rolled\s+out\s+to|across\s+(?:the|all))\b` },
  { name: "r_vague_outcome", source: String.raw`\b(?:improved|improvement|better|successful(?:ly)?|success|significant(?:ly)?|a\s+lot|positive(?:ly)?|great|huge|much\s+(?:faster|better|smoother|easier)|smoother|easier|faster|went\s+well|worked\s+well|well\s+received)\b` },
  { name: "r_passive_outcome", source: String.raw`\b(?:was|were|got|has\s+been|have\s+been)\s+(?:launched|shipped|delivered|completed|finished|adopted|approved|accepted|renewed|signed|resolved|fixed|solved|saved|retained|promoted|praised|recogni[sz]ed|rolled\s+out|used|reused|extended|kept)\b` },
  // Lesson: what the candidate took from it.
  { name: "l_learned", source: String.raw`${SUBJECT_I}(?:have\s+|'ve\s+)?(?:also\s+)?(?:learned|learnt|took\s+away|came\s+away)\s+(?:that|how|to|the|a|an|from|something|what|when|it|a\s+lot|so\s+much|two|three|never|always)\b|\b(?:taught|showed|reminded)\s+me\b|\bmade\s+me\s+(?:realise|realize|understand|rethink|see)\b` },
  { name: "l_lesson_words", source: String.raw`\b(?:lessons?|learnings?|take-?aways?|key\s+learning|what\s+i\s+(?:learned|learnt|took\s+away|would\s+do\s+differently)|stuck\s+with\s+me|stayed\s+with\s+me)\b` },
  { name: "l_hindsight", source: String.raw`\b(?:in\s+hindsight|with\s+hindsight|in\s+retrospect|looking\s+back|next\s+time|if\s+i\s+(?:did|had\s+to\s+do|were\s+to\s+do|could\s+do)\s+it\s+again|i\s+would\s+(?:have|do|now|also|still|start|involve|ask|push|raise|spend)|i'd\s+(?:have|do|now|also|start|involve|ask|push|raise)|i\s+should\s+have|i\s+could\s+have|differently)\b` },
  { name: "l_habit_since", source: String.raw`\b(?:since\s+then|ever\s+since|from\s+then\s+on|going\s+forward|from\s+now\s+on|these\s+days|nowadays|to\s+this\s+day)\b.{0,40}\bi\s+(?:always|now|make\s+(?:sure|a\s+point)|try|never|still|insist|ask|check|start|keep|use|do)\b|\bi\s+now\s+(?:always|make\s+sure|insist|ask|check|start|begin|try|use|keep|run|write|share|set)\b|\bi\s+(?:always|never)\s+(?:now\s+)?(?:make\s+sure|ask|check|start|begin|try|write|share|run|set|involve|raise|flag|test|double-check)\b` },
];

/** Words of a first-person singular subject ("I", "I'm", "I've"), counted per unit. */
export const FIRST_PERSON = /(?:^|[^a-z'])i(?:'m|'ve|'d|'ll)?(?=[^a-z']|$)/g;
/** "We", "our team", "the team" as a possible subject. */
export const FIRST_PERSON_PLURAL = /(?:^|[^a-z'])(?:we(?:'ve|'d|'re|'ll)?|our\s+team|the\s+team|my\s+team)(?=[^a-z']|$)/g;
/** Past tenses of any kind, for "this unit narrates the past". */
export const PAST_TENSE = new RegExp(String.raw`\b(?:${REGULAR_PAST}|${DOING_IRREGULAR}|was|were|had|felt|knew|thought|saw)\b`, "g");
/** Present tenses of be/have, for "this unit describes how things are". */
export const PRESENT_STATE = /\b(?:is|are|has|have|am|'s|'re)\b/g;
