/**
 * Words that give a sentence case context: offences, risk, safeguarding, the processes of the
 * agreements (Known Persons Checks, strategy meetings, conferences), family relations and where
 * someone lives. A name in such a sentence is about someone a case concerns; a name in "the
 * attendees will be …" is not. Written from the agreements in ../shared/agreements and the data
 * categories of the IOM DPIA; phrases rather than single words where a word alone is everyday
 * ("partner agencies", "children's services", "court" in a sports booking are not case context).
 */

/** Someone on a worker's caseload: "a family on my caseload: Mrs Kerys Moult, …" (not "anything urgent on my caseload"). */
const ON_A_CASELOAD_PHRASE = "(?:famil(?:y|ies)|clients?|child(?:ren)?|boys?|girls?|m[ae]n|wom[ae]n|lads?|kids?|mums?|dads?|mothers?|fathers?|parents?|young (?:person|people)|person|people|households?) on (?:my|our|your|his|her|their) caseloads?";
export const ON_A_CASELOAD = new RegExp(`\\b${ON_A_CASELOAD_PHRASE}\\b`, "i");

/** Violence done to someone ("had pushed her into a door", "punched him"). */
const VIOLENCE = "(?:pushed|pushing|shoved|punched|punching|kicked|kicking|slapped|smacked|headbutted|strangled|strangling|choked|choking)";
/** The case phrases, in the order they are tried; plain strings in three lists (a build step
 * codes such lists: scripts/build/pairCodeStringArrays.js) around the two built from VIOLENCE
 * and the caseload phrase. */
