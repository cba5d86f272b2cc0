/**
 * Terms for the special categories of personal data (UK GDPR art. 9: health, sex life and
 * sexual orientation, racial or ethnic origin, religious or philosophical belief, genetic and
 * biometric data) and criminal-offence data (art. 10). Lower-case, one phrase a line of the
 * lists below. "Strong" terms name a fact about a person whenever a person is in the sentence;
 * "weak" terms are everyday words too (depression, faith, Asian, trans, assault) and count only
 * right after a word that ties them to someone ("diagnosed with", "is", "convicted of", "her").
 */

export type Strength = "strong" | "weak";

const HEALTH_STRONG = [
  "schizophrenia", "schizophrenic", "schizoaffective disorder", "bipolar", "bipolar disorder", "psychosis", "psychotic episode",
  "ptsd", "post-traumatic stress disorder", "post traumatic stress disorder", "personality disorder",
  "emotionally unstable personality disorder", "borderline personality disorder", "eupd", "bpd", "adhd", "autism",
  "autistic spectrum disorder", "autism spectrum disorder", "asd", "asperger's", "aspergers", "dementia", "alzheimer's",
  "parkinson's", "parkinson's disease", "huntington's disease", "crohn's disease",
  "epilepsy", "diabetes", "cancer", "hiv", "hiv positive", "aids", "hepatitis", "hepatitis b", "hepatitis c", "hep b", "hep c", "tuberculosis",
  "sickle cell", "cerebral palsy", "down syndrome", "down's syndrome", "foetal alcohol syndrome", "fetal alcohol syndrome",
  "self-harm", "self harm", "self-harming", "self harming", "suicidal", "suicidal ideation", "suicidal thoughts",
  "suicide attempt", "attempted suicide", "overdose", "overdosed", "eating disorder", "anorexia", "bulimia",
  "learning disability", "learning disabilities", "learning difficulties", "mental illness", "mental health condition",
  "mental health problems", "mental health issues", "mental health difficulties", "mental health crisis",
  "mental health act", "sectioned", "psychiatric", "psychiatric ward", "psychiatrist", "antidepressants",
  "antipsychotics", "antipsychotic medication", "methadone", "heroin", "crack cocaine", "cocaine", "cannabis use",
  "substance misuse", "substance use", "drug misuse", "drug use", "drug addiction", "drug dependency", "alcohol misuse",
  "alcohol dependency", "alcohol dependence", "alcoholism", "alcoholic", "addiction", "detox", "opiate", "opiates",
  "community mental health team", "cmht", "camhs", "crisis team", "home treatment team", "early intervention in psychosis",
  "drug and alcohol service", "drug and alcohol services", "sexual health clinic", "gum clinic", "chlamydia",
  "gonorrhoea", "syphilis", "sexually transmitted infection", "sti", "pregnant", "miscarriage", "termination of pregnancy",
  "terminal illness", "terminally ill", "chemotherapy", "dialysis", "brain injury", "acquired brain injury",
  "mental health service", "mental health services", "mental health team", "mental health nurse",
  "mental health worker", "psychiatric nurse", "cannabis", "amphetamine", "spice", "ketamine",
  // Medicines named for psychosis, mood disorders and opioid dependence: "my olanzapine" says the illness.
  "olanzapine", "risperidone", "quetiapine", "aripiprazole", "clozapine", "haloperidol", "depot injection", "lithium",
  // Detention under the Mental Health Act told by its section: "he was detained under section 2".
  "detained under section", "detained under the mental health act",
  "buprenorphine", "subutex", "naltrexone",
  "eating disorders", "eating disorders team", "eating disorder service", "eating disorders service",
  // Medicines named for depression and ADHD: "the fluoxetine box", "his Ritalin".
  "fluoxetine", "sertraline", "citalopram", "mirtazapine", "venlafaxine", "methylphenidate", "ritalin", "concerta", "elvanse",
  // Medicines named for epilepsy: "Ruby's levetiracetam" says the condition.
  "levetiracetam", "keppra", "sodium valproate", "epilim", "lamotrigine", "carbamazepine", "epileptic",
  // Self-harm and drug use told as what someone does: "she's been cutting her arms again", "using crack again".
  "cutting herself", "cutting himself", "cutting themselves", "cutting her arms", "cutting his arms", "cutting her legs", "cutting his legs", "been cutting again", "using crack", "smoking crack", "using heroin",
  // Self-harm told as done, and in custody's words: "tied a ligature", "he was already on an ACCT" (a
  // prison's care plan for someone at risk of suicide or self-harm).
  "self-harmed", "self harmed", "tied a ligature", "ligatured", "on an acct", "opened an acct", "acct opened",
  // Treatment a court orders: "he's on a community order with a drug rehabilitation requirement".
  "drug rehabilitation requirement", "alcohol treatment requirement", "mental health treatment requirement",
  "panic attacks",
];