const PHRASES_BEFORE_VIOLENCE = [
  // first, before "strategy meeting" alone: a family named as the subject of a case meeting: "the ICPC for the Fenwick twins", "core group for the Okafor children"
  "(?:[ir]cpcs?|conferences?|strategy (?:meetings?|discussions?)|core groups?|cp (?:reviews?|meetings?)|(?:lac|cla) reviews?) for (?:the [\\w'\u2019-]+ (?:twins|triplets|children|kids|siblings|boys|girls|family)|baby [\\w'\u2019-]+)",
  // offences and the justice system
  "offen[cs]es?", "offending", "offenders?", "convicted", "convictions?", "sentenced", "custodial", "suspended sentence",
  "on licence", "licence conditions?", "recalled", "['\u2019]s recall(?! (?:of|policy|procedure|process|rates?|figures)\\b)", "(?:['\u2019]s|his|her|their) (?:referral|youth rehabilitation|community|supervision|detention and training) orders?", "missed (?:his |her |their )?(?:reparation|unpaid work)", "['\u2019]s (?:permanent |fixed[- ]term )?exclusion(?! zones?\\b)", "released from", "prison(?![ \t]+(?:side|end|staff|officers?|service|estate|chaplain|chaplaincy|gate|car park|reception)\\b)", "custody", "remanded", "on (?:police |pre-charge |conditional |unconditional |court )?bail", "breach (?:papers|paperwork|action|proceedings|hearing|warning|letter)s?", "failed (?:his|her|their|a) (?:(?:first|second|third|last|latest|random|mandatory) )?(?:drug|alcohol|urine) tests?", "bail conditions?", "(?:got|was|been|were|being) (?:re-?)?bailed", "re-?bailed", "bailed (?:to|until|pending|with)",
  "arrested", "charged with", "charged (?:him|her|them)", "(?:been|was|got|were|being) charged", "(?:i|we) (?:nicked|arrested)", "(?:the )?(?:cps|police) (?:have|has|had) charged",
  // "nicked" for arrested, of a person ("has been nicked again"), and "in HMP Wandsworth now"
  "(?:has|have|had|'s|\u2019s) (?:been|got) nicked", "(?:got|gets|getting) nicked (?:again|for|last|on|at|yesterday|today|tonight)", "crown court", "magistrates'?", "in court", "court date", "court order", "restraining order",
  // a trial and its people: "his co-defendant is his cousin Tyrese", "the stabbing outside the shop", "Jamal's trial"
  "(?:co-)?defendants?", "stabb(?:ed|ing|ings)", "(?:his|her|their|['\u2019]s) (?:re-?)?trial", "pleaded (?:not )?guilty", "found (?:not )?guilty",
  "non-molestation", "probation order", "community order", "(?:(?:on|given|got|gets|breached|breaching) an?|his|her|their) (?:referral|youth rehabilitation) orders?", "unpaid work", "tagged", "curfews?",
  // "after their father's arrest", "to his YOS appointment", "his yot worker says", "his drug test … after he'd missed two appointments"
  "(?:his|her|their|['\u2019]s) arrest", "(?:he|she|they)(?: was| got| has been| had been|['\u2019]s been| were) nicked", "on remand", "(?:back )?on tag", "(?:his|her|their) recall", "breached the non-mol", "non[- ]mol", "(?:his|her|their) (?:(?:last|latest|recent|next|random|two|three|\\d+) ){0,3}drug tests?", "(?:got|has|had|having|missed|misses|failed|fails) (?:a|an|another|his|her|their) (?:random )?drug test", "(?:start|issue|raise|initiate|begin) (?:a )?breach\\b", "(?:his|her|their|['\u2019]s) (?:yos|yot|youth justice|youth offending|probation) (?:appointments?|appts?|worker|officer)", "missed (?:two|three|four|several|\\d+|his|her|their) appointments",
  // told in passing: a tag, a release, a breach, a prosecution, police called out
  "on (?:a|his|her) tag", "(?:come|came|comes|got|gets) out of (?:prison|jail|custody|hmp|hmyoi)", "supervised (?:contact|family time)", "not (?:to )?be left alone with",
  // a resident's hostel and trouble there: "Dean Kettley's hostel have been on: he … threatened the night manager"
  "(?:his|her|['\u2019]s) (?:bail )?hostel", "threatened (?:the|a|his|her|staff|him|them|another)", "ends? up on the streets", "since (?:(?:his|her|their) )?release", "failed to attend (?:\\d+|on|his|her|their|the (?:appointment|induction|interview|session))", "(?:on|after|before|pending|for) (?:his|her|their) release(?! of\\b)", "(?:his|her|their) approved premises",
  // a case named with its worker: "I'm the allocated social worker for Tayla Brennan", "a man I supervise, Jason Pilling"
  "allocated (?:social worker|worker|practitioner|probation officer|offender manager|key worker|family support worker|pom|com) for", "(?:a|the|one) (?:man|woman|lad|young (?:man|woman|lad)) (?:i|we) (?:supervise|manage)", "breach(?:ed|es)? (?:his|her|their|the)? ?(?:curfew|licence|order|bail|conditions?|tag)", "break(?:s|ing)? (?:his|her|their|the) (?:curfew|licence|order|bail|conditions?|tag)", "breach report", "(?:think about|consider(?:ing)?|looking at) (?:a )?breach\\b", "prosecution",
  // a prisoner's release planned: "Natalie Bagshaw's pre-release meeting", "a place at the approved premises"
  "pre-?release (?:meeting|board|visit|interview|review)", "(?:a|her|his|their) (?:place|bed|room) (?:at|in) (?:the|an) approved premises",
  "officer (?:looking after|dealing with|in charge of) (?:him|her|them|the case)", "(?:i'm|i\u2019m|i am) the (?:police )?officer (?:looking after|dealing with|in charge of)", "(?:his|her|their) reporting (?:day|time|instructions?)", "since (?:he|she|they) (?:came|got) out(?! of (?:the |a |her |his |their )?(?:meeting|office|room|training|session|class|lesson|work)\\b)",
  "cuckoo(?:ing|ed)", "(?:have|has|had|took|taken|kept|keeping) (?:his|her|their) bank cards?",
  "police (?:were|was|got) called", "(?:the )?police (?:are|were|have been|got) involved", "fractur(?:e|ed|es)(?! clinic)", "(?:called|rang|phoned|dialled) 999", "(?:call|ring|phone|dial) 999 if (?:he|she|they)",
  // harm told by a child or of a partner: "Daddy hurt Mummy's neck", "he hurt her"
  "(?:he|daddy|dad|stepdad|partner|boyfriend) (?:has |had )?hurt (?:mummy|mum|mam|her|him|them|the (?:baby|children|kids))\\b",
  // a licence's terms and violence told of someone: "Brandon Tait's licence still allows him", "the
  // previous incident of violence", "Wayne Brennan's licence has a condition that contact with Kai
  // is supervised", "the exclusion zone map for his licence", "as part of his licence", "she is not to
  // bring her new partner … please end the contact", a recall to the Public Protection Casework Section (PPCS),
  // a mother's texts ("he turned up at 7 banging on the door", "i didnt let him in")
  "licence (?:still )?(?:allows|permits|prohibits|forbids|bars|stops)", "exclusion zones?", "part of (?:his|her|their) licence", "(?:into|in) foster care", "told not to (?:come|go|contact|visit|see)", "threatening (?:texts|messages|calls|voicemails|letters)", "banging on (?:the|my|our|her|his) (?:front |back )?(?:door|windows?)", "(?:i|she|we) (?:didn['\u2019]?t|did not|wouldn['\u2019]?t|would not) let (?:him|her) in", "contact with (?:(?:her|his|their) )?birth (?:dad|mum|mother|father|parents?|family)", "allowed to be left alone with", "core group (?:minutes|notes|record)", "who broke into (?:my|our|her|his) (?:home|house|flat)", "(?:don['\u2019]?t|do not|didn['\u2019]?t|never) feel safe", "hit (?:me|him|her|them) with (?:a|an|the|his|her)", "positive (?:drug|alcohol|hair strand|urine) tests?", "placement address", "contact worker", "with (?:mum|dad|mother|father),? supervised", "took (?:my|our|her|his) (?:(?:kids|children|bab(?:y|ies)|boys|girls|son|daughter|grandchildren) )?(?:[\\w'\u2019-]+ and [\\w'\u2019-]+ )?off (?:me|us|her|him)", "the foster carer (?:brings|brought|collects|collected|drops|dropped|takes|took|will bring|is bringing)", "(?:isn['\u2019]?t|is not|not|never) (?:meant|supposed) to (?:come|go|be) (?:down|near|round|within|anywhere near|here|to the (?:house|flat))", "(?:has|had|have) been dealing(?! with)", "(?:isn['\u2019]?t|is not|aren['\u2019]?t|are not|not) allowed (?:to be )?(?:in the same room as|alone with|near (?:him|her|them|the (?:children|kids|house|home|school))|(?:at|in|into) the (?:family )?(?:home|house)|to (?:see|contact|have contact with|be alone with) (?:him|her|them|the (?:children|kids|boys|girls)|mum|dad))", "(?:put|placed|added) a (?:warning )?marker on", "(?:went|gone|going|go|came|come|taken|been) into care", "(?:is|are|was) not to (?:bring|see|contact|visit|have contact)", "(?:is|are|was)(?: not|n['\u2019]t) allowed (?:any )?contact", "(?:dad|father|mum|mother|ex|ex-partner|partner|brother)(?: was| has been| got| is being) released", "(?:end|stop|terminate|suspend) the contact", "licence (?:has|includes|carries) (?:a |an )?(?:condition|requirement|exclusion)", "contact with [a-z'\u2019-]+ (?:is|must be|to be|will be) supervised", "ppcs", "(?:incidents?|history|acts?|threats?) of violence", "(?:his|her|their) history (?:with|around|towards) (?:children|kids|young people|girls|boys|women)(?!['\u2019]s)", "violent (?:incidents?|behaviour|outbursts?)", "barred from", "dash (?:score|risk|assessment|form|checklist|completed|done)", "seen alone",
  // a case's chronology, named for its people ("Chronology - Amelia and Ronan Stanyon v3.docx", "Kai's chronology")
  "chronology(?=[ \\t]*[-\u2013:])", "(?:his|her|their|['\u2019]s) chronology",
];
const VIOLENCE_PHRASES = [
  // things thrown at someone, shouting at a parent: "threw the remote at her", "ryan shouts at mummy"
  "(?:threw|thrown|throws|throwing) (?:a |an |the |his |her |their )?[\\w-]+ at (?:her|him|them|mum|mummy|mam|dad|daddy|the (?:baby|child|children|kids))\\b",
  "(?:shouts|shouted|shouting|screams|screamed|screaming) at (?:mummy|mum|mam|mammy|the (?:baby|kids|children))\\b",
  // violence told of someone: "had pushed her into a door", "punched him"
  `${VIOLENCE} (?:him|them|mum|dad)(?! to\\b)`,
  `${VIOLENCE} her(?= ?(?:[.,;]|into|against|over|down|onto|off|out|away|to the|in the|on the|and|with (?:a|an|the|his|her|their)\\b))`,
  // a parent hit at home: "her stepdad hits her mum", "hitting his mam"; a child afraid of it: "scared to go home"
  "(?:hits|hitting|beats|beating|punches|kicks|slaps) (?:her|his|their) (?:mum|mam|mom|dad|mother|father|sister|brother)\\b", "(?:scared|frightened|afraid) to go home",
];
const PHRASES_BEFORE_CASELOAD = [
  // marks a child is seen with: "she has marks on the back of her legs"
  "marks on (?:the (?:back|side|front) of )?(?:her|his|their) (?:legs?|arms?|face|back|neck|body|bottom|hands?|wrists?)",
  // exploitation told of someone: "asking him to hold stuff for them", "made him hold a bag"
  "(?:ask(?:s|ed|ing)?|made|mak(?:es|ing)|get(?:s|ting)?|got|tell(?:s|ing)?|told) (?:him|her|them) to [\"\u201c']?(?:hold|carry|deliver|drop off|move|stash|mind|look after) (?:stuff|things|a bag|bags|packages?|parcels?|drugs|money|gear|a phone)",
  "(?:ask(?:s|ed|ing)?|made|get(?:s|ting)?|got|tell(?:s|ing)?|told) (?:him|her|them) to [\"\u201c']?do (?:a|another|the) run", "driving past (?:the|her|his|their|my) (?:house|home|flat|school)",
  // "who had him holding stuff for them", "hasn't been home since Saturday"
  "(?:had|have|has|got|gets|getting) (?:him|her|them) (?:holding|carrying|running|dealing|moving|delivering) (?:stuff|things|bags?|packages?|parcels?|drugs|money|gear|phones?)",
  "(?:hasn['\u2019]?t|has not|haven['\u2019]?t|have not) been (?:back )?home (?:since|for (?:two|three|four|several|\\d+) (?:days|nights))",
  // a child's evidential interview, a suspect's, a condition kept: "The ABE interview with Tyler-Jay",
  // "Wayne's interview under caution", "Wayne Lockett is not to attend"
  "abe[ -](?:interview(?:s|ed)?|planning)", "achieving best evidence", "(?:mum|dad)['\u2019]s ex-partner",
  // the same told plainly: "Ruby will do her video interview", "bring her to the interview suite",
  // "the paediatrician will examine her afterwards"
  "video(?:-recorded)? interview(?:s|ed)?", "interview suite", "(?:paediatrician|doctor|police surgeon) (?:will|would|is going to|needs to) (?:examine|see) (?:her|him|them|the (?:child|baby))", "interview(?:ed|s)? under caution", "(?:(?:is|are|was|were) not|isn['\u2019]t|aren['\u2019]t|wasn['\u2019]t) to (?:attend|contact|approach|visit|go (?:to|near|with|home with)|leave with|be collected by|arrive|be left|have contact|babysit|come (?:to|near|round))",
  // a child's disclosure and the checks it starts: "his uncle … touches him when he babysits", "run checks on Paul"
  "touch(?:es|ed|ing)? (?:him|her|them) (?:when|while|at night|in bed|inappropriately|down there|under)", "(?:run|do|complete|carry out) (?:a |some )?(?:police |pnc |background |safeguarding )?checks? on",
  "mappa", "marac", "mash", "iom cohort", "nominal", "supply line", "(?:being )?exploited", "stop(?:ped)? and searched",
  // probation shorthand: a licence's residence condition, a recall being weighed ("consider recall"; not "I don't recall")
  "residence condition", "(?:consider(?:s|ed|ing)?|initiat(?:e|ed|ing)|request(?:ed|ing)?|fac(?:e|es|ing)|emergency|standard|fixed[- ]term) recall", "recall(?:ed)? to (?:prison|custody)",
  // safeguarding and social care
  "safeguarding concerns?", "child protection", "cp plan", "pre-?birth (?:plan|assessment)",
  // drug use said short ("she's still using, and …"; not "still using the old form")
  "still using(?=[ \t]*(?:[,.;!?\n]|and\b|again\b))",
  "supervised contact", "(?:dv|da) (?:incidents?|history|notifications?|referrals?)", "police notifications?", "core group (?:meetings?|is|members?|for)", "(?:attended|at|today['\u2019]s|yesterday['\u2019]s|last|next|the|this (?:week|morning)['\u2019]s) core group(?! of\\b)", "child in need", "cin plan", "section 47", "s47", "strategy meeting",
  // "looked after" as care's status, not care given ("looked after so well at the hospice", "who
  // looked after him", "the hospice looked after Tunde's mum")
  "strategy discussion", "looked after(?! (?:so |really |very |incredibly |extremely )?(?:well|beautifully|brilliantly|wonderfully)\\b| (?:him|her|them|us|me|my|our|your|his|there)\\b| [A-Z][a-z]+['\u2019]s (?:mum|dad|mother|father|nan|gran|grandma|grandad|wife|husband|partner)\\b)", "care order", "supervision order", "(?:adoption|placement|special guardianship) orders?", "care proceedings", "public law outline",
  "risk to children", "risk of harm", "risk assessment (?:for|of|on|about|re)", "(?:(?:his|her|their)|[a-z]+['\u2019]s) (?:child )?contact risk assessments?", "pin phone(?: list| numbers?| credit)?", "risk to (?:her|him|them|others|the (?:child|children|baby|victim|ex-partner|partner)|(?:his|her) (?:ex-partner|ex|partner|children))", "high risk", "domestic abuse", "domestic violence",
  "coercive", "abuse", "abused", "neglect", "neglected", "assault(?:ed)?", "injur(?:y|ies|ed)", "bruis(?:e|es|ed|ing)", "victim", "perpetrator",
  "allegations?", "disclosed", "concerns? (?:about|for|regarding|re)", "known to (?:us|services|children's services|social care|police|probation|the police)",
  "known persons? check", "kpc", "family group (?:conference|meeting)s? for", "young (?:person|people) (?:\\(\\d{1,2}|aged \\d{1,2})", "rtcn", "kinship (?:assessments?|care|carers?|placements?)", "referral (?:for|about|regarding)", "referred", "exploitation", "cse", "cce",
  // a child's own care history and birth family: "who has lived in foster care since he was nine", "his birth dad"
  "(?:lived|living|lives|grew up|placed|been|went|came) (?:in|into) foster care", "placed with (?:foster carers|kinship carers|adopters)", "birth (?:dad|mum|father|mother|parents?|family)",
  // a prison's own prisoner ("Chelsea, Ruby-Mae's mum, is with us at HMP Foston Hall"); a parent not seen apart ("I couldn't see mum alone")
  "with us at (?:hmp|hmyoi)", "(?:call|ring|dial|phone) 999 if (?:he|she|they|\\w+) (?:comes?|turns? up|returns?|goes|tries)", "(?:see|seen|speak to|spoken to) (?:mum|dad|her|him|the child|the baby|them) alone",
  "missing from (?:home|care)", "(?:went|going|gone|goes) missing", "reported missing", "missing episodes?",
  // "Riley (14) missing again since Sunday night … police aware", "the MFH return interview"
  "missing (?:again|overnight|since (?:mon|tues|wednes|thurs|fri|satur|sun)day|since last)(?! from (?:the|my|our|your|his|her) (?:sheet|list|form|rota|spreadsheet|system|file|order))", "police (?:are )?aware", "return (?:home )?interview", "care leaver", "(?:our|my|his|her|their|[\\w-]+['\u2019]s) care leavers", "(?:she|he|they) (?:left|leaves) care", "police (?:dropped|brought|took|returned) [\\w'\u2019-]+ (?:back|home)", "(?:since|after|on|before) leaving care", "left care (?:last|this|in|at|when|aged)", "supported (?:accommodation|lodgings)", "foster placements?", "(?:neonatal )?withdrawal symptoms", "(?:was|is|were|been) dealing (?:from|drugs|crack|heroin|weed|out of)", "(?:a|the|one of the) (?:young (?:person|people)|child(?:ren)?|famil(?:y|ies)|clients?|service users?|lads?|girls?|boys?) (?:i|we) (?:work with|support|supervise|look after|am working with)(?=, [a-z])", "(?:(?:left|leaving|leaves|fled|fleeing)|(?:is|was|been|staying|stays|living|lives|moved) (?:in|into)|(?:go|going|gone|went) (?:in)?to) (?:the|a) (?:women['\u2019]s )?refuge", "ehcp", "excluded from school", "school concerns",
  // social care shorthand: missing from home or care, child protection and looked-after reviews, section 47 written short
  "mfh", "mfc", "cp (?:review|conference|meeting|register|medical)", "(?:lac|cla) review", "s\\.[ ]?47",
  // health facts (the special-category recognizer finds most; these tie a sentence to a person)
  "camhs", "overdose", "substance misuse", "drug use", "alcohol use", "diagnos(?:is|ed)", "admitted to hospital", "sectioned",
  // a relapse, drink or drugs told of someone, a baby's growth told by a health visitor
  "using again", "relapsed", "centile", "(?:his|her|their) (?:drinking|drug use|using)", "(?:smelling|smelt|smelled|stank) of (?:drink|alcohol|booze|cannabis|weed)",
  "positive for (?:spice|cocaine|heroin|crack|opiates|cannabis|amphetamines?|benzos|benzodiazepines)",
  "(?:wants|wanted|tried|trying|threatened|threatening) to (?:hurt|harm|kill) (?:himself|herself|themselves)", "safety plan",
  // losing a home
  "(?:kicked|thrown|chucked|put) (?:him|her|them) out", "sofa[- ]surfing", "no fixed abode",
  // a partner returning, a family keeping a worker out, a worker needing to see a child
  "back on the scene", "(?:cancelled|refused|declined|avoided) (?:my|our) (?:home |planned )?visits?", "(?:eyes|sight) on (?:him|her|them|the (?:baby|child|children))",
  // a parent or partner reporting about someone named: "Callum's mum rang again", "Dwayne's girlfriend called us"
  "['\u2019]s (?:mum|dad|mother|father|nan|gran|grandma|partner|girlfriend|boyfriend|wife|husband|carer|foster carers?) (?:says|said|rang|called|phoned|reported|told|disclosed|is worried|was worried)",
  // a case worker's shorthand for the family they visit: "Mum says Darren has been waiting outside
  // the school" (not "my mum says", the writer's own: caseContext.ts skips those)
  "(?:mum|dad) (?:says|said|reports|reported|told (?:me|us)|disclosed)",
  // family and home
  "(?:his|her|their|the) (?:mother|father|mum|dad|stepfather|stepmother|step-dad|step-mum|stepdad|stepmum|step-father|step-mother|stepson|stepdaughter|grandmother|grandfather|nan|carer|guardian|partner|ex-partner|girlfriend|boyfriend|wife|husband|son|daughter|child|children|baby|brother|sister|siblings?|victim|young person)(?![- ](?:protection|in need|care|services|exploitation|safeguarding|rooms?)\\b)",
  // a person's own worker or placement ("her social worker", "Kaya's social worker", "his offender manager", "her care home"), an ex
  "(?:his|her|their) (?:social worker|care home|children's home|foster carers?|foster placement|placement|key worker|probation officer|offender manager|idva|isva|community nurse|cpn)", "['\u2019]s (?:social worker|key worker|probation officer|offender manager|idva|isva|community nurse|cpn)",
  "(?:his|her|their|['\u2019]s) ex(?![-\\w])",
];
const PHRASES_AFTER_CASELOAD = [
  // "Kerry's case", not "Tom's caseload" or "Tom's case notes"
  "['\u2019]s case(?![ -]?(?:loads?|work|workers?|managers?|management|stud(?:y|ies)|system|notes|files?))",
  // an age given after a first name: "Nyah, 14, was reported missing"
  "[a-z'\u2019-]+, \\d{1,2}, (?:was|is|has|had|who|lives|and|went|said|told)",
  "unborn", "pregnan(?:t|cy)", "new baby", "moved (?:to|out)", "mov(?:e|es|ing) out", "mov(?:e|es|ed|ing) (?:back )?in with", "mov(?:e|es|ed|ing) back in", "new address", "lives (?:with|at|in)", "living (?:with|at)", "resides", "residing",
  "address is", "home address", "date of birth", "d\\.?o\\.?b", "born (?:on|in)", "aged \\d", "\\d+[- ]year[- ]old", "years old",
];
const PHRASES = [...PHRASES_BEFORE_VIOLENCE, ...VIOLENCE_PHRASES, ...PHRASES_BEFORE_CASELOAD, ON_A_CASELOAD_PHRASE, ...PHRASES_AFTER_CASELOAD];