const HEALTH_WEAK = [
  "depression", "postnatal depression", "post-natal depression", "postpartum depression", "depressed", "anxiety", "mental health", "disability", "disabled", "medication", "treatment",
  "stroke", "asthma", "ocd", "paranoia", "hearing voices", "low mood", "pregnancy", "diagnosis",
  // Not strong: "autistic children" is a group, "he's autistic" is tied by its subject.
  "autistic",
  // Not strong: police seize drugs ("cash and drug seizures").
  "seizure", "seizures",
  // Not strong: contracts and tenancies end by termination too ("Mum had a termination" is tied by its subject).
  "termination", "abortion",
  // An adult's care needs as social care writes them: "given his memory problems, the hoarding …".
  "memory problems", "memory loss", "hoarding", "lacks capacity", "lacked capacity", "capacity assessment",
];

const SEXUAL = [
  "sexual orientation", "gay", "lesbian", "bisexual", "homosexual", "transgender", "trans", "non-binary",
  "gender identity", "gender reassignment", "sex worker", "sex work", "prostitution", "sexual relationship",
];

const RELIGION = [
  "muslim", "christian", "jewish", "sikh", "hindu", "buddhist", "catholic", "roman catholic", "protestant",
  "jehovah's witness", "jehovah's witnesses", "religion", "religious beliefs", "religious belief", "faith",
  "islam", "judaism", "sikhism", "hinduism", "mosque", "synagogue", "gurdwara", "church", "temple",
];

const ETHNICITY = [
  "ethnicity", "ethnic origin", "ethnic background", "racial origin", "race", "black british", "white british",
  "british asian", "asian", "black", "mixed race", "mixed heritage", "dual heritage", "gypsy", "roma", "romany",
  "traveller", "irish traveller", "gypsy roma traveller", "pakistani heritage", "african caribbean",
  "afro-caribbean", "caribbean heritage", "bangladeshi heritage", "indian heritage", "kurdish heritage",
];

const BIOMETRIC_STRONG = [
  "dna sample", "dna samples", "dna profile", "dna test", "fingerprints", "biometric data", "biometrics",
  "genetic condition", "genetic disorder", "genetic test", "genetic testing", "facial image",
];

const BIOMETRIC_WEAK = ["dna", "fingerprint", "biometric", "genetic", "facial recognition"];

const OFFENCE_STRONG = [
  "sexual assault", "rape", "raped", "murder", "manslaughter", "grievous bodily harm", "gbh", "actual bodily harm",
  "abh", "wounding", "wounding with intent", "robbery", "burglary", "arson", "domestic abuse", "domestic violence",
  "coercive control", "coercive and controlling behaviour", "controlling or coercive behaviour", "stalking",
  "indecent images", "indecent images of children", "child sexual exploitation", "child sexual abuse", "cse",
  "grooming", "sexual activity with a child", "sexual communication with a child", "indecent exposure",
  "voyeurism", "child cruelty", "child neglect", "modern slavery", "human trafficking", "trafficking",
  "terrorism", "threats to kill", "kidnap", "kidnapping", "false imprisonment", "possession with intent to supply",
  "supply of class a drugs", "supply of controlled drugs", "drug dealing", "drink driving", "drink-driving",
  "criminal damage", "affray", "harassment", "sex offender", "sex offenders register", "sex offenders' register",
  "registered sex offender", "sexual harm prevention order", "shpo", "restraining order", "non-molestation order",
  "child protection register", "child protection plan", "previous convictions", "criminal record", "convictions",
  "conviction", "offensive weapon", "bladed article", "possession of a knife", "fraud", "shoplifting", "theft",
  // The offence's name in law and in recorded-crime categories: "the person" here is no one.
  "theft from the person",
  "possession of cannabis", "possession of drugs", "possession of a controlled drug", "county lines",
  // Carrying a blade is an offence told without its legal name: "a report he was carrying a knife".
  "carrying a knife", "carrying knives", "carrying a blade", "carrying a weapon",
  // A blade named for what it is, or someone found with one: "stopped … with a lock knife".
  "lock knife", "flick knife", "zombie knife", "with a knife",
  "criminal exploitation", "child criminal exploitation", "cce", "drug offences", "violent offences",
  "sexual offences", "sexual offence", "violent offence",
  // Offences named by whom they harm: "on licence until 2028 for offences against children".
  "offences against children", "offence against a child", "offences against a child", "offences against women",
];

const OFFENCE_WEAK = ["assault", "assaulted", "abuse", "violence", "offence", "offences", "offending", "neglect", "exploitation",
  // The offence behind a sentence, tied to someone: "his index offence".
  "index offence"];

/** Whether a span found names an offence (art. 10 data) rather than health, belief or origin:
 * an offence makes its subject a case person whoever they are related to. */
const OFFENCE_WORDS = new RegExp(`\\b(?:${OFFENCE_STRONG.concat(OFFENCE_WEAK).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\b`, "i");
export function namesOffence(text: string): boolean {
  return OFFENCE_WORDS.test(text);
}

export interface Term {
  words: string[];
  strength: Strength;
  /**
   * Written in capitals before another capitalised word, the term is part of the name of a thing
   * (a scheme, a body, an event: "a Disability Confident Leader", "the Faith Forum"). Not for
   * origins: "Asian British", "Black Caribbean" are one description of a person.
   */
  startsNames: boolean;
}

function terms(list: readonly string[], strength: Strength, startsNames = true): Term[] {
  const out: Term[] = [];
  for (const phrase of list) out.push({ words: phrase.split(" "), strength, startsNames });
  return out;
}

/** All terms by first word, longest first so "hiv positive" wins over "hiv". */
export const TERMS_BY_FIRST: Map<string, Term[]> = (() => {
  const all = terms(HEALTH_STRONG, "strong")
    .concat(terms(HEALTH_WEAK, "weak"))
    .concat(terms(SEXUAL, "weak"))
    .concat(terms(RELIGION, "weak"))
    .concat(terms(ETHNICITY, "weak", false))
    .concat(terms(BIOMETRIC_STRONG, "strong"))
    .concat(terms(BIOMETRIC_WEAK, "weak"))
    .concat(terms(OFFENCE_STRONG, "strong"))
    .concat(terms(OFFENCE_WEAK, "weak"));
  const map = new Map<string, Term[]>();
  for (const t of all) {
    const first = t.words[0] as string;
    const list = map.get(first);
    if (list) list.push(t);
    else map.set(first, [t]);
  }
  map.forEach((list) => list.sort((a, b) => b.words.length - a.words.length));
  return map;
})();

/**
 * Words that tie a term to a person when they come right before it; the span grows left over
 * them, as the corpus labels "a diagnosis of schizophrenia" and "arrested for domestic abuse".
 */
export const LEAD_INS = new Set(
  (
    "a an the of with for from diagnosis diagnosed history convicted conviction convictions arrested charged " +
    "cautioned sentenced suspected alleged allegation allegations suffers suffering treated treatment receiving " +
    "receives under is was are am i'm i\u2019m has had have known to be being identifies identify as practising practicing " +
    "devout committed previous offence offences offending disclosed reported victim perpetrator accused " +
    "severe chronic acute mild long-term ongoing clinical significant serious suspected possible quite very really extremely bad " +
    "current regular usual daily " +
    "and or including " +
    "she he they her his their him them my"
  ).split(" "),
);

/** Lead-ins that make a weak term count ("she is gay", "diagnosed with depression", "her faith"). */
export const TIES = new Set(
  (
    "diagnosis diagnosed history convicted conviction convictions arrested charged cautioned sentenced suspected " +
    "alleged allegation allegations suffers suffering treated treatment receiving receives is was are am i'm i\u2019m identifies " +
    "identify practising practicing devout offence offences her his their my victim perpetrator accused"
  ).split(" "),
);

/** Subject pronouns whose 's is "is" or "has", never a possessive ("he's", "she's"): a tie, as "is" is. */
export const CONTRACTS_IS = new Set(["he", "she"]);

/** Words in a sentence that show it is about a person. */
export const PERSON_WORDS = new Set(
  (
    "she he they her his their him them herself himself themselves mother father mum dad child son daughter " +
    "partner baby brother sister client patient offender victim perpetrator defendant person pupil boy girl man " +
    "woman individual subject diagnosed convicted arrested charged cautioned sentenced disclosed"
  ).split(" "),
);