/** One regular expression over all phrases, case-insensitive, on word boundaries. */
export const CASE_VOCABULARY = new RegExp(`\\b(?:${PHRASES.join("|")})\\b`, "gi");

/** Words that make an address an organisation's (an office, a venue) rather than a home. */
export const ORGANISATION_ADDRESS = /\b(?:house|hall|hub|centre|center|offices?|chambers|council|station|hospital|surgery|clinic|school|academy|college|university|building|buildings|suite|floor|unit|library|church|chapel|mosque|temple|gurdwara|synagogue|hotel|pavilion|theatre|stadium|arena|club|ltd|limited|plc|services?|trust|police|probation|headquarters|hq|campus|reception|depot|plaza|tower|funeral directors|crematorium|hospice|solicitors|branch|opticians|pharmacy|dental practice)\b|\bcaf(?:e|\u00e9)(?![\w\u00e9])/i;

/** The same in capitals only: "Derby PO (DE1 2HT)" (a probation office), "Chesterfield PDU", "PO Box 12". */
export const ORGANISATION_ABBREVIATION = /\b(?:PO|PDU)\b/;

/**
 * After a case word, a role, team or event noun makes it a job title or a subject of training, not
 * a fact about someone: "Offender Manager", "Safeguarding Lead", "child protection training",
 * "MAPPA co-ordinator", "domestic abuse awareness", "a dementia charity", "the baby clinic scales".
 */
export const ROLE_NOUN_AFTER = /^[\s-]{1,3}(?:managers?|leads?|officers?|nurses?|supervisors?|teams?|co-?ordinators?|workers?|services?|units?|hub|chairs?|practitioners?|panel|board|partnership|training|inductions?|course|sessions?|modules?|(?:perpetrator[ \t]+)?programmes?|pathways?|psychiatry|psychology|medicine|nursing|e-?learning|commissioning|commissioners?|policy|policies|procedures?|protocols?|forum|awareness|champions?|network|specialists?|advis[eo]rs?|navigators?|advocates?|caseworkers?|administrators?|admin|management|squads?|desks?|inbox|mailbox|conference(?:s)? (?:room|centre)|week|day|update|newsletter|items?|slots?|presentations?|talks?|toolkits?|refreshers?|briefings?|webinars?|seminars?|masterclass(?:es)?|quer(?:y|ies)|enquir(?:y|ies)|guidance|duty line|charit(?:y|ies)|clinics?|practice (?:days?|forums?|sessions?|workshops?|development))\b/i;

/** Staff news: a sentence that congratulates, welcomes, says goodbye or gives an award is about colleagues ("congratulations
 * to Jo Price on the birth of her son"), as is a guest brought to a staff event ("Imran is bringing his wife",
 * "Imran (+1, his wife Sadia)"); its family words are not case context. */
export const SOCIAL_NEWS = /\b(?:congratulations?|congrats|well done|happy birthday|welcome (?:to|back)|farewell|leaving (?:do|drinks|card|collection)|retir(?:e|es|ed|ing|ement)|best wishes to|(?:staff )?awards?|award(?:ed)? (?:for|to)|nominat(?:ed|ion|ions)|shortlisted|of the year|bringing (?:his|her|their) (?:wife|husband|partner)|plus one)\b|\(\+1\b/i;

/**
 * After a name, the organisation the person works for, in brackets: "Declan Murphy (The Probation
 * Service)". A name given with an employer is a professional's; "(NHS number …)" is not an employer.
 */
export const AFFILIATION_AFTER = /^[ \t]*\((?:the[ \t]+)?(?:[A-Z][\w&'\u2019.-]*[ \t]+){0,5}(?:Service|Services|Council|Constabulary|Police|Trust|NHS|Team|Unit|Partnership|CRC|Probation|Hospital|Surgery|School|Academy|College|Foundation|Board|Department|Office|Authority|Agency|Court|Support|Aid)\b(?![ \t]*(?:number|no\b|num|id\b|#|[0-9]))[^)]{0,40}\)/;

/**
 * After a name, a professional register's number in brackets: "Hawre Aziz (NRPSI 17743)", "Jo
 * Price (NMC PIN 12A3456E)", "Sam Lee (SWE SW123456)", "Dr Shah (GMC 7012345)". Only the
 * registers of interpreters, nurses and midwives, social workers, health professions, doctors
 * and pharmacists: people a case concerns are not on them.
 */
export const REGISTRATION_AFTER = /^[ \t]*\((?:NRPSI|NMC|HCPC|GMC|SWE|Social Work England|GPhC|GDC)(?:[ \t]+(?:PIN|reg(?:istration)?\.?|no\.?|number))?[ \t:#.]*[A-Z]{0,3}[0-9][0-9A-Z]{3,9}[ \t]*\)/;

/** Before a name, a label for the one running something: "Trainer: Paulette", "Chair: Sam Lee",
 * "Notes: Ola Adebayo", a worker's "Midwife: Tamsin Greaves", "Social worker: Jo Hill", at a line's or a sentence's start; later names of its list too
 * ("Trainers: Paulette Greaves (GCP2 and neglect), Jon Skelton"). */
export const ROLE_LABEL_BEFORE =
  /(?:^|\n|[.;][ \t]+)[ \t]*(?:[-*\u2022\u00b7][ \t]+)?(?:trainers?|facilitators?|speakers?|presenters?|chair|co-?chairs?|hosts?|tutors?|organisers?|minutes|notes|minute[- ]taker|note[- ]taker|interpreters?|assessors?|panel|line[ \t]+manager|manager|supervisor|midwife|health[ \t]+visitor|gp|consultant|social[ \t]+worker|key[ \t]*worker|allocated[ \t]+worker|case[ \t]*worker|probation[ \t]+officer|offender[ \t]+manager|named[ \t]+nurse|employee|employee[ \t]+name|staff[ \t]+member|member[ \t]+of[ \t]+staff|interview(?:ed)?[ \t]+by)[ \t]*:[ \t]*(?:[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*(?:,|&|and)[ \t]*){0,5}$/i;

/** Whether a role label comes before the name starting at `start` on its line (a colon must). */
export function roleLabelBefore(text: string, start: number): boolean {
  // Within 300 characters: a long text is not scanned back to its start per name.
  const window = text.slice(Math.max(0, start - 300), start);
  const before = window.slice(window.lastIndexOf("\n") + 1);
  return before.indexOf(":") >= 0 && ROLE_LABEL_BEFORE.test(before);
}

/**
 * After a name, the language someone interprets in brackets: "Mohammed Farah (Somali)", "Ioana
 * Popescu (Romanian)". Read only in a message about interpreting: elsewhere "(Polish)" may be a
 * case person's nationality.
 */
export const LANGUAGE_AFTER =
  /^[ \t]*\((?:Albanian|Amharic|Arabic|Bengali|Bulgarian|Cantonese|Czech|Dari|Farsi|French|Gujarati|Hindi|Hungarian|Kurdish|Kurmanji|Sorani|Latvian|Lithuanian|Mandarin|Panjabi|Punjabi|Pashto|Polish|Portuguese|Romanian|Russian|Slovak|Somali|Spanish|Swahili|Sylheti|Tamil|Tigrinya|Turkish|Twi|Ukrainian|Urdu|Vietnamese|BSL|British Sign Language)(?:[ \t]*(?:\/|,|and)[ \t]*[A-Z][a-z]+)*\)/;
/** A message about interpreting: its names with a language in brackets are interpreters. */
export const INTERPRETING = /\binterpret(?:er|ers|ing|ation)\b/i;
/** A booking line's duration after the language ("(Somali), 6 October, 3 hours"): an interpreter's job. */
export const BOOKED_HOURS_AFTER = /^[^\n]{0,40}?\b\d+(?:\.\d+)?[ \t]*(?:hours?|hrs?|minutes|mins)\b/i;

/** Police ranks (spelt out too: "Detective Inspector Rachel Osei"), prison grades (SO, CM, OSG) and
 * probation grades (SPO, PSO), council and professional titles before a name: the person is an
 * officer, a councillor, a doctor or an academic, not a case subject. */
const TITLES = "PCSO|SPC|Detective[ \t]+(?:Chief[ \t]+)?(?:Inspector|Sergeant|Constable|Superintendent)|PC|DC|PS|DS|DI|DCI|DSI|Sgt|Insp|Supt|Cllr|Councillor|Sergeant|Inspector|Constable|Superintendent|Dr|Prof|Professor|SO|CM|OSG|SPO|PSO";
/** A collar or warrant number may stand between a rank and the name ("DS 228CP Dan Kerr", "PC 2904 Jo Price"). */
export const OFFICER_BEFORE = new RegExp(`\\b(?:${TITLES})\\.?[ \t]+(?:\\d{2,6}[A-Z]{0,3}[ \t]+)?$`);
/** The same titles when the name found starts with one ("DS Kate Lowe", "Dr Amara Shah"). */
export const OFFICER_FIRST = new RegExp(`^(?:${TITLES})\\.?[ \t]`);

/**
 * After a name, a sentence that gives the person's job as a title: "Amara Shah is a Senior
 * Probation Officer", "Jo Price is the Designated Safeguarding Lead", and in a reference "Jade
 * Whitaker has been employed by HM Prison and Probation Service as a Probation Officer" (the
 * employer's name is no case wording; "has been supervised by probation" is). Job titles are
 * written in capitals; "is a teacher" in a case note is left alone. "Kirsty Blackwell is now our Named
 * Nurse for Looked After Children": a job newly held.
 */
export const JOB_STATED_AFTER =
  /^[ \t]+(?:is|was|has been|works as|worked as|will be|(?:is|was|has been|had been)[ \t]+(?:employed|working)[ \t]+(?:by|at|with|for)[ \t]+[^.\n]{1,80}?[ \t]+as)(?:[ \t]+(?:now|also|currently|still))?[ \t]+(?:a|an|the|our|their)[ \t]+(?:[A-Z][\w'\u2019&-]*[ \t]+){0,4}(?:Officer|Manager|Worker|Practitioner|Lead|Nurse|Visitor|Consultant|Psychologist|Psychiatrist|Therapist|Counsellor|Solicitor|Lecturer|Teacher|Director|Co-?ordinator|Chair|Administrator|Advis[eo]r|Specialist|Inspector|Researcher|Trainer|GP)\b/;

/** Job nouns that end a job title written in capitals ("Senior Probation Officer", "Unpaid Work
 * Supervisor", "Family Support Worker"); a worker only with the work that makes it a job. */
/** Words that end an employer's name: "Marcia Lindo - Probation Service" on a list of professionals. */
const EMPLOYER_ENDS = "Service|Council|Constabulary|Police|Trust";
const JOB_NOUNS =
  "Officers?|Managers?|Supervisors?|Administrators?|Co-?ordinators?|Leads?|Practitioners?|Nurses?|Consultants?|Psychologists?|Psychiatrists?|Therapists?|Counsellors?|" +
  "Solicitors?|Lecturers?|Teachers?|Director|Chair|Leaders?|Advis[eo]rs?|Specialists?|Inspectors?|Researchers?|Trainers?|Educators?|Assistants?|Secretary|Clerk|Sergeant|Constable|" +
  "Health Visitor|Midwife|GP|Business[ \t]+Support|Coach|Navigator|Advocate|(?:Social|Support|Key|Youth|Family|Outreach|Project|Link|Case)[ \t]+Workers?";
/** A job noun in capitals anywhere in a role: "Designated Nurse Safeguarding Children" is a job,
 * though "Children" alone would label a case person. */
export const JOB_NOUN_IN_ROLE = new RegExp(`\\b(?:${JOB_NOUNS})\\b`);
/** Staff jobs written short: "Ruth Adebayo, SPO, The Probation Service". */
const JOB_ABBREVIATIONS = "SPO|PO|PSO|PQO|SW|SSW|ASW|APSW|TM|DSL|DSO|IDVA|ISVA|CPN|HV|OM|COM|POM";
/**
 * "Callum Drury, Probation Officer" on a line or in a cell of its own: after a comma, a job title
 * in capitals (or a short one) that ends there or before a dash and a remark ("…, Probation Services
 * Officer - new starter"), perhaps with its field after ("Owen Fairclough, Named Nurse Safeguarding
 * Adults"). A case role is no job ("Lee Dale, Stepfather").
 */
export const JOB_AFTER_COMMA = new RegExp(
  `^,[ \t]*(?:${JOB_ABBREVIATIONS}|(?:(?:[A-Z][\\w'\u2019&/-]*|and|of|for|in|&)[ \t]+){0,6}(?:${JOB_NOUNS})(?:[ \t]+(?:for[ \t]+)?[A-Z][\\w'\u2019&/-]*(?:[ \t]+(?:[A-Z][\\w'\u2019&/-]*|and|&)){0,3})?)(?=[ \t]*(?:[*\u2020]+[ \t]*)?(?:[,;|()\\n\\t]|$|[-\u2013\u2014][ \t]))`,
);
/** "Bev Marriott, Senior Administrator at Ilkeston, retires …", "11:30 - Rachel Oyelaran, Employer
 * Adviser", "Gemma Clarke, currently a Practice Manager in our Area 6 locality team (…),": a job
 * title in capitals in apposition, closed by a comma, a full stop, the line's end (perhaps with
 * where or for whom) or brackets with an e-mail address ("Anjali Rao, Senior Prison Offender
 * Manager (anjali.rao@…, 01632 …)"), "Jo Fieldsend, Healthcare Assistant on the children's ward,". */
export const JOB_IN_APPOSITION = new RegExp(
  // ", one of my probation officers,": the writer's own staff.
  `^,[ \t]*one[ \t]+of[ \t]+(?:my|our)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:officers|workers|managers|nurses|practitioners|colleagues|staff|team|administrators|assistants)\\b|` +
  `^,[ \t]*(?:(?:currently|now|formerly|previously)[ \t]+)?(?:(?:an?|our)[ \t]+)?(?:(?:[A-Z][\\w'\u2019&/-]*|and|of|for|in|&)[ \t]+){0,6}(?:${JOB_NOUNS})(?:[ \t]+(?:at|for|in|with|on)[ \t]+(?:(?:our|the)[ \t]+)?(?:[A-Z][^,.;\\n]{0,40}|[a-z'\u2019-]+(?:[ \t]+[a-z'\u2019-]+){0,2}[ \t]+(?:ward|team|unit|clinic|service)))?[ \t]*(?:,|\\.?\\n|\\.?$|\\.[ \t]|\\([^()\\n]{0,80}@)`,
);
/** After a name alone in its cell: the next cell opens with a job title in capitals ("Ruth
 * Ogundipe<TAB>Domestic Abuse Navigator (Juniper Lodge)"). */
export const JOB_IN_NEXT_CELL = new RegExp(`^[ \t]*(?:\\t|[ \t]\\|[ \t])[ \t]*(?:(?:[A-Z][\\w'\u2019&/-]*|and|of|for|in|&)[ \t]+){0,6}(?:${JOB_NOUNS})\\b`);
/** "Nicola Brennan - Practice Educator, Multi-Agency Safeguarding Hub", "Marcia Lindo - Probation Service": a job title or an employer after a dash. */
export const JOB_AFTER_DASH = new RegExp(`^[ \t]+[-\u2013\u2014][ \t]+(?:(?:[A-Z][\\w'\u2019&/-]*|and|of|for|in|&)[ \t]+){0,6}(?:${JOB_NOUNS}|${EMPLOYER_ENDS})\\b`);
/** Before a name, the start of its line or of a table cell (a tab, a bar), a bullet allowed; or
 * an opening bracket ("MAPPA meetings (Donna Pickard, MAPPA Coordinator)", "(with Dominic
 * Fairweather, SPO)"). */
export const LINE_OR_CELL_START = /(?:[\n\t|][ \t]*(?:[-*\u2022\u00b7\u2013][ \t]+)?|\([ \t]*(?:(?:with|led[ \t]+by|by)[ \t]+)?)$/;

/**
 * Before a name, a staff job in apposition: "the caretaker, Wes Moore,", "our trainer, Hope
 * Adeyemi,", "her social worker, Jo Price,". The person named is a professional. A worker is
 * staff only with the kind of work that makes it a job in the services ("support worker"), not
 * "sex worker"; case roles and relations ("the tenant,", "her mother,") are not jobs. A label works
 * as apposition does ("Your engineer: Will"). A driver or courier is staff only as the one serving
 * the reader ("Your driver: Kyle"): "the driver, Kyle Brennan," of a stopped car is not.
 */
export const STAFF_JOB_BEFORE =
  /\b(?:(?:the|our|your|their|his|her|its|my)[ \t]+(?:[A-Za-z'\u2019&-]+[ \t]+){0,3}?(?:caretakers?|janitor|receptionist|managers?|officers?|trainers?|tutor|teachers?|headteacher|head teacher|supervisors?|co-?ordinators?|administrators?|practitioners?|nurse|doctor|GP|consultant|solicitor|chair|director|lead|facilitator|engineer|technician|contractor|electrician|plumber|(?:social|support|key|youth|family|outreach|project|link|case)[ \t]+workers?|leaders?|health visitor|midwife|therapist|surgeon|dentist|physio(?:therapist)?|optician|optometrist|pharmacist|paediatrician|anaesthetist|podiatrist|dietitian|osteopath|counsellor|psychologist|psychiatrist|interpreter|secretary|clerk|advis[eo]r|coach|navigator|specialist|analyst|assistant|mentor|apprentices?|asyes?|nqsws?|pqips?|trainees?|supervisees?|verger|warden|steward|porter|treasurer|custodian)|(?:your|our)[ \t]+(?:delivery[ \t]+)?(?:driver|courier|rider))[ \t]*[,:]?[ \t]*$/i;

/**
 * "the QR code moved to the back", "the meeting has been moved to Thursday": a thing moved, not a
 * person changing home. Before "moved": a determiner and up to three words (captured), none of
 * them a person noun, a pronoun or a name (a capitalised word: "a week after Kerry moved").
 */
export const THING_MOVED_BEFORE = /\b(?:the|a|an|this|that|these|those|its|our|your)[ \t]+((?:[\w'\u2019-]+[ \t]+){1,3})(?:(?:has|have|had|was|were|been|is|are|now|just|also)[ \t]+){0,3}$/i;
/** "has it moved to the ICB's portal?", "it's moved to Room 4": "it" is never a person moving home. */
export const IT_MOVED_BEFORE = /(?:\bit(?:['\u2019]s)?[ \t]+(?:(?:has|had|was|is|been|now|just|also|since)[ \t]+){0,3}|\b(?:has|had|was|is)[ \t]+it[ \t]+(?:(?:been|now|just|also)[ \t]+){0,2})$/i;
export const MOVER_IS_PERSON = /\b(?:he|she|they|we|i|you|who|family|household|child|children|kids?|mum|dad|mother|father|parents?|carers?|baby|boy|girl|son|daughter|brother|sister|siblings?|partner|ex-partner|couple|man|woman|lad|tenant|young person|client|victim|offender|pupil|patient)\b|\b[A-Z][a-z]/;

/** A table's column heading for who leads or owns each row: "Lead", "Facilitator", "Speaker" (a
 * running order), "Duty officer", "Covered by" (a rota), "Owner", "Action owner", "By", "Responsible" (an action log: a name alone
 * under "By" is who, a date there is when, see DUE_COLUMN). Not "Who": an incident log's "Who"
 * is whom it happened to. */
export const LEAD_COLUMN =
  /^[ \t]*(?:(?:session[ \t]+)?leads?|led by|facilitators?|facilitated by|presenters?|presented by|speakers?|trainers?|delivered by|(?:action[ \t]+)?owners?|assigned to|(?:action(?:ed)?[ \t]+)?by(?:[ \t]+whom)?|responsible(?:[ \t]+(?:officer|lead))?|lead[ \t]+officer|(?:(?:duty|court|allocated|covering|probation|police|[a-z]+[ \t]+court)[ \t]+)?(?:officers?|workers?|practitioners?|staff)|covered[ \t]+by|cover)[ \t]*$/i;

/** A table's column heading for each row's progress: "RAG", "Status" (whose "Amber" is a rating). */
export const STATUS_COLUMN = /^[ \t]*(?:rag|rag[ \t]+(?:status|rating)|status|rating|progress)[ \t]*$/i;

/** A table's column heading for when each action is due: "By", "Due", "Deadline", "Target date". */
export const DUE_COLUMN = /^[ \t]*(?:by|by when|due|due by|due date|date due|deadline|target|target date|complete by|completion date|review by)[ \t]*$/i;

/** A sentence that lists who attended or was invited: its names are staff, its team names
 * ("PC Stone (MASH)") are not case context. */
export const ATTENDANCE_LIST = /^\s*(?:attendees|attending|present|in attendance|apologies|invitees|invited|distribution|panel members|speakers|delegates|participants)\s*:/i;

/** Words that make a special-category term a subject of study or training in its sentence:
 * "her research looks at fathers who have used domestic abuse", "a briefing on county lines",
 * "anonymised annual counts … (child protection plan, care proceedings)": figures about no one. */
export const STUDY_WORDS = /\b(?:research(?:es|er|ers)?|stud(?:y|ies)|audits?|seminars?|webinars?|lectures?|training|refreshers?|courses?|workshops?|awareness|briefings?|anonymi[sz]ed|aggregated?|statistics|the day covers|will cover|learning outcomes)\b/i;

/** "- Wednesday court duty (Magistrates'): Dariusz", "Court 1 (remand / overnight custody list): Kerry
 * Dunn and Sam Patel, alternate weeks": a rota line giving a task (group 1), a colon, the people
 * doing it and perhaps a remark after a comma (group 2); the task's wording is not about them. */
const ROTA_NAME = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[-\u2013](?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[ \t]+)?[A-Z][\\w'\u2019-]*(?:[ \t]+[A-Z][\\w'\u2019-]*){0,2}(?:[ \t]*\\([^()\\n]{1,60}\\))?(?:[ \t]+on[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?(?:[ \t]+(?:and|&)[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?)?)?";
// "Shelley's new birth visits: Rob and Marcin between them (Rob has the list)": shared, with a
// remark in brackets; "Her Tuesday conference: Adaeze will attend and has the report": the remark
// may follow the name without a comma when it opens with "will", "is", "has" or "can".
export const ROTA_ITEM = new RegExp(
  `^[ \t]*(?:[-*\u2022\u00b7\u2013][ \t]+)?([^:\\n]{1,80}):[ \t]+${ROTA_NAME}(?:(?:[ \t]*,|[ \t]+(?:and|&))[ \t]+${ROTA_NAME})*(?:[ \t]+between[ \t]+them(?:[ \t]*\\([^()\\n]{1,60}\\))?)?(?:(?:[ \t]*,[ \t]*|[ \t]+(?=(?:will|is|has|can)[ \t]))([^\\n]{1,80}?))?[ \\t.]*$`,
);
/** "Tue 1 Dec – Lewis Hastings / Amy Sutton", "w/c 7 Dec - Sinead Wellington": in a rota, a dated
 * line giving the people on duty that day after a dash, joined by "/", "," or "and". */
export const DATED_ROTA_ITEM = new RegExp(
  `^[ \t]*(?:[-*\u2022\u00b7][ \t]+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?[ \t]+\\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+[A-Z][a-z]{2,8})?|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*[ \t]*[-\u2013][ \t]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*(?:[ \t]+\\d{1,2}(?:[-\u2013]\\d{1,2})?(?:[ \t]+[A-Z][a-z]{2,8})?)?|w/c[ \t]+[^\\n\u2013\u2014]{1,16}?|\\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8})[ \t]+[-\u2013\u2014][ \t]+${ROTA_NAME}(?:(?:[ \t]*(?:/|,|&)|[ \t]+and)[ \t]+${ROTA_NAME})*[ \\t.]*$`,
);
/** A message that says it gives a rota: its short heading lines ("Leicester Magistrates' Court") head rota blocks. */
export const ROTA_WORD = /\b(?:rotas?|court duty|cover for (?:the )?(?:[\w'\u2019]+ ){0,3}courts?|duty (?:list|cover|for|days?|slots?|officers|workers|seniors)|(?:is|are) on duty|cover (?:list|arrangements)|(?:court )?cover (?:for )?(?:w\/c|the week|next week|this week)|swaps?)\b/i;
/** A kind of work named for children ("Her Tuesday child protection conference: Adaeze", "Role:
 * Social Worker, Child Protection and Court Team"): a task or a post, no child labelled. */
export const CHILD_SERVICE = /\bchild(?:ren['\u2019]s)?[ \t]+(?:protection|in[ \t]+need|services?|social[ \t]+care)\b/gi;
/** Labels that make "Label: Name" a fact about someone rather than a task ("Victim: …"). */
export const PERSON_LABEL = /\b(?:child|children|mother|father|mum|dad|victim|perpetrator|offender|suspect|subject|client|young person|name|parent|carer|sibling|partner|baby|pupil|patient|service user|dob)\b/i;

/**
 * Before a telephone number, an instruction to call someone: "please call the MASH on",
 * "ring the duty team on". Group 1 is who is called (long enough for a first number and an
 * alternative: "contact the Initial Response Team on 01332 642855, or Careline out of hours on");
 * serviceCalled() says whether it is a service.
 */
export const CALL_BEFORE = /\b(?:call|ring|phone|contact|text|speak[ \t]+to|talk[ \t]+to)[ \t]+([^.;:!?\n]{1,100}?)[ \t]+(?:on|at)[ \t]*:?[ \t]*$/i;
/** A service named in capitals ("Childline", "the MASH", "First Contact"): joiners may be lower-case. */
const SERVICE_IN_CAPITALS = /^(?:the[ \t]+)?[A-Z][\w'\u2019&-]*(?:[ \t]+(?:(?:of|and|for|the|&)[ \t]+)?[A-Z][\w'\u2019&-]*){0,5}$/;
/** A service named by what it is: "the duty team", "our out of hours line", "the front desk". */
const SERVICE_NOUN_LAST = /\b(?:team|service|services|line|helpline|desk|hub|office|centre|switchboard|reception|department)$|\b(?:duty|on-call)[ \t]+[\w-]+(?:[ \t]+[\w-]+)?$|\bout[- ]of[- ]hours$/i;
/** The one called is a person or a relative, not a service: "call mum on", "ring his partner on". */
export const PERSON_CALLED = /\b(?:mum|mom|dad|mother|father|parents?|carers?|grand\w+|nan|aunt\w*|uncle|brother|sister|partner|ex-partner|wife|husband|son|daughter|girlfriend|boyfriend|child|her|him|them|his|their|he|she)\b/i;
export function serviceCalled(called: string): boolean {
  const who = called.trim();
  // A service noun last decides ("the Child Abuse Investigation Unit duty desk", "the … duty IRO":
  // whoever is on duty); else no person word.
  return SERVICE_NOUN_LAST.test(who) || (!PERSON_CALLED.test(who) && SERVICE_IN_CAPITALS.test(who));
}

/**
 * A sentence about the people at an address given nearby: "the woman at the property is on
 * licence for arson", "the tenant was released from prison", "the occupants of the property".
 */
export const OCCUPANTS = /\b(?:(?:the|this|that)[ \t]+(?:address|property|house|flat|household|occupants?|occupiers?|tenants?|residents?|householder)|liv(?:es|ing)[ \t]+there)\b/i;
/** Wording that says only where someone lives: removed before a sentence about occupants is read for case context. */
export const HOME_WORDING = /\b(?:liv(?:es|ing)[ \t]+(?:with|at|in|there)|resides|residing|address is|home address|new address)\b/gi;

/**
 * After a name, the writer's own team: "Kamal in our team", "Hannah Brierley from our victim liaison unit", "Jo from the
 * MASH team", "Dave Rowland from Highways" (an organisation's own department): a member of staff
 * (a case word there names the team). "From the … service" alone
 * may be where a client comes from: only "our" or "your" service.
 */
const STAFF_UNIT_AFTER =
  /^[ \t]+(?:at|from|in)[ \t]+your[ \t]+(?:office|branch|reception|front[ \t]+desk)(?![\w'\u2019])|^[ \t]+(?:in|on)[ \t]+(?:our|my)[ \t]+(?:[\w'\u2019&-]+[ \t]+){0,3}(?:team|office|unit|department|directorate)(?![\w'\u2019])|^[ \t]+at[ \t]+(?:probation|the[ \t]+council|the[ \t]+police|the[ \t]+MASH|children['\u2019]s[ \t]+services|social[ \t]+care|the[ \t]+ICB|the[ \t]+trust|the[ \t]+jobcentre)\b|^[ \t]+from[ \t]+(?:(?:our|your)[ \t]+(?:[\w'\u2019&-]+[ \t]+){0,4}(?:teams?|units?|service|department|office|hub|directorate)|the[ \t]+(?:[\w'\u2019&-]+[ \t]+){0,5}(?:team|unit|department|directorate)|(?:Highways|Finance|HR|ICT|Payroll|Legal|Facilities|Estates|Comms|Communications|Procurement|Internal[ \t]+Audit|Democratic[ \t]+Services|Business[ \t]+Support|People[ \t]+Services|Workforce[ \t]+Development|Learning[ \t]+and[ \t]+Development))(?![\w'\u2019])/i;
/** After a name, a team's acronym: "Marie from the IRT" (capitals, so "Paige from the baby room" is none). */
const TEAM_ACRONYM_AFTER = /^[ \t]+from[ \t]+the[ \t]+[A-Z]{2,6}(?![\w'\u2019])/;
/** After a name, a team by its name in capitals: "Yusuf Hanif in the Victim Contact team" (not
 * "in the team's care", nor a lower-case "in the family home"). */
const NAMED_TEAM_AFTER = /^[ \t]+(?:in|from)[ \t]+the[ \t]+(?:[A-Z][\w'\u2019&-]*[ \t]+){1,4}(?:[Tt]eam|Unit|Hub)(?![\w'\u2019])(?![ \t]*['\u2019]s)/;

/** Whether the text right after a name places them in the writer's own team or unit. */
export function staffUnitAfter(after: string): boolean {
  return STAFF_UNIT_AFTER.test(after) || TEAM_ACRONYM_AFTER.test(after) || NAMED_TEAM_AFTER.test(after);
}

/** After a name, what only staff have: "cover stays with Paul's team", "on Jo's caseload", "in
 * Amrit's diary". Not "Kyle's team" at football: a team given work, or a caseload, a diary. */
export const STAFF_POSSESSION_AFTER = /^['\u2019]s[ \t]+(?:caseload|case[ \t]?list|diary|calendar|in-?tray|inbox|team(?=[ \t]*(?:[;.,)]|$|\n|and[ \t]))|(?:duty|admin|court|pod|locality|area)[ \t]+team)/;

/** Before a name, the writer's word for a colleague: "our colleague Amrit", "our police colleague
 * DS Karen Whatton", "my colleague, Jo Price,", a staff side's "Our captain, Gav Sharples,": a member of staff. */
/** The writer's own supervision or appraisal "with" someone: their manager ("my supervision with Dan"). */
export const MY_SUPERVISION_WITH_BEFORE = /\bmy[ \t]+(?:(?:next|monthly|last)[ \t]+)?(?:supervision|appraisal|PDR|1:1|one-to-one|1-2-1)[ \t]+with[ \t]+$/i;
export const COLLEAGUE_BEFORE = /\b(?:(?:our|my|your)[ \t]+(?:[A-Za-z-]+[ \t]+)?(?:colleagues?|captain|team-?mates?)|(?:our|my|your|his|her|their)[ \t]+(?:[A-Za-z-]+[ \t]+)?(?:students?|trainees?|supervisees?))[ \t]*,?[ \t]*$/i;

/** A sentence that puts someone on a staff member's leave: "he's started his paternity leave",
 * "she is on maternity leave", "Mark is now on two weeks' paternity leave". */
export const STAFF_LEAVE =
  /\b(?:his|her|their|on)[ \t]+(?:(?:a|one|two|three|four|five|six|\d{1,2})[ \t]+(?:days?|weeks?|months?)['\u2019]?[ \t]+|a[ \t]+(?:fortnight|week|month)['\u2019]s[ \t]+)?(?:paternity|maternity|parental|shared parental|adoption|annual|compassionate|sick|study)[ \t]+leave\b|(?:['\u2019]s|\bis|\bwas|\bwill be)[ \t]+(?:on[ \t]+leave|off[ \t]+sick)\b|\b(?:is|['\u2019]s|will[ \t]+be)[ \t]+off[ \t]+(?:work[ \t]+)?(?:for|until|till|from)\b[^.\n]{0,100}?\b(?:will[ \t]+cover|is[ \t]+covering|covers)\b/i;
/** The first word of a sentence that puts someone on staff leave, when the name recognizer did not
 * take it for a name (a name that is also a word: "Mark is now on two weeks' paternity leave"). */
export const LEAVE_SUBJECT = /^\s*([A-Z][a-z'\u2019-]+)[ \t]+(?:is|was|has|will|goes|went|starts|started)\b/;
/** Words that start a sentence but name no one in particular. */
export const NOT_A_NAME = /^(?:he|she|they|it|this|that|there|who|mum|mom|dad|mother|father|child|baby|partner|client|everyone|nobody|someone|each|one)$/i;

/**
 * Family news: a birth, a wedding, a death. In such a sentence about a member of staff, the
 * relatives named with them ("Mark and his wife Summer welcomed their daughter Rose") are family.
 */
export const FAMILY_NEWS = /\b(?:welcomed|delighted|thrilled|lovely news|good news|happy news|great news|new arrival|into the world|baby (?:boy|girl)|birth|got married|married|wedding|engaged|engagement|(?:is|are|was|were)[ \t]+expecting|baby[ \t]+shower|passed away|died|funeral)\b/i;
/** A family word of the case vocabulary owned by a pronoun: "his wife", "their daughter". */
export const OWNED_RELATION = /^(?:his|her|their)[ \t]+[a-z-]+$/i;
/** Every "his wife", "their daughter", "their first baby" of a sentence, removed before CASE_PERSON is looked for. */
export const OWNED_RELATIONS = /\b(?:his|her|their)[ \t]+(?:(?:first|second|third|new|newborn|eldest|youngest|little)[ \t]+)?[a-z-]+/gi;
/** A person of a case, or a relation, not owned by the one named before it: "Mum", "the child". */
export const CASE_PERSON = /\b(?:mum|mom|dad|mother|father|parents?|child|children|kids?|baby|client|patient|victim|perpetrator|offender|suspect|pupil|young person|service user|tenant|step-?(?:mum|mom|dad|mother|father|parents?|sons?|daughters?|child|children|kids?|brothers?|sisters?|siblings?|family))\b/i;

/** A role given after a name in an attendance list ("Bernadette Lowe, SPO, Derby Probation Office"):
 * not a relation or a case role ("Kayleigh Brooks, mother"; "Lee Dale, stepfather"). */
export const ATTENDEE_ROLE_AFTER = /^,[ \t]*([A-Z][^,;\n()]{0,60})/;
export const CASE_ROLE_WORD =
  /\b(?:step-?\w+|grand\w+|aunt|uncle|nan|cousin|foster|kinship|friend|neighbour|tenant|resident|witness|accused|complainant|defendant|suspect|mum|dad|son|daughter|brother|sister|wife|husband|girlfriend|boyfriend|ex-partner)\b/i;

/** Right before a name, a relation or a case role: the name is that person's, not staff ("Dad, Luis …"). */
export const RELATION_BEFORE = /\b(?:mother|father|mum|dad|stepdad|stepmum|partner|ex-partner|wife|husband|son|daughter|brother|sister|grandmother|grandfather|nan|child|baby|victim|perpetrator|tenant|client|offender|pupil|patient|service user|young person)[ \t]*[,:(-]?[ \t]*$/i;

/** After a staff member's name, a relative in the possessive: "DS Karen Whatton's mother, …",
 * "Amrit's dad". Group 0 ends where a name given in apposition may start. */
export const RELATIVE_AFTER = /^['\u2019]s[ \t]+(?:late[ \t]+)?(?:mother|father|mum|dad|wife|husband|partner|son|daughter|brother|sister|grandmother|grandfather|nan|grandad|parents|aunt|uncle|baby)\b[ \t]*,?[ \t]*/i;

/** Before an address, the writer's own home: "I leave mine (19 Larch Way …)", "my address is", "my home address hasn't changed (…)",
 * "I moved out of", "I'm moving to", "I'll be living at", "we now live at". */
export const OWN_ADDRESS_BEFORE = /\b(?:mine|(?:my|our)[ \t]+(?:(?:current|new|old|previous|former|forwarding|postal|correspondence|permanent|temporary)[ \t]+)?(?:home[ \t]+address|home|house|address|flat|place)(?:[ \t]+(?:is|remains|stays|has[ \t]+not[ \t]+changed|hasn['\u2019]t[ \t]+changed|is[ \t]+still))?|(?:I|we)(?:['\u2019](?:ll|m|re|ve)|[ \t]+(?:will|shall|am|are|have))?(?:[ \t]+be(?:en)?)?[ \t]+(?:now[ \t]+)?(?:the[ \t]+(?:only|sole)[ \t]+(?:adult|person|occupant|resident|one)[ \t]+)?(?:live|living)[ \t]+at|(?:I|we)(?:['\u2019](?:ve|m|re)|[ \t]+(?:have|am|are))?[ \t]+(?:moved|moving)[ \t]+(?:out[ \t]+of|from|to|into))[ \t]*[(:,\u2013-]?[ \t]*(?:(?:flat|apartment|apt\.?|unit)[ \t]*)?$/i;

/** A sentence in the first person (the writer): "I have dyslexia", "my diabetes", "My own date of birth". "I" is case-sensitive. */
export const FIRST_PERSON = /(?:^|[^\w'\u2019])I(?:['\u2019](?:m|ve|d))?(?![\w'\u2019])|\b[Mm]y(?:self)?\b/;
/** Someone other than the writer in a sentence: a third person, a relation, a case role. */
export const THIRD_PERSON = /\b(?:he|she|him|his|her|hers|they|them|their|himself|herself|themselves|mum|dad|mother|father|son|daughter|child|children|kids?|baby|partner|brother|sister|boy|girl|man|woman|client|patient|victim|perpetrator|offender|pupil|person|people|family|young person|service user)\b/i;
/** What the writer was told, knows or worries about is someone else's: "I understand that …". */
export const REPORTED = /\b(?:that|told|informed|aware|understand|heard|learn(?:ed|t)|know|knew|confirmed|reported|disclosed|said|says|mentioned|explained|concerns?|concerned|worried|worry|about|whether)\b/i;

/** The writer says the case in the message is made up, or told with no one identifiable ("the
 * child is referred to only as 'Child L', and no details that could identify the family are
 * included", "the briefing contains no identifying information", "the report uses pseudonyms
 * throughout"): its special-category terms are about no one. */
export const INVENTED_CASE = /\b(?:composite|fictional|fictitious|invented|made[- ]up|hypothetical|not (?:a )?real (?:case|person|people|family)|(?:don['\u2019]t|do not|doesn['\u2019]t|does not) belong to anyone real|(?:is|are) referred to only as|(?:no|without) details that (?:could|would|might) identify|(?:contains?|holds?|with|has|includes?) no (?:identifying|identifiable|personal) (?:information|details|data)|(?:uses?|using) pseudonyms|pseudonymised|(?:has|have) been anonymised|(?:I|we)(?:['\u2019]ve| have)? anonymised (?:it|this|them|the (?:account|case|extract|study|log))|(?:is|are) (?:fully )?anonymised|names (?:have been|are|were) changed|no (?:individual |named )?(?:cases?|children|people|individuals) (?:were|was|are|is) (?:discussed|named|identified))\b/i;

/** A count's line in a table of figures ("– with a child on a child protection plan in the
 * household: 19", "Checks received: 412 (90%)", "<5"): a label, a colon, a number and nothing more. */
export const COUNT_LINE_END = /:[ \t]*(?:<[ \t]*)?\d[\d,]*(?:[ \t]*\(\d{1,3}(?:\.\d+)?%\))?[ \t]*$/;

/** A term naming a job (a Title-Case term ending in a job noun: "Community Mental Health Nurse"; or
 * in lower case, a nurse, a practitioner or a psychiatrist: "consultant forensic psychiatrist"), or
 * an employer: a service or a team ("Maxine Rolle (Turning Point, drug and alcohol service)"). */
export const JOB_TERM = /^(?:[A-Z][\w'\u2019-]*[ \t]+)*(?:Nurse|Worker|Practitioner|Team|Service|Services|Psychiatrist)$|^(?:(?:mental health|learning disability|forensic)[ \t]+)?(?:nurse|practitioner|psychiatrist)$|^[a-z][a-z \t]*[ \t](?:service|services|team)$/;
/** From a name's end to a job term in brackets or after a comma: "Dev Mistry (Community " before
 * "Mental Health Nurse", "Maxine Rolle (Turning Point, " before "drug and alcohol service",
 * "Sarah Finch, Consultant " before "Psychiatrist"; lower-case job words too
 * ("Dr Amrit Sandhu, consultant forensic " before "psychiatrist"), never "her", "sees a". */
export const BRACKET_JOB_BEFORE = /^[ \t]*[(,][ \t]*(?:(?:[A-Z][\w'\u2019&-]*,?|consultant|senior|forensic|specialist|community|clinical|locum|trainee|principal|liaison|registered)[ \t]+){0,4}$/;

/** Whether `words` hold case wording ("on licence for burglary"). */
export function hasCaseWording(words: string): boolean {
  CASE_VOCABULARY.lastIndex = 0;
  const found = CASE_VOCABULARY.test(withoutNegatedHarm(words));
  CASE_VOCABULARY.lastIndex = 0;
  return found;
}

/** Harm said not to have happened: "(no injury, and the pendant alarm worked)", "without any bruising". */
const NEGATED_HARM = /\b(?:no|without|not|never)[ \t]+(?:any[ \t]+|serious[ \t]+|obvious[ \t]+|visible[ \t]+)?(?:injur(?:y|ies|ed)|bruis(?:e|es|ed|ing))\b/gi;
/** A form's field answered none: "Claims or convictions in the last five years: none", "Criminal convictions: No". */
const NEGATED_FIELD = /(?:^|[.;][ \t]+)[ \t]*[^:.\n]{0,80}\b(?:convictions?|offences?|cautions?|endorsements?|points)\b[^:\n]{0,60}:[ \t]*(?:none|no|nil|n\/a|0)\b[^\n]{0,40}$/gim;
/** Cared for, said of anyone: "I'll be well looked after", not a child looked after by a council. */
const WELL_LOOKED_AFTER = /\bwell[ \t]+looked[ \t]+after\b/gi;
/** The writer's own day in court, at work: "I'm in court Friday", "we're at court all day". */
const WRITER_IN_COURT = /\b(?:I['\u2019]m|I[ \t]+am|I['\u2019]ll[ \t]+be|we['\u2019]re|we[ \t]+are)[ \t]+(?:in|at)[ \t]+court\b/gi;
/** `words` with each harm said not to have happened, the writer's own day in court and the like, blanked out, offsets kept. */
export function withoutNegatedHarm(words: string): string {
  const blank = (m: string): string => " ".repeat(m.length);
  // Staff at a case meeting, unless it is for a family it names ("I'm at the strategy meeting for the Whittaker twins").
  const staffAtMeeting = (m: string, ...rest: unknown[]): string => {
    const at = (rest[rest.length - 2] as number) + m.length;
    return FAMILY_MEETING_FOR.test(m) || FAMILY_FOR_AFTER.test(words.slice(at, at + 80)) ? m : blank(m);
  };
  return words.replace(NEGATED_HARM, blank).replace(NEGATED_FIELD, blank).replace(WRITER_IN_COURT, blank).replace(STAFF_DAY_IN_COURT, blank).replace(PRINTED_MATERIAL, blank).replace(PRISON_AS_WORKPLACE, blank).replace(UNIT_NAMED_FOR_CASEWORK, blank).replace(STAFF_AT_CASE_MEETING, staffAtMeeting).replace(WELL_LOOKED_AFTER, blank);
}

/** A case meeting's family, named in its words ("… for the Whittaker twins", "… for baby Jones"), or right after them. */
const FAMILY_GROUP = "for[ \t]+(?:the[ \t]+[\\w'\u2019-]+[ \t]+(?:twins|triplets|children|kids|siblings|boys|girls|family)|baby[ \t]+[\\w'\u2019-]+)\\b";
const FAMILY_MEETING_FOR = new RegExp(`[ \t]${FAMILY_GROUP}`, "i");
const FAMILY_FOR_AFTER = new RegExp(`^[ \t]+${FAMILY_GROUP}`, "i");
/** A case meeting's phrase ending in the family it is for (caseContext.ts keeps such a phrase case wording, whoever attends). */
export const FAMILY_MEETING_END = new RegExp(`\\b${FAMILY_GROUP}$`, "i");

/** Staff at or back from a professionals' meeting: "came straight from a MAPPA meeting", "they're
 * at a MARAC in the morning", "he's at a MARAC" (no family attends a MARAC or MAPPA), "will be a bit
 * late as he's at a child protection conference", "if the MAPPA meeting runs over", "sat beside her at a MAPPA level 3 meeting or a child protection
 * conference", "he could sit in on MAPPA", "to observe a MAPPA level 2 meeting". No family attends
 * these as an observer; the wording is about staff's day. "MARAC attendance for the locality will be
 * Shauna", "Her seat at the Chesterfield MARAC passes to Callum": staff sent to the panel (no family
 * attends a MARAC or MAPPA); "if he turns up at your next strategy discussion" (a new colleague);
 * "Wednesday's two MAPPA level 2 reviews: Darius is happy to attend" (cover); "as you both sit with
 * him at the Thursday MAPPA meetings", "will attend the MAPPA level 2 meetings in his place", "her
 * partners from the IOM and MAPPA world", "the fruit basket from the MARAC group" (no
 * family attends those; a parent may attend a conference or a core group); "she has a child
 * protection conference at Long Eaton that morning" (a clash in a colleague's diary); "her Tuesday MAPPA level 2
 * slot", "you will know her from panels, MAPPA meetings …" (a colleague's seat, partners who met her there); a diary's
 * timed entry naming no one ("10:00-13:00 MAPPA level 2 meeting (Derby);"): the writer's own day. */
const CASE_MEETING = "(?:(?:a|an|the|one|my|your|our)[ \t]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri)day(?:['\u2019]s)?[ \t]+|(?:weekly|monthly|fortnightly)[ \t]+)?(?:MARAC|MAPPA|strategy[ \t]+(?:meeting|discussion)s?|core[ \t]+groups?|child[ \t]+protection[ \t]+conferences?|[IR]CPCs?)(?:[ \t]+(?:level[ \t]+\\d|meeting|panel))*";
export const STAFF_AT_CASE_MEETING = new RegExp(
  `\\b(?:(?:came|come|comes|coming|straight|back)[ \t]+from|(?:they|we)(?:['\u2019]re|[ \t]+are|[ \t]+will[ \t]+be)[ \t]+at|I(?:['\u2019]m|[ \t]+am|['\u2019]ll[ \t]+be)[ \t]+at|(?:he|she)(?:['\u2019]s|[ \t]+is|['\u2019]ll[ \t]+be|[ \t]+will[ \t]+be)[ \t]+at(?=[ \t]+(?:a|the)[ \t]+(?:MARAC|MAPPA)\\b)|late(?:r)?[ \t]+(?:as|because|since)[ \t]+(?:he|she)(?:['\u2019]s|[ \t]+is|['\u2019]ll[ \t]+be|[ \t]+will[ \t]+be)[ \t]+at|(?:sat|sit|sitting)[ \t]+(?:beside|next[ \t]+to|with|alongside)[ \t]+(?:her|him|them|me|us)[ \t]+at|(?:sit|sits|sat|sitting)[ \t]+in[ \t]+on|observ(?:e|es|ed|ing)|shadow(?:s|ed|ing)?|(?:of[ \t]+)?(?:us|me|colleagues|staff)[ \t]+through(?:[ \t]+(?:our|their|my|your)[ \t]+first)?)[ \t]+${CASE_MEETING}(?:[ \t]+(?:or|and)[ \t]+${CASE_MEETING})?\\b|\\b(?:if|when|in[ \t]+case)[ \t]+${CASE_MEETING}[ \t]+(?:runs|ran|goes|went|overruns|overran)(?:[ \t]+(?:over|on|late))?\\b|\\b(?:MARAC|MAPPA)(?:[ \t]+(?:level[ \t]+\\d|meeting|panel))*[ \t]+(?:attendance|representation|rep|cover|rota)\\b|\\b(?:from|to|with)[ \t]+(?:the|our|your)[ \t]+(?:MARAC|MAPPA|IOM)[ \t]+(?:group|team|partners|colleagues|crowd|lot)\\b|\\b(?:partners|colleagues|friends)[ \t]+(?:from|in|across)[ \t]+the[ \t]+(?:(?:IOM|MAPPA|MARAC|YOS|YOT)[ \t]+(?:and|&)[ \t]+)?(?:IOM|MAPPA|MARAC|YOS|YOT)[ \t]+(?:world|family|community|partnership)\\b|\\b(?:will|to|can|could)[ \t]+attend[ \t]+(?:the[ \t]+)?(?:MARAC|MAPPA)(?:[ \t]+(?:level[ \t]+\\d|meetings?|panels?|reviews?))*|(?:\\b(?:his|her|their|my)|\\b[A-Z][a-z]+['\u2019]s)[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri)day[ \t]+)?(?:seat|place|slot|chair)[ \t]+(?:at|on)[ \t]+(?:the[ \t]+)?(?:[\\w'\u2019-]+[ \t]+){0,4}?(?:MARAC|MAPPA|strategy[ \t]+(?:meetings?|discussions?))\\b|(?:\\b(?:his|her|their|my)|\\b[A-Z][a-z]+['\u2019]s)[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri)day[ \t]+)?(?:MARAC|MAPPA)(?:[ \t]+(?:level[ \t]+\\d|meeting|panel))*[ \t]+(?:seat|place|slot|chair)\\b|\\b\\d{1,2}[:.]\\d{2}(?:[ \t]*[-\u2013][ \t]*\\d{1,2}[:.]\\d{2})?[ \t]+${CASE_MEETING}(?:[ \t]+\\([^()\\n]{0,30}\\))?(?=[ \t]*(?:[;,\\n]|$))|\\bknow[ \t]+(?:her|him|them)[ \t]+from[ \t]+(?:the[ \t]+)?(?:[\\w-]+,?[ \t]+){0,3}(?:MAPPA|MARAC)\\b|\\b(?:turns?|turned|turning)[ \t]+up[ \t]+(?:at|to)[ \t]+(?:your|our|the|a)[ \t]+(?:next[ \t]+)?${CASE_MEETING}|\\b${CASE_MEETING}(?:[ \t]+(?:reviews?|panels?|meetings?|discussions))?(?:[ \t]+(?:on|in|at|next|this)[ \t]+[^:\\n]{1,30}?|[ \t]+(?:she|he|they)[ \t]+(?:was|were|is|are)[ \t]+(?:invited|booked|due)[ \t]+to|[ \t]+(?:that[ \t]+)?(?:I|we)[ \t]+(?:would[ \t]+)?(?:usually[ \t]+|normally[ \t]+)?(?:attend|chair|cover|go[ \t]+to)[^:\\n]{0,40}?)?[ \t]*:[ \t]*[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+)?[ \t]+(?:(?:is[ \t]+(?:happy|able|going)[ \t]+to|will|to|can|has[ \t]+agreed[ \t]+to)[ \t]+(?:attend|cover|go|chair|present)|takes?[ \t]+(?:my|her|his|their|the)[ \t]+(?:seat|place))\\b|\\b(?:he|she|I)(?:['\u2019](?:s|ve)[ \t]+got|[ \t]+(?:has|have)(?:[ \t]+got)?)[ \t]+${CASE_MEETING}[ \t]+(?:at[ \t]+[A-Z][\\w'\u2019-]*(?:[ \t]+[A-Z][\\w'\u2019-]*)?[ \t]+)?(?:that|this)[ \t]+(?:morning|afternoon)\\b`,
  "gi",
);

/** A team, unit or desk named for the casework it does: "the Victim Contact team (Kieran, Sasha)",
 * "on the MASH reception desk", "our child abuse investigation unit". Where staff work, not
 * wording about anyone; a case person's own service is told by what it does for them. */
const UNIT_NAMED_FOR_CASEWORK = /\b(?:the|our|your)[ \t]+(?:[A-Za-z][\w'\u2019&-]*[ \t]+){0,4}?(?:team|unit|desk|hub|reception|office|department|mailbox|inbox)s?\b/gi;

/** The prison as a workplace staff come from or go to: "the people coming from the prison will be
 * me, SO Nathan Crabtree …", "see you at the prison". A prisoner is "in prison", "released from prison". */
const PRISON_AS_WORKPLACE = /\b(?:from|at)[ \t]+the[ \t]+prison\b/gi;

/** A day spent in court, as staff spend it: "Abi's in court all day Wednesday", "he's in court
 * that day", "she's on duty in court", "he'll take the Crown Court days" (a defendant's hearing is told by what happens at it). */
const STAFF_DAY_IN_COURT = /\b(?:['\u2019]s|is|will[ \t]+be|was)[ \t]+(?:in|at)[ \t]+court[ \t]+(?:all[ \t]+day|that[ \t]+day)\b|\b(?:take|takes|taking|took|cover|covers|covering|covered|do|does|doing)[ \t]+the[ \t]+(?:crown|magistrates['\u2019]?|youth)[ \t]+court[ \t]+(?:days?|sittings?|lists?|duty|duties|rota)\b|\bon[ \t]+(?:court[ \t]+duty|duty[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?:[A-Za-z']+[ \t]+)?courts?)\b/gi;

/** Printed matter about a subject, brought to a stall or handed out: "the unpaid work leaflets",
 * "posters on county lines". A topic, not case wording about anyone. */
const PRINTED_MATERIAL = /\b(?:the|our|some|your)[ \t]+(?:[a-z-]+[ \t]+){1,2}(?:leaflets|posters|flyers|booklets)\b|\b(?:leaflets|posters|flyers|booklets)[ \t]+(?:on|about)[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+/gi;

/** The writer asking about their own records: "please update my address", "my NI number", "I've
 * moved", "I'm moving into the borough", "we finally got the keys", "my council tax account", "I've updated my home address", "notice on my tenancy", "my forwarding address", "please
 * add my partner as a named driver" (to my policy), "add her to my car insurance". */
export const OWN_RECORDS =
  /\b(?:(?:update|change|amend|correct|add|remove)[ \t]+my|my[ \t]+(?:(?:car|motor|home|house|contents|travel|pet|van)[ \t]+)?(?:details|records?|policy|insurance|mortgage|death[ \t]+grant|beneficiar(?:y|ies)|nominations?|(?:(?:new|old|previous|current|forwarding|postal)[ \t]+)?(?:home[ \t]+)?address|tenancy|lease|national insurance|ni number|nino|nhs number|date of birth|(?:(?:last|latest|recent)[ \t]+(?:\w+[ \t]+)?)?payslips?|pension|tax code|registration|membership|medical[ \t]+records?|gp[ \t]+records?|fit[ \t]+note|sick[ \t]+note)|(?:find|locate|access)[ \t]+my[ \t]+records?|(?:a|another|further)[ \t]+(?:fit|sick)[ \t]+note|(?:I|we)(?:['\u2019]ve| have)?(?:[ \t]+(?:finally|just))?[ \t]+(?:moved|relocated)|(?:I|we)(?:['\u2019](?:m|re)| am| are)[ \t]+(?:moving|relocating)|I(?:['\u2019]ve| have)[ \t]+(?:updated|changed)[ \t]+my|my[ \t]+(?:[\w-]+[ \t]+){0,3}account|(?:we|I)[ \t]+(?:finally[ \t]+)?got[ \t]+the[ \t]+keys)\b/i;
/** Someone else the writer may be writing about: a pronoun, a case person, "my client". */
export const SOMEONE_ELSE = /\b(?:he|she|him|his|her|hers|himself|herself|person on probation|pop)\b/i;
/** A labelled line up to a value: "National Insurance number: ", "Old address: ", "Home address
 * (from 1 December): ", "New address from 1 November: ". */
export const LABELLED_LINE = /^[ \t]*(?:[-*\u2022][ \t]*)?[A-Za-z][A-Za-z0-9 .'\u2019()/&-]{0,40}(?:\([^()\n:]{1,30}\)[ \t]*)?:/;

/** A service's Title-Case name holding a person word: "Children's Social Care", "Young People's
 * Service", "Patient Advice and Liaison Service", "the Children's Front Door". Where the writer works, not a case person. */
export const SERVICE_WITH_PERSON_WORD = /\b[A-Z][a-z]+(?:['\u2019]s)?(?:[ \t]+(?:(?:and|in|of|for)[ \t]+)?[A-Z][\w'\u2019&-]*)*[ \t]+(?:in[ \t]+)?(?:Care|Services?|Team|Department|Directorate|Trust|Unit|Hub|Front[ \t]+Door|Gateway|Partnership|Board|service|team)\b/g;

/** A staff job named for the people it serves ("our police offender manager", "a victim liaison
 * officer", "the young people's worker"): a colleague's post, no case person. */
export const JOB_FOR_PERSON_WORD = /\b(?:offenders?|victims?|young[ \t]+people['\u2019]?s?|children['\u2019]?s?|famil(?:y|ies)|patients?|clients?|prisoners?)[ \t]+(?:managers?|liaison[ \t]+officers?|workers?|officers?|leads?|co-?ordinators?|champions?|navigators?|practitioners?|advocates?|nurses?)\b/gi;

/** A form or record named for its kind of person ("your new patient form", "the tenant portal"): the
 * writer filling it in is that person, no one else. */
export const FORM_FOR_PERSON_WORD = /\b(?:new[ \t]+)?(?:patient|tenant|pupil|member)[ \t]+(?:forms?|registration|questionnaire|portal)\b/gi;

/** The writer's own past ("my asthma as a child", "a bad experience as a kid"): no child of anyone's. */
export const AS_A_CHILD = /\bas[ \t]+an?[ \t]+(?:child|kid|teenager|baby)\b/gi;

/** Staff running casework, which tells of no case: "our session on MAPPA", "Tom is chairing a child protection conference
 * that morning", "she's minuting the MAPPA panel", "how to run a strategy discussion", "The MAPPA meetings are all on Teams now",
 * a job named for casework ("the office's Known Persons Check lead"), a seat at a panel no family sits on ("sat on the Chesterfield MARAC"),
 * a court duty ("Court duty, Chesterfield Magistrates'"). */
export const STAFF_RUNNING_CASEWORK =
  /\b(?:(?:any|all|the|our|your|outstanding)[ \t]+(?:KPC|known[ \t]+persons?[ \t]+check)[ \t]+(?:returns|responses|requests|replies)\b|(?:the[ \t]+)?(?:(?:child[ \t]+protection|strategy|MAPPA|MARAC|IOM)[ \t]+)?(?:conferences|meetings|reviews|panels|discussions|core[ \t]+groups)[ \t]+(?:[A-Z][\w'\u2019-]*|she|he|they|I)[ \t]+(?:was|were|is|are|had[ \t]+been|has[ \t]+been)[ \t]+(?:invited|booked|due)[ \t]+(?:to|for|on)\b|deputi[sz](?:e|es|ed|ing)[ \t]+for[ \t]+(?:me|us|him|her|them|[A-Z][\w'\u2019-]*)[ \t]+(?:at|on)[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,3}(?:MARAC|MAPPA|panel|conference|meeting)s?\b|(?:his|her|their|my|our)[ \t]+(?:[\w-]+[ \t]+){0,4}(?:reports|cases|caseload|visits|meetings|conferences|reviews|duties)[ \t]+(?:are|is|will[ \t]+be)[ \t]+(?:now[ \t]+)?(?:with|covered|going[ \t]+to)\b|(?:the|our)[ \t]+(?:MAPPA|MARAC|strategy|core[ \t]+group|child[ \t]+protection)[ \t]+(?:meetings|panels|conferences|discussions)[ \t]+(?:are|were|will[ \t]+be|have[ \t]+(?:all[ \t]+)?(?:moved|gone))[ \t]+(?:all[ \t]+)?(?:on[ \t]+Teams|online|virtual|hybrid|in[ \t]+person|back[ \t]+in)\b|(?:our|the|a|an)[ \t]+(?:[\w-]+[ \t]+)?(?:session|workshop|briefing|presentation|input|module|training)[ \t]+(?:on|about|covering)[ \t]+(?:the[ \t]+)?(?:MAPPA|MARAC|MASH|IOM|KPCs?|RtCNs?|CSE|CCE)\b|(?:chair(?:s|ed|ing)?|minut(?:es|ed|ing)|(?:present(?:s|ed|ing)|to[ \t]+present)[ \t]+at|run|runs|ran|running|lead|leading|facilitating)[ \t]+(?:a|an|the|two|three|his|her|their|my|our)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:conferences?|meetings?|panels?|reviews?|discussions?|core[ \t]+groups?)\b|(?:Known[ \t]+Persons?[ \t]+Checks?|KPCs?|MARAC|MAPPA|MASH|IOM|strategy[ \t]+meetings?|child[ \t]+protection|safeguarding)[ \t]+(?:lead|co-?ordinator|champion|administrator|chair|officer|manager)\b|(?:sat|sits|sit|sitting)[ \t]+on[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){0,3}(?:MARAC|MAPPA)\b|(?:KPCs?|RtCNs?|referrals|strategy[ \t]+discussions)[ \t]+(?:we|I)(?:['\u2019]ve|[ \t]+have)?[ \t]+(?:sent|made|done|booked|requested)(?:[ \t]+(?:to[ \t]+)?you)?\b|court[ \t]+duty[ \t]*[,:(\u2013-]?[ \t]*(?:at[ \t]+)?(?:[A-Z][\w'\u2019-]*[ \t]+){0,3}(?:Magistrates['\u2019]?|Crown|Youth|Family|County)(?:[ \t]+Courts?)?)/gi;

/** "now that I've been diagnosed", "so that nobody is caught off guard": a "that" joining clauses, reporting no one. */
export const THAT_AS_CONJUNCTION = /\b(?:now|so|such|given|seeing|provided|providing)[ \t]+that\b/gi;

/** Right before case words, a qualification in them: "her PQ in domestic abuse practice", "a diploma in child protection". */
export const QUALIFICATION_BEFORE = /\b(?:PQ|qualification|degree|diploma|certificate|masters|MSc|MA|BA|module|accreditation|specialism|apprenticeship)[ \t]+in[ \t]+$/i;

/** Parental leave: said of an employee, so colleague wording, beside a life event told apart from it
 * ("welcomed baby Isla … Dawn's maternity leave"); alone it is both and proves neither. */
export const PARENTAL_LEAVE = /\b(?:maternity|paternity|adoption|shared parental) leave\b/i;
/** After a birth told as news: "the baby", "mum and baby are both home" (the colleague and her baby). */
export const THE_BABY = /\bthe[ \t]+baby\b|\b(?:mum|mother)[ \t]+and[ \t]+(?:the[ \t]+)?baby\b|\bbaby[ \t]+and[ \t]+(?:mum|mother)\b/gi;
