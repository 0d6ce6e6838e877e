//! Word lists the quote finder consults: speech verbs with their inflections, titles that
//! are stripped from names, role nouns that make a description a possible speaker, pronouns,
//! and the media list (`media.txt` plus [`QuoteConfig::extra_media`](super::QuoteConfig)).
//!
//! Every table is built once per process (`OnceLock`) so a call to `extract_quotes` never
//! rebuilds or recompiles anything; only the user's extra media are added per call.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// How a speech verb is inflected where it was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// "say", "warn": present plural or infinitive.
    Base,
    /// "says", "warns".
    Present3,
    /// "said", "warned" (also the past participle).
    Past,
    /// "saying", "adding": a participle that borrows its clause's subject.
    Ing,
}

/// What a verb's complement looks like, which decides where a reported span starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum VerbClass {
    /// Takes a clause ("said that …"): the span is the clause.
    Clause,
    /// Evaluates an object ("lauded the move", "denied the allegations that …"): the span is
    /// the verb phrase, because the verb itself carries the stance.
    Eval,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Verb {
    pub lemma: &'static str,
    pub form: Form,
    pub class: VerbClass,
}

/// Lemmas with irregular forms: (lemma, past, present3, ing).
const IRREGULAR: &[(&str, &[&str], &str, &str)] = &[
    ("say", &["said"], "says", "saying"),
    ("tell", &["told"], "tells", "telling"),
    ("write", &["wrote", "written"], "writes", "writing"),
    ("admit", &["admitted"], "admits", "admitting"),
    ("aver", &["averred"], "avers", "averring"),
    ("quip", &["quipped"], "quips", "quipping"),
    ("brag", &["bragged"], "brags", "bragging"),
    ("slam", &["slammed"], "slams", "slamming"),
    ("cast", &["cast"], "casts", "casting"),
    ("sum", &["summed"], "sums", "summing"),
    ("shoot", &["shot"], "shoots", "shooting"),
    // (No -ing form: "speaking on condition of anonymity" is no view; "spoken" neither.)
    ("speak", &["spoke"], "speaks", ""),
];

/// Verbs that report speech, with those of `MARKED_COMPLEMENT`. Present-tense forms that are
/// more often nouns ("reports", "claims", "notes", "calls", "posts", "states") are left out by
/// `AMBIGUOUS_PRESENT`.
const CLAUSE_VERBS: &[&str] = &[
    "say",
    "tell",
    "warn",
    "argue",
    "stress",
    "insist",
    "note",
    "claim",
    "declare",
    "announce",
    "tweet",
    "vow",
    "threaten",
    "caution",
    "acknowledge",
    "admit",
    "explain",
    "complain",
    "predict",
    "suggest",
    "reply",
    "respond",
    "answer",
    "ask",
    "quip",
    "scoff",
    "concede",
    "contend",
    "assert",
    "remark",
    "pledge",
    "promise",
    "emphasise",
    "emphasize",
    "retort",
    "point",
    "boast",
    "brag",
    "joke",
    "shout",
    "exclaim",
    "mutter",
    "whisper",
    "murmur",
    "grumble",
    "confide",
    // "«…», Dr. Krenn sums up": only with "up" (see `attribute`).
    "sum",
    "opine",
    // "She doubts that …": only before "that", "whether" or "if" (see `attribute`).
    "doubt",
    // "wondered whether …", "wondered aloud if …": only before those (see `attribute`).
    "wonder",
    "interject",
    // "shot back that …", "fired back: …": only with "back" (see `attribute`).
    "shoot",
    "fire",
];
const EVAL_VERBS: &[&str] = &[
    "deny",
    "welcome",
    "condemn",
    "laud",
    "praise",
    "describe",
    "dismiss",
    "reject",
    "hail",
    "criticise",
    "criticize",
    "accuse",
    "urge",
    "call",
    "slam",
    "applaud",
    "decry",
    "denounce",
    "ridicule",
    "mock",
    "dub",
    "brand",
    "label",
    "term",
    "characterise",
    "characterize",
    "blame",
    "commend",
    "lament",
    "defend",
    "question",
    "blast",
    "express",
    "voice",
    "endorse",
    // "thanked neighbouring states for their patience".
    "thank",
    "deride",
    "lambast",
    "castigate",
    "excoriate",
    "assail",
    "salute",
    "scorn",
    // "cast doubt on …", "raised concerns about …": only before a word of doubt or worry
    // (see `attribute`); "cast a vote", "raised taxes" are no words.
    "cast",
    "raise",
    // "portrayed the drawdown as a victory", "painted it as …", "framed the decision as …":
    // only with "as" after the object (see `attribute`).
    "portray",
    "paint",
    "frame",
    // "pushed back on the idea that …": only with "back on" or "back against" (see
    // `attribute`); "pushed back the date" is no view.
    "push",
    // "brushed aside claims that …", "brushed off the threats": only with "aside" or "off"
    // (see `attribute`).
    "brush",
    // "spoke of a “capitulation”": only with "of" and a quote a few words on (see
    // `extract::tokenize`); "spoke to reporters", "spoke of his childhood" name no view.
    "speak",
];
const AMBIGUOUS_PRESENT: &[&str] = &[
    "reports",
    "charges",
    "answers",
    "claims",
    "notes",
    "calls",
    "posts",
    "states",
    "tweets",
    "terms",
    "labels",
    "brands",
    "praises",
    "promises",
    "pledges",
    "remarks",
    "replies",
    "responds",
    "mocks",
    "welcomes",
    "recalls",
    "questions",
    "blasts",
    "voices",
    "demands",
    "thanks",
    "estimates",
];

/// Words that may follow a quote in inverted order ("…," said X).
pub(crate) const INVERTIBLE: &[&str] = &[
    "say", "add", "ask", "reply", "respond", "answer", "write", "explain", "insist", "warn",
    "note", "declare", "quip", "scoff", "tweet", "post", "continue", "recall", "retort", "concede",
    "argue",
];

/// Title and rank words, stripped from a person's name ("Deputy Defense Minister Nikolai
/// Pankov" → "Nikolai Pankov"). Lowercase; abbreviations keep their period.
const TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "state",
    "deputy",
    "defense",
    "defence",
    "foreign",
    "interior",
    "finance",
    "home",
    "general",
    "gen.",
    "lt.",
    "col.",
    "maj.",
    "capt.",
    "sgt.",
    "adm.",
    "brig.",
    "cmdr.",
    "cpl.",
    "pvt.",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "prof.",
    "sen.",
    "rep.",
    "gov.",
    "rev.",
    // "Rt. Rev. Dr. Clement Almeida", "the Rt. Hon. …": "Right".
    "rt.",
    "lt",
    "gen",
    "col",
    "maj",
    "capt",
    "sgt",
    // Without the period, as British and South Asian papers write them ("Brig (retd) X").
    "brig",
    "adm",
    "cmdr",
    "cpl",
    "pvt",
    "dr",
    "mr",
    "mrs",
    "ms",
    // French honorifics and titles, common in news from francophone capitals ("S.E." is
    // "His Excellency").
    "mme",
    "mme.",
    "député",
    "députée",
    "s.e.",
    // South Asian and diplomatic honorifics: "Shri X", "Smt. X", "H.E. Mr. X", "Hon. X".
    "shri",
    "shrimati",
    "smt",
    "smt.",
    "h.e.",
    // "Col. Ma. Teresa Villaruel": the Filipino short form of Maria, read as a title so the
    // name is the one used later ("Villaruel", "Teresa Villaruel").
    "ma.",
    // "His Excellency Henrik Falstedt", "His Eminence …": the style, not the name.
    "excellency",
    "eminence",
    "highness",
    "majesty",
    "holiness",
    // West African and other honorifics before a name: "Alhaji Ibrahim Garba", "Comrade
    // Sunday Bitrus", "HRH Yohanna Pwajok", "Pastor Grace Dung".
    "alhaji",
    "alhaja",
    "hajia",
    "hajiya",
    "mallam",
    "malam",
    "comrade",
    "hrh",
    "h.r.h.",
    "oba",
    // A traditional ruler: "HRH Igwe Christopher Nwankwo-Ede".
    "igwe",
    "pastor",
    "barrister",
    "engr",
    "engr.",
    "barr.",
    "alh",
    "alh.",
    "amb",
    "amb.",
    "supt",
    "supt.",
    "dame",
    "rabbi",
    "hon",
    "hon.",
    // "Sgt. 1st Class Maria Okonjo": the rank's last word.
    "class",
    "mlle",
    "mlle.",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "ombudsman",
    "ombudswoman",
    "ombudsperson",
    "spokesperson",
    "chief",
    "commander",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "head",
    "leader",
    "senator",
    "congressman",
    "congresswoman",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "emir",
    "ayatollah",
    "pope",
    "mayor",
    // A US county's elected lawman and council members: "Reyes County Sheriff Ruben
    // Escalante", then "the sheriff".
    "sheriff",
    "councilman",
    "councilwoman",
    "alderman",
    "alderwoman",
    "governor",
    "secretary-general",
    "undersecretary",
    "under-secretary",
    "assistant",
    "special",
    "representative",
    "national",
    "security",
    "adviser",
    "advisor",
    "officer",
    "colonel",
    "major",
    "captain",
    "sergeant",
    "lieutenant",
    "admiral",
    "marshal",
    "brigadier",
    "field",
    "staff",
    "justice",
    "attorney",
    "speaker",
    "chancellor",
    "premier",
    "president-elect",
    "lord",
    "sir",
    "reverend",
    "judge",
    "coordinator",
    "counsellor",
    "counselor",
    "consul",
    "commissioner",
    "former",
    "acting",
    "senior",
    "top",
    "opposition",
    "lawmaker",
    // "Democratic Progressive Party (DPP) Legislator Hsu Ching-wen", "Assemblyman Tom Reyes".
    "legislator",
    "assemblyman",
    "assemblywoman",
    "sen",
    "rep",
    "gov",
    "prof",
    // "Defense Sec. Alfredo Macaraeg".
    "sec.",
    // Swahili honorifics: "Mzee Lekishon Saitoti", "Mheshimiwa Chepkoech", "Mama Rehema
    // Achieng", "Bwana Otieno".
    "mzee",
    "mheshimiwa",
    "mama",
    "bwana",
    // Ireland's deputy prime minister and prime minister.
    "tánaiste",
    "taoiseach",
    "colonel-general",
    "lieutenant-general",
    "major-general",
    "brigadier-general",
    "under-secretary-general",
    // Canadian and British abbreviations: "Retired Lt.-Gen. Mark Thorne".
    "lt.-gen.",
    "maj.-gen.",
    "brig.-gen.",
    "lt.-col.",
    "lieutenant-colonel",
    "vice-admiral",
    "rear-admiral",
    "vice-president",
    "foreign-minister",
    "ret.",
    "imam",
    "cardinal",
    "bishop",
    "archbishop",
    "mullah",
    "grand",
    "supreme",
    "first",
    "lady",
    "cabinet",
    "retired",
    "provincial",
    "regional",
    "district",
    "backbencher",
    // "Cr Dunleavy", "Cllr Ahmed": a councillor's title (Australia, Britain).
    "councillor",
    "councilor",
    "cr",
    "cr.",
    "cllr",
    "cllr.",
    // "Fr Liam Gaffney": a Catholic priest's title.
    "fr",
    "fr.",
];

/// Nouns that can head a description of a speaker ("a commander of …", "Iran's foreign
/// ministry"). Singular forms; plurals are found by dropping a final "s".
/// Local-language offices and ranks, both titles and person nouns: "the mukhtar of Tel
/// Safa", "the wali said".
const LOCAL_OFFICES: &[&str] = &[
    "mukhtar",
    // A francophone province's governor: "Prefect Pierre-Olivier Mbemba", "the prefect".
    "prefect",
    "sub-prefect",
    "préfet",
    "wali",
    "kaymakam",
    "ataman",
    "hetman",
    "mufti",
    "qadi",
    "pasha",
    "headman",
    "patriarch",
];

/// A member of an assembly, by the letters after the name: titles and person nouns both.
const MEMBER_TITLES: &[&str] = &[
    "mp", "mep",
    // An Irish member of the Dáil ("Deputy Mary Lou Kehoe TD", "the Donegal TD").
    "td",
    // Members of other Commonwealth assemblies: a Kenyan county assembly ("Rhamu Ward MCA
    // Ibrahim Gutale", then "The MCA"), Indian and Pakistani state and national ones, the
    // Scottish Parliament, Ontario's.
    "mca", "mla", "mna", "mpa", "msp", "mpp",
];

const PERSON_NOUNS: &[&str] = &[
    "official",
    // "two people familiar with the planning".
    "people",
    "person",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "commander",
    "diplomat",
    "farmer",
    "analyst",
    "adviser",
    "advisor",
    "envoy",
    "ambassador",
    "general",
    "officer",
    "soldier",
    "lawmaker",
    "senator",
    "president",
    "leader",
    "chief",
    "head",
    "member",
    "resident",
    "villager",
    "shopkeeper",
    "source",
    "expert",
    "observer",
    "representative",
    "fighter",
    "insurgent",
    "commentator",
    "professor",
    "scholar",
    "researcher",
    "fellow",
    "director",
    "activist",
    "witness",
    "worker",
    "employee",
    "student",
    "teacher",
    "veteran",
    "widow",
    "mother",
    "father",
    "man",
    "woman",
    "citizen",
    "driver",
    "trader",
    "merchant",
    "mayor",
    "tánaiste",
    "taoiseach",
    // "A Federal Police agent who spent three months in the territory".
    "agent",
    "agents",
    "volunteer",
    "volunteers",
    "sheriff",
    "councilman",
    "councilwoman",
    "alderman",
    "alderwoman",
    "rancher",
    "fishermen",
    "governor",
    "legislator",
    "deputy",
    "secretary",
    "chairman",
    "chairwoman",
    "negotiator",
    "mediator",
    "monitor",
    "aide",
    "staffer",
    "insider",
    "tribesman",
    "elder",
    "cleric",
    "imam",
    "priest",
    "colonel",
    "captain",
    "sergeant",
    "lieutenant",
    "marine",
    "pilot",
    "vendor",
    "owner",
    "baker",
    "nurse",
    "doctor",
    "engineer",
    "contractor",
    "interpreter",
    "translator",
    "refugee",
    "pensioner",
    "politician",
    "strategist",
    "economist",
    "historian",
    "specialist",
    "campaigner",
    "organiser",
    "organizer",
    "militant",
    "rebel",
    "parent",
    "son",
    "daughter",
    "brother",
    "sister",
    "wife",
    "husband",
    "husband",
    "sheikh",
    "chieftain",
    "councillor",
    "councilor",
    "deputy",
    "delegate",
    "prosecutor",
    "judge",
    "lawyer",
    "attorney",
    "counsel",
    "congressman",
    "congresswoman",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "emir",
    "shopowner",
    "landlord",
    "mechanic",
    "fisherman",
    "herder",
    "shepherd",
    "housewife",
    "grandmother",
    "grandfather",
    "youth",
    "protester",
    "demonstrator",
    "survivor",
    "victim",
    "nun",
    "monk",
    "bishop",
    "pastor",
    "rabbi",
    "mullah",
    "ayatollah",
    "coordinator",
    "manager",
    "executive",
    "founder",
    "editor",
    "blogger",
    "user",
    "netizen",
    "commenter",
    "guard",
    "policeman",
    "policewoman",
    "sailor",
    "airman",
    "paratrooper",
    "conscript",
    "reservist",
    "private",
    "corporal",
    "major",
    "admiral",
    "brigadier",
    "marshal",
    "commissioner",
    "inspector",
    "auditor",
    "counsellor",
    "counselor",
    "consul",
    "attache",
    "attaché",
    "chargé",
    "rapporteur",
    "emigre",
    "émigré",
    "militiaman",
    "gunman",
    "partisan",
    "smuggler",
    "contractor",
    "farmworker",
    "labourer",
    "laborer",
    // People named by training, trade or circumstance, without an agent's ending ("The
    // cadet added that …"). Not words that are as often verbs ("recruit", "cook").
    "cadet",
    "trainee",
    "pupil",
    "undergraduate",
    "surgeon",
    "medic",
    "paramedic",
    "academic",
    "constable",
    "detective",
    "tenant",
    "vicar",
    "bureaucrat",
    "magistrate",
    "pundit",
    "columnist",
    "poet",
    "chef",
    "waitress",
    "orphan",
    "migrant",
    "evacuee",
    "candidate",
    "warlord",
    "guerrilla",
    "publican",
    "padre",
    "midwife",
    "chaplain",
    "athlete",
    "ombudsman",
    "ombudswoman",
    "ombudsperson",
    "archbishop",
];
const ORG_NOUNS: &[&str] = &[
    "ministry",
    "palace",
    // "the opposition speaks of a “capitulation”" (a title too: "Opposition leader …").
    "opposition",
    // "The two countries said in a joint communiqué", "the two sides stressed …".
    "countries",
    "sides",
    "government",
    "administration",
    "council",
    "parliament",
    "army",
    "military",
    "embassy",
    "office",
    "department",
    "agency",
    "group",
    "movement",
    "party",
    "coalition",
    "alliance",
    "committee",
    "commission",
    "authority",
    "authorities",
    "regime",
    "militia",
    "command",
    "headquarters",
    "presidency",
    "cabinet",
    "senate",
    "assembly",
    "kremlin",
    "pentagon",
    "spokesperson",
    "statement",
    "union",
    "association",
    "forum",
    "bloc",
    "front",
    "organisation",
    "organization",
    "foundation",
    "institute",
    "centre",
    "center",
    "network",
    "forces",
    "navy",
    "bureau",
    "secretariat",
    "mission",
    "delegation",
    "leadership",
    "court",
    "tribunal",
    "junta",
    "brigade",
    "battalion",
    "division",
    "wing",
    "faction",
    "company",
    "firm",
    "bureau",
    "chamber",
    "observatory",
    "board",
    "community",
    // "the EU's external action service", "the Kremlin press service".
    "service",
    "directorate",
    "legislature",
    "caucus",
    "watchdog",
    "municipality",
    "consulate",
];

/// Nouns for the people who carry words, who are never parties.
const JOURNALIST_NOUNS: &[&str] = &[
    "reporter",
    "journalist",
    "correspondent",
    "presenter",
    "anchor",
    "host",
    "interviewer",
    "moderator",
    "newsreader",
    "editor",
    "newspaper",
    "paper",
    "broadcaster",
    "outlet",
    "newsroom",
];

/// Verbs a hearing's report puts before its witness ("questioning State Secretary Lars
/// Mykland", "the committee grilled Dr Holt").
pub(crate) fn is_questioning_verb(word: &str) -> bool {
    with_lower(word, |w| {
        let stem = w
            .strip_suffix("ing")
            .or_else(|| w.strip_suffix("ed"))
            .or_else(|| w.strip_suffix("es"))
            .or_else(|| w.strip_suffix('s'))
            .unwrap_or(w);
        matches!(
            stem,
            "question"
                | "quizz"
                | "quiz"
                | "grill"
                | "press"
                | "cross-examin"
                | "examin"
                | "interrogat"
        )
    })
}

/// "quoted", as in "The release quoted its director, Leilani Fonoti:": whom a text quotes
/// is who speaks.
pub(crate) fn is_quoting_verb(word: &str) -> bool {
    matches!(word, "quoted" | "quotes" | "quoting")
}

/// A communiqué's verb in the present, after the body that issues it ("The Republic of
/// Marenga notes the decision …"). Not "says" or "calls": "The Pentagon calls this a
/// rebalancing" is someone describing the Pentagon.
pub(crate) fn is_communique_verb(word: &str) -> bool {
    matches!(
        word,
        "notes"
            | "welcomes"
            | "condemns"
            | "deplores"
            | "denounces"
            | "regrets"
            | "expresses"
            | "reaffirms"
            | "reiterates"
            | "affirms"
            | "acknowledges"
            | "recognises"
            | "recognizes"
            | "urges"
            | "rejects"
            | "takes"
            | "expects"
            | "hopes"
            | "stresses"
            | "underlines"
            | "appreciates"
            | "remains"
    )
}

/// A gesture in the past tense that can stand between a speaker and the colon before their
/// words ("the minister laughed: “…”"): the speaker is the phrase before it.
pub(crate) fn is_gesture_verb(word: &str) -> bool {
    matches!(
        word,
        "laughed"
            | "shrugged"
            | "smiled"
            | "sighed"
            | "nodded"
            | "grinned"
            | "frowned"
            | "chuckled"
            | "paused"
            | "smirked"
            | "winced"
            | "scowled"
            | "hesitated"
            | "bristled"
            | "beamed"
            | "snorted"
            | "shrugs"
            | "laughs"
            | "sneered"
            | "fumed"
            | "gloated"
            | "smiles"
            | "sighs"
    )
}

/// Transcript role words that mark a journalist's tag (`PRESENTER: …`).
pub(crate) const JOURNALIST_TAGS: &[&str] = &[
    "ANCHOR",
    "HOST",
    "PRESENTER",
    "CORRESPONDENT",
    "REPORTER",
    "INTERVIEWER",
    "MODERATOR",
    "JOURNALIST",
    "NEWSREADER",
    // A TV reporter's piece to camera: "(STAND-UP) JENNA MARSH, KVRN:".
    "STAND-UP",
    "STANDUP",
    "Q",
];

/// Labels that open a line with a colon but name no speaker (`TRANSCRIPT: "…"`, `UPDATE:`,
/// `Repost:`; a fact check's `CLAIM:` and `VERDICT:`, a newsletter's `Why it matters:`).
const LAYOUT_LABELS: &[&str] = &[
    "TRANSCRIPT",
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "BREAKING NEWS",
    "CORRECTION",
    "CLARIFICATION",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "NOTE",
    "REPOST",
    "HEADLINE",
    "SUBJECT",
    "TOPIC",
    "SLUG",
    "VIDEO",
    "PHOTO",
    "WATCH",
    "READ MORE",
    "SOURCE",
    "SOURCES",
    "BACKGROUND",
    "CONTEXT",
    "LATEST",
    "SUMMARY",
    "RECAP",
    "CLAIM",
    "THE CLAIM",
    "VERDICT",
    "OUR VERDICT",
    "RATING",
    "OUR RATING",
    "FACT CHECK",
    "THE FACTS",
    "BOTTOM LINE",
    "THE BOTTOM LINE",
    "WHY IT MATTERS",
    "THE BIG PICTURE",
    "DRIVING THE NEWS",
    "BETWEEN THE LINES",
    "THE OTHER SIDE",
    "WHAT THEY'RE SAYING",
    "WHAT THEY’RE SAYING",
    "WHAT'S NEXT",
    "WHAT’S NEXT",
    "ZOOM IN",
    "ZOOM OUT",
    "FLASHBACK",
    "GO DEEPER",
    "THE LATEST",
    "CATCH UP QUICK",
    "STATE OF PLAY",
    "YES, BUT",
    // A web story's boxes: "SIDEBAR: ACROSS THE STREET FROM THE EAST GATE".
    "SIDEBAR",
    "FACTBOX",
    "FACT BOX",
    "EXPLAINER",
    "RELATED",
    // A TV script's header and cues: "RUNS: 2:52", "WRITER: N. KOSTER", "OUTCUE: …".
    "RUNS",
    "WRITER",
    "PRODUCER",
    "EDITOR",
    "OUTCUE",
    "OUT CUE",
    "INCUE",
    "IN CUE",
    "SUPER",
    "LOWER THIRD",
    "CHYRON",
    "GFX",
    "DURATION",
    // A transcript's cast list: "PARTICIPANTS: LENA ARKWRIGHT, moderator; …".
    "PARTICIPANTS",
    "PANELLISTS",
    "PANELISTS",
    "PANEL",
    "GUESTS",
    "SPEAKERS",
    "CAST",
    "PRESENT",
    "ATTENDEES",
    "IN THE STUDIO",
];

/// Whether `tag` is one of [`LAYOUT_LABELS`], in any case (no allocation: this runs on every
/// one-word phrase `analyze` sees).
pub(crate) fn is_layout_label(tag: &str) -> bool {
    let tag = tag.trim();
    LAYOUT_LABELS.iter().any(|l| l.eq_ignore_ascii_case(tag))
}

/// Words that begin an adverbial segment rather than a subject ("Following Russia's
/// announcement, …", "While some countries …").
const INTRO: &[&str] = &[
    "after",
    "afterwards",
    "along",
    "although",
    "among",
    "around",
    "as",
    "at",
    // "Back at the Harlan Kitchen, Lee has taped …": a place adverb opening a sentence.
    "back",
    "before",
    "behind",
    "but",
    "by",
    "despite",
    "during",
    "earlier",
    "elsewhere",
    "following",
    "for",
    "frankly",
    "from",
    "however",
    "if",
    "in",
    // Sentence adverbs: "Informally. The governor rang me." opens with no name.
    "informally",
    "inside",
    // Linking adverbs: "Similarly, the Road Transport Workers Union … welcomed …".
    "similarly",
    "likewise",
    "additionally",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "last",
    "later",
    "meanwhile",
    "moreover",
    "nearby",
    "on",
    "once",
    "outside",
    "privately",
    "publicly",
    "separately",
    "since",
    "so",
    "still",
    "then",
    "though",
    "through",
    "under",
    "unlike",
    "until",
    "when",
    "where",
    "whereas",
    "while",
    "with",
    "within",
    "without",
    "yet",
    "yesterday",
    "today",
    "tonight",
    "speaking",
    "asked",
    // Participles opening an adverbial: "Questioned by deputies about …, the minister said".
    "questioned",
    "pressed",
    "quizzed",
    "interviewed",
    "contacted",
    "according",
    "also",
    "instead",
    "nonetheless",
    "nevertheless",
    "indeed",
    "thus",
    "there",
    "here",
    "over",
    "amid",
    "among",
    "against",
    "because",
    "to",
    "who",
    "which",
    "whose",
    "whom",
    "what",
    "that",
    "like",
    "about",
    "into",
    "writing",
    "responding",
    "referring",
    "commenting",
    "citing",
    "addressing",
    "talking",
    "echoing",
    "reacting",
    "noting",
    "across",
    "around",
    "near",
    "outside",
    "inside",
    "upon",
    "via",
    "is",
    "was",
    "were",
    "are",
    "has",
    "had",
    "have",
    "it",
    "this",
    "these",
    "those",
    "such",
    "and",
    "or",
    "nor",
];

/// Subordinators that are cut off the front of the subject segment ("While some countries
/// lauded" → "some countries").
const SUBORDINATORS: &[&str] = &[
    "while",
    "although",
    "though",
    "as",
    "when",
    "whereas",
    "because",
    "since",
    "if",
    "once",
    "until",
    "and",
    "but",
    "yet",
    "so",
    "meanwhile",
    "however",
    "still",
    "also",
];

/// A subject starting with one of these is not one party ("some countries lauded").
const QUANTIFIERS: &[&str] = &[
    "some",
    "many",
    "several",
    "most",
    "few",
    "other",
    "others",
    "both",
    "all",
    "no",
    "any",
    "each",
    "every",
    "various",
    "numerous",
    "countless",
    "more",
    "fewer",
    "one",
    "two",
    "three",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "none",
    "nobody",
    "everyone",
    "someone",
    "anyone",
    "everybody",
    "somebody",
    "anybody",
    "nothing",
    "something",
    "everything",
    "anything",
    // Approximators before a number ("Roughly 1,400 personnel have left"), never a name.
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "barely",
    "virtually",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your",
];

/// Trailing words that are not part of the subject ("the commander reportedly said").
const TRAILING: &[&str] = &[
    "reportedly",
    "also",
    "later",
    "earlier",
    "then",
    "again",
    "previously",
    "once",
    "recently",
    "separately",
    "further",
    "publicly",
    "privately",
    "repeatedly",
    "simply",
    "flatly",
    "quickly",
    "bluntly",
    "angrily",
    "has",
    "had",
    "have",
    "would",
    "will",
    "did",
    "does",
    "had",
    "already",
    "first",
    "last",
    "today",
    "yesterday",
    "tonight",
    "now",
    "on",
    "late",
    "morning",
    "evening",
    "afternoon",
    "night",
    "morning",
    "evening",
    "afternoon",
    "week",
    "month",
    "year",
    "this",
    "however",
    "too",
    "himself",
    "herself",
    "themselves",
    "itself",
    "subsequently",
    "immediately",
    "openly",
    "quietly",
    "firmly",
    "strongly",
    "sharply",
    "swiftly",
    "clearly",
    "herself",
    "even",
    "still",
    "just",
    "never",
    "not",
    "always",
    "often",
    "sometimes",
    "ago",
];

/// Names particles that stay inside a person's name ("Staffan de Mistura", "Haidar
/// al-Samarrai").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "la", "le", "al", "el",
    "bin", "ibn", "abu", "ter", "dos", "das", "y", "ben", "bint", "ould", "st.", "mac", "ul",
];

/// Bodies that speak as such: states and well-known organizations, for party kind only.
const BODIES: &[&str] = &[
    "afghanistan",
    "albania",
    "algeria",
    "america",
    "ankara",
    "argentina",
    "armenia",
    "australia",
    "austria",
    "azerbaijan",
    "baghdad",
    "bahrain",
    "bangladesh",
    "beijing",
    "belarus",
    "belgium",
    "berlin",
    "brazil",
    "britain",
    "bulgaria",
    "cairo",
    "canada",
    "chad",
    "chile",
    "china",
    "colombia",
    "croatia",
    "cuba",
    "cyprus",
    "damascus",
    "denmark",
    "egypt",
    "estonia",
    "ethiopia",
    "europe",
    "finland",
    "france",
    "georgia",
    "germany",
    "greece",
    "hungary",
    "india",
    "indonesia",
    "iran",
    "iraq",
    "ireland",
    "israel",
    "italy",
    "japan",
    "jordan",
    "kabul",
    "kazakhstan",
    "kenya",
    "kosovo",
    "kuwait",
    "latvia",
    "lebanon",
    "libya",
    "lithuania",
    "london",
    "mali",
    "mexico",
    "moldova",
    "morocco",
    "moscow",
    "netherlands",
    "niger",
    "nigeria",
    "norway",
    "oman",
    "pakistan",
    "paris",
    "poland",
    "portugal",
    "qatar",
    "romania",
    "russia",
    "saudi",
    "serbia",
    "seoul",
    "slovakia",
    "somalia",
    "spain",
    "sudan",
    "sweden",
    "switzerland",
    "syria",
    "taiwan",
    "tehran",
    "tokyo",
    "turkey",
    "türkiye",
    "ukraine",
    "venezuela",
    "vietnam",
    "washington",
    "yemen",
    "kyiv",
    "kiev",
    "nato",
    "un",
    "u.n.",
    "eu",
    "e.u.",
    "kremlin",
    "pentagon",
    "taliban",
    "hamas",
    "hezbollah",
    "pkk",
    "ypg",
    "sdf",
    "isis",
    "isil",
    "nusra",
    "wagner",
    "ecowas",
    "asean",
    "opec",
    "who",
    "iaea",
    "unicef",
    "unhcr",
    "icrc",
    "beijing",
    "delhi",
    "islamabad",
    "riyadh",
    "doha",
    "abuja",
    "bamako",
    "niamey",
    "ouagadougou",
    "mogadishu",
    "tripoli",
    "jerusalem",
    "erbil",
    "brussels",
    "vienna",
    "geneva",
    "rome",
    "madrid",
    "warsaw",
    "budapest",
    "prague",
    "athens",
    "manila",
    "hanoi",
    "pyongyang",
    "burkina",
    "faso",
    "congo",
    "rwanda",
    "uganda",
    "tanzania",
    "mozambique",
    "sahel",
];
/// The last word of a body's proper name ("the Homeland Union Party", "the Defense
/// Ministry").
const BODY_SUFFIXES: &[&str] = &[
    "university",
    "palace",
    "force",
    "college",
    "bureau",
    "association",
    "society",
    "board",
    "tribunal",
    "observatory",
    "network",
    "ministry",
    "government",
    "council",
    "party",
    "army",
    "forces",
    "union",
    "office",
    "department",
    "parliament",
    "commission",
    "committee",
    "agency",
    "group",
    "front",
    "movement",
    "alliance",
    "organisation",
    "organization",
    "embassy",
    "command",
    "coalition",
    "kremlin",
    "pentagon",
    "house",
    "nations",
    "assembly",
    "senate",
    "congress",
    "administration",
    "presidency",
    "brigade",
    "brigades",
    "navy",
    "corps",
    "institute",
    "centre",
    "center",
    "foundation",
    "bank",
    "court",
    "league",
    "federation",
    "republic",
    "kingdom",
    "emirates",
    "states",
    "authority",
    "mission",
    "secretariat",
    "cabinet",
    // Units and armed groups named as such ("Halland's Third Lancers", "the Kesh
    // Brothers"): never "he" or "she".
    "regiment",
    "battalion",
    "division",
    "legion",
    "squadron",
    "lancers",
    "rifles",
    "fusiliers",
    "hussars",
    "dragoons",
    "guards",
    "rangers",
    "marines",
    "highlanders",
    "militia",
    "brotherhood",
    "brothers",
];

/// Words that make a proper name an organization wherever they stand in it ("Human Rights
/// Watch", "Amnesty International", "Carter Center for Peace"): never a person's name, so
/// never "he" or "she".
const ORG_NAME_WORDS: &[&str] = &[
    "watch",
    "international",
    "center",
    "centre",
    "institute",
    "foundation",
    "council",
    "committee",
    "ministry",
    "agency",
    "movement",
    "union",
    "alliance",
    "coalition",
    "association",
    "federation",
    "organisation",
    "organization",
    "party",
    "front",
    "network",
    "group",
    "office",
    "league",
    "commission",
    "society",
];

/// Counts that may open a description of speakers ("two diplomats", "one Ilmari official",
/// "several residents"), unlike quantifiers that make a crowd ("some countries").
const COUNTS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
];

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "lt", "gen", "col", "maj", "capt", "sgt", "adm", "brig", "cmdr",
    "cpl", "pvt", "sen", "rep", "gov", "prof", "st", "jr", "sr", "rev", "no", "jan", "feb", "mar",
    "apr", "aug", "sept", "sep", "oct", "nov", "dec", "vs", "etc", "ret", "gov", "inc", "corp",
    "co", "ltd", "mt", "ft", "approx", "est", "fig", "dept", "univ", "smt", "hon", "rt",
    // Nigerian and other Commonwealth titles: "Engr. Musa Bello", "Alh. Sani Dauda", "Amb.
    // Chidi Obi", "Supt. Ada Eze" ("Barr." is a surname too: see `extract::tokenize`).
    "engr", "alh", "amb", "supt", "sec",
];

/// The tables and the party book are keyed by short words and names, where SipHash's setup
/// dominates the cost; FxHash takes them eight bytes at a time.
pub(crate) type Fast = rustc_hash::FxBuildHasher;
type WordSet = HashSet<&'static str, Fast>;

struct Tables {
    /// Every listed word (lowercase, plurals of nouns included) with its flags and verb.
    words: WordTable,
    abbreviations: WordSet,
    media: MediaSet,
    /// Given names borne by one sex (`given_names.txt`): 1 male, 2 female.
    given_names: HashMap<&'static str, u8, Fast>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut verbs: HashMap<String, Verb, Fast> = HashMap::default();
        for (lemmas, class) in [
            (CLAUSE_VERBS, VerbClass::Clause),
            (MARKED_COMPLEMENT, VerbClass::Clause),
            (EVAL_VERBS, VerbClass::Eval),
        ] {
            for &lemma in lemmas {
                let (past, pres, ing) = inflect(lemma);
                let mut put = |w: String, form| {
                    verbs.entry(w).or_insert(Verb { lemma, form, class });
                };
                // Past forms first: "cast" is read as the past it nearly always is in news.
                for p in past {
                    put(p, Form::Past);
                }
                put(lemma.to_string(), Form::Base);
                if !AMBIGUOUS_PRESENT.contains(&pres.as_str()) {
                    put(pres, Form::Present3);
                }
                if !ing.is_empty() {
                    put(ing, Form::Ing);
                }
            }
        }
        let set = |s: &[&'static str]| s.iter().copied().collect::<WordSet>();
        let mut words: HashMap<String, Entry, Fast> = HashMap::default();
        for (w, v) in &verbs {
            words.entry(w.clone()).or_default().verb = Some(*v);
        }
        let mut put = |list: &[&str], f: u32, plural: bool| {
            for &w in list {
                words.entry(w.to_string()).or_default().flags |= f;
                if plural {
                    let mut forms = vec![format!("{w}s"), format!("{w}es")];
                    if let Some(stem) = w.strip_suffix('y') {
                        forms.push(format!("{stem}ies"));
                    }
                    if let Some(stem) = w.strip_suffix("man") {
                        forms.push(format!("{stem}men"));
                    }
                    for p in forms {
                        words.entry(p).or_default().flags |= f;
                    }
                }
            }
        };
        put(TITLES, flag::TITLE, false);
        put(PERSON_NOUNS, flag::PERSON, true);
        put(LOCAL_OFFICES, flag::TITLE, false);
        put(LOCAL_OFFICES, flag::PERSON, true);
        put(MEMBER_TITLES, flag::TITLE, false);
        put(MEMBER_TITLES, flag::PERSON, true);
        put(ORG_NOUNS, flag::ORG, true);
        put(JOURNALIST_NOUNS, flag::JOURNALIST, true);
        put(INTRO, flag::INTRO, false);
        put(SUBORDINATORS, flag::SUBORD, false);
        put(QUANTIFIERS, flag::QUANT, false);
        put(DETERMINERS, flag::DET, false);
        put(TRAILING, flag::TRAILING, false);
        // ("the commander said Monday".)
        put(WEEKDAYS, flag::TRAILING, false);
        put(NAME_PARTICLES, flag::PARTICLE, false);
        put(BODIES, flag::BODY, false);
        put(BODY_SUFFIXES, flag::BODY_SUFFIX, false);
        put(PREPOSITIONS, flag::PREP, false);
        put(NP_BREAKERS, flag::BREAKER, false);
        put(ORG_NAME_WORDS, flag::ORG_NAME, false);
        put(COUNTS, flag::COUNT, false);
        Tables {
            words: WordTable::new(words),
            abbreviations: set(ABBREVIATIONS),
            media: MediaSet::new(include_str!("media.txt").lines()),
            given_names: given_names(include_str!("given_names.txt")),
        }
    })
}

/// The names of `given_names.txt` by section, 1 for `[male]` and 2 for `[female]`.
fn given_names(list: &'static str) -> HashMap<&'static str, u8, Fast> {
    let mut sex = 0;
    let mut names = HashMap::default();
    for line in list.lines().filter(|l| !l.starts_with('#')) {
        match line.trim() {
            "[male]" => sex = 1,
            "[female]" => sex = 2,
            names_line => names.extend(names_line.split_whitespace().map(|n| (n, sex))),
        }
    }
    names
}

/// A name in capitals as written in running text, each word and each part after a hyphen
/// or apostrophe capitalized: "OKONJO-BRANDT" → "Okonjo-Brandt", "O'NEILL" → "O'Neill",
/// "AMINA DIALLO" → "Amina Diallo".
pub(crate) fn capitalized(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut up = true;
    for c in name.chars() {
        if up {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        up = matches!(c, ' ' | '-' | '\'' | '’');
    }
    out
}

/// The sex a given name says ("Janet" 2, "Owen" 1), 0 for a name not listed or used for
/// both. Matched as written, capitalized; a name in capitals ("IRENA", as newsletters set
/// a first mention) as its capitalized form.
pub(crate) fn given_name_gender(name: &str) -> u8 {
    let names = &tables().given_names;
    if let Some(&sex) = names.get(name) {
        return sex;
    }
    match name.chars().nth(1) {
        Some(second) if second.is_uppercase() && !name.contains('.') => {
            names.get(capitalized(name).as_str()).copied().unwrap_or(0)
        }
        _ => 0,
    }
}

/// The word list in a compact form: nearly all words are at most 16 bytes, and those are
/// keyed by their bytes packed into an integer, so a lookup hashes the integer and compares
/// in place, without following a pointer to the key. Words of up to 8 bytes (the common
/// ones) have their own table of 16-byte slots, which stays small and cache-hot.
struct WordTable {
    short: HashMap<u64, PackedEntry, rustc_hash::FxBuildHasher>,
    medium: HashMap<u128, PackedEntry, rustc_hash::FxBuildHasher>,
    long: HashMap<String, PackedEntry, Fast>,
    /// The verbs `PackedEntry::verb` points into.
    verbs: Vec<Verb>,
}

/// An [`Entry`] in 8 bytes: the flags and a 1-based index into `WordTable::verbs`.
#[derive(Clone, Copy)]
struct PackedEntry {
    flags: u32,
    verb: u32,
}

/// Longest word kept in [`WordTable::short`].
const PACKED_LEN: usize = 16;

/// A word's bytes as a `u128` key, when it is short enough; a word with a NUL byte (never
/// listed) is left to the long table, where it is not found, so packing stays one-to-one.
fn pack(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    if b.len() > PACKED_LEN || b.contains(&0) {
        return None;
    }
    let mut buf = [0u8; PACKED_LEN];
    buf[..b.len()].copy_from_slice(b);
    Some(u128::from_le_bytes(buf))
}

/// [`pack`] of the ASCII lowercase of `b`, when `b` is short ASCII (the common word).
/// All sixteen bytes are tested and lowercased at once, as one integer.
fn pack_lower_ascii(b: &[u8]) -> Option<u128> {
    const ONES: u128 = u128::from_le_bytes([1; PACKED_LEN]);
    const HIGHS: u128 = ONES * 0x80;
    if b.len() > PACKED_LEN {
        return None;
    }
    let x = load_le(b);
    if x & HIGHS != 0 {
        return None;
    }
    // A NUL byte inside the word (not in the zero padding after it) is never packed.
    let padding = match 1u128.checked_shl(8 * b.len() as u32) {
        Some(bit) => ONES & !(bit - 1),
        None => 0,
    };
    let y = x | padding;
    if y.wrapping_sub(ONES) & !y & HIGHS != 0 {
        return None;
    }
    // Every byte is below 0x80, so these sums never carry into the next byte: the high bit
    // of a byte is set in the first when it is at least 'A', in the second when it is past
    // 'Z'.
    let at_least_a = x + ONES * (0x80 - u128::from(b'A'));
    let past_z = x + ONES * (0x80 - u128::from(b'Z') - 1);
    let upper = at_least_a & !past_z & HIGHS;
    Some(x | (upper >> 2))
}

/// Up to 16 bytes as a little-endian integer, zero-padded: the same as copying them into
/// a zeroed buffer, but read with (overlapping) word loads straight from `b`, because a
/// copy through a stack buffer stalls the load that follows it.
fn load_le(b: &[u8]) -> u128 {
    let n = b.len();
    debug_assert!(n <= PACKED_LEN);
    let u64_at = |i: usize| u64::from_le_bytes(b[i..i + 8].try_into().unwrap_or([0; 8]));
    let u32_at = |i: usize| u32::from_le_bytes(b[i..i + 4].try_into().unwrap_or([0; 4]));
    if n >= 8 {
        // Bytes 8..n are the top n - 8 bytes of the last eight.
        let hi = u64_at(n - 8).checked_shr(8 * (16 - n) as u32).unwrap_or(0);
        u128::from(u64_at(0)) | (u128::from(hi) << 64)
    } else if n >= 4 {
        let hi = u32_at(n - 4).checked_shr(8 * (8 - n) as u32).unwrap_or(0);
        u128::from(u32_at(0)) | (u128::from(hi) << 32)
    } else {
        b.iter()
            .enumerate()
            .fold(0, |x, (i, &c)| x | (u128::from(c) << (8 * i)))
    }
}

/// The key of the first `n` bytes of a packed word.
fn packed_prefix(key: u128, n: usize) -> u128 {
    if n >= PACKED_LEN {
        key
    } else {
        key & ((1u128 << (8 * n)) - 1)
    }
}

impl WordTable {
    fn new(words: HashMap<String, Entry, Fast>) -> WordTable {
        let mut table = WordTable {
            short: HashMap::default(),
            medium: HashMap::default(),
            long: HashMap::default(),
            verbs: Vec::new(),
        };
        for (w, e) in words {
            let verb = match e.verb {
                Some(v) => {
                    table.verbs.push(v);
                    table.verbs.len() as u32
                }
                None => 0,
            };
            let packed = PackedEntry {
                flags: e.flags,
                verb,
            };
            match pack(&w) {
                Some(k) => match u64::try_from(k) {
                    Ok(k) => table.short.insert(k, packed),
                    Err(_) => table.medium.insert(k, packed),
                },
                None => table.long.insert(w, packed),
            };
        }
        table
    }

    /// The entry of a lowercase word, if listed.
    fn get(&self, word: &str) -> Option<Entry> {
        match pack(word) {
            Some(k) => self.get_packed(k),
            None => self.long.get(word).map(|p| self.unpack(*p)),
        }
    }

    /// A packed word of up to 8 bytes has no bits above the low 64 (its later bytes are
    /// padding); a longer one has its ninth byte, which is never NUL.
    fn get_packed(&self, key: u128) -> Option<Entry> {
        let packed = match u64::try_from(key) {
            Ok(k) => self.short.get(&k),
            Err(_) => self.medium.get(&key),
        };
        packed.map(|p| self.unpack(*p))
    }

    fn unpack(&self, p: PackedEntry) -> Entry {
        Entry {
            flags: p.flags,
            verb: p.verb.checked_sub(1).map(|i| self.verbs[i as usize]),
        }
    }
}

/// Past forms, present third person and -ing form of a lemma.
fn inflect(lemma: &str) -> (Vec<String>, String, String) {
    if let Some((_, past, pres, ing)) = IRREGULAR.iter().find(|(l, ..)| *l == lemma) {
        return (
            past.iter().map(|s| s.to_string()).collect(),
            pres.to_string(),
            ing.to_string(),
        );
    }
    let b = lemma.as_bytes();
    let last = b[b.len() - 1];
    let before = if b.len() > 1 { b[b.len() - 2] } else { b'a' };
    let vowel = |c: u8| b"aeiou".contains(&c);
    if last == b'e' {
        let stem = &lemma[..lemma.len() - 1];
        (
            vec![format!("{lemma}d")],
            format!("{lemma}s"),
            format!("{stem}ing"),
        )
    } else if last == b'y' && !vowel(before) {
        let stem = &lemma[..lemma.len() - 1];
        (
            vec![format!("{stem}ied")],
            format!("{stem}ies"),
            format!("{lemma}ing"),
        )
    } else if lemma.ends_with('s')
        || lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || lemma.ends_with('x')
    {
        (
            vec![format!("{lemma}ed")],
            format!("{lemma}es"),
            format!("{lemma}ing"),
        )
    } else {
        (
            vec![format!("{lemma}ed")],
            format!("{lemma}s"),
            format!("{lemma}ing"),
        )
    }
}

/// Word properties, one bit each; looked up once per token.
pub(crate) mod flag {
    pub const TITLE: u32 = 1 << 0;
    pub const PERSON: u32 = 1 << 1;
    pub const ORG: u32 = 1 << 2;
    pub const JOURNALIST: u32 = 1 << 3;
    pub const INTRO: u32 = 1 << 4;
    pub const SUBORD: u32 = 1 << 5;
    pub const QUANT: u32 = 1 << 6;
    pub const DET: u32 = 1 << 7;
    pub const TRAILING: u32 = 1 << 8;
    pub const PARTICLE: u32 = 1 << 9;
    pub const BODY: u32 = 1 << 10;
    pub const BODY_SUFFIX: u32 = 1 << 11;
    pub const PREP: u32 = 1 << 12;
    /// First char uppercase (set by the tokenizer).
    pub const CAP: u32 = 1 << 13;
    /// Ends in a possessive ('s, ’s) (set by the tokenizer).
    pub const POSS: u32 = 1 << 14;
    /// A word that cannot stand in a speaker phrase ("is", "we", "said", "what").
    pub const BREAKER: u32 = 1 << 15;
    /// A word that makes a proper name an organization's ("Watch", "International").
    pub const ORG_NAME: u32 = 1 << 16;
    /// A count that may open a description of speakers ("two diplomats").
    pub const COUNT: u32 = 1 << 17;
    /// A speech verb used as a noun, after an article or possessive ("a note") (set by the
    /// tokenizer).
    pub const NOUNED: u32 = 1 << 18;
    /// Nouns keep their class through a possessive ("ministry's").
    pub const NOUNS: u32 = PERSON | ORG | JOURNALIST;
}

/// Prepositions that end a noun phrase's head.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "of", "from", "in", "at", "for", "with", "on", "to", "by", "within", "inside", "against",
    "about", "over", "under", "into", "between", "among", "near", "after", "before", "during",
    "like", "than", "toward", "towards", "through", "across", "behind", "beyond", "via", "per",
    "opposite", "outside", "around", "since", "without",
];

const NP_BREAKERS: &[&str] = &[
    "is", "was", "were", "are", "be", "been", "being", "has", "had", "have", "will", "would",
    "did", "does", "do", "can", "could", "should", "may", "might", "must", "i", "we", "you", "me",
    "not", "said", "says", "told", "what",
    // Contractions of the speaker's pronouns ("I'll read it: “…”" is no party "I'll").
    "i'll", "i’ll", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "we'll", "we’ll", "we're", "we’re",
    "you're", "you’re",
];

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Entry {
    pub flags: u32,
    pub verb: Option<Verb>,
}

/// A word's flags and speech verb, by one table probe (two for a possessive). The verb is
/// given only for a lowercase word: "Said" or "Call" is far more often a name.
pub(crate) fn props(word: &str) -> Entry {
    let t = tables();
    let b = word.as_bytes();
    let mut e = match pack_lower_ascii(b) {
        // A short ASCII word (the common case): lowercased while packed, and its
        // possessive's stem is a prefix of the key.
        Some(key) => {
            let mut e = t.words.get_packed(key).unwrap_or_default();
            let n = b.len();
            let stem_len = if n >= 2 && b[n - 2] == b'\'' && b[n - 1].eq_ignore_ascii_case(&b's') {
                Some(n - 2)
            } else if n >= 1 && b[n - 1] == b'\'' {
                Some(n - 1)
            } else {
                None
            };
            if let Some(x) = stem_len.and_then(|m| t.words.get_packed(packed_prefix(key, m))) {
                e.flags |= x.flags & flag::NOUNS;
            }
            e
        }
        None => props_lookup(t, word),
    };
    if !b.first().is_some_and(|c| c.is_ascii_lowercase()) || b.len() > 20 {
        e.verb = None;
    }
    let cap = match b.first() {
        Some(c) if c.is_ascii() => c.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(|c| c.is_uppercase()),
    };
    if cap {
        e.flags |= flag::CAP;
    }
    // "Germany's", and a plural's "veterans'" (the tokenizer keeps that apostrophe only
    // before a word).
    if word.ends_with("'s") || word.ends_with("’s") || word.ends_with("s'") || word.ends_with("s’")
    {
        e.flags |= flag::POSS;
    }
    e
}

/// [`props`]'s table lookup for any word: lowercased (’ as '), then the word and the stem
/// of a possessive.
fn props_lookup(t: &Tables, word: &str) -> Entry {
    with_lower(word, |w| {
        let mut e = t.words.get(w).unwrap_or_default();
        let stem = w.strip_suffix("'s").or_else(|| w.strip_suffix('\''));
        if let Some(stem) = stem {
            if let Some(x) = t.words.get(stem) {
                e.flags |= x.flags & flag::NOUNS;
            }
        }
        e
    })
}

/// Lowercases a short word into a stack buffer when it is ASCII, so hot lookups do not
/// allocate; other words fall back to `to_lowercase`.
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = word.as_bytes();
    if !b.iter().any(|c| c.is_ascii_uppercase() || *c >= 0x80) {
        // Already lowercase ASCII: no copy.
        return f(word);
    }
    if b.len() <= 48 && b.is_ascii() {
        let mut buf = [0u8; 48];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        // ASCII in, ASCII out: always valid UTF-8.
        f(std::str::from_utf8(&buf[..b.len()]).unwrap_or(""))
    } else if b.len() <= 60 {
        // Non-ASCII: lowercase char by char into a stack buffer, ’ as '.
        let mut buf = [0u8; 128];
        let mut n = 0;
        for c in word.chars() {
            if c == '’' {
                buf[n] = b'\'';
                n += 1;
                continue;
            }
            for l in c.to_lowercase() {
                if n + l.len_utf8() > buf.len() {
                    return f(&word.to_lowercase().replace('’', "'"));
                }
                n += l.encode_utf8(&mut buf[n..]).len();
            }
        }
        f(std::str::from_utf8(&buf[..n]).unwrap_or(""))
    } else {
        f(&word.to_lowercase().replace('’', "'"))
    }
}

/// The speech verb spelled by `word`, if any. Only lowercase words count: a capitalized
/// "Said" or "Call" is far more often a name than a verb.
#[cfg(test)]
pub(crate) fn speech_verb(word: &str) -> Option<Verb> {
    props(word).verb
}

fn word_flags(word: &str) -> u32 {
    let t = tables();
    let e = match pack_lower_ascii(word.as_bytes()) {
        Some(key) => t.words.get_packed(key),
        None => with_lower(word, |w| t.words.get(w)),
    };
    e.map_or(0, |e| e.flags)
}

macro_rules! lower_set {
    ($name:ident, $flag:ident) => {
        pub(crate) fn $name(word: &str) -> bool {
            word_flags(word) & flag::$flag != 0
        }
    };
}

lower_set!(is_intro, INTRO);
lower_set!(is_subordinator, SUBORD);

lower_set!(is_determiner, DET);

lower_set!(is_body_name, BODY);
lower_set!(is_body_suffix, BODY_SUFFIX);
lower_set!(is_org_name_word, ORG_NAME);
lower_set!(is_count, COUNT);

/// Common irregular past tenses of verbs that tell what happened ("left", "took"), the
/// sign that a clause, not a name, stands before an "and".
pub(crate) fn is_irregular_past(word: &str) -> bool {
    matches!(
        word,
        "left"
            | "withdrew"
            | "took"
            | "began"
            | "came"
            | "went"
            | "made"
            | "held"
            | "met"
            | "sent"
            | "flew"
            | "drove"
            | "rode"
            | "gave"
            | "won"
            | "lost"
            | "fell"
            | "broke"
            | "ran"
            | "rose"
            | "saw"
            | "struck"
            | "got"
            | "kept"
            | "brought"
            | "set"
    )
}

/// A title's abbreviation spelled out ("Gen." → "general"), so "the general" can refer
/// back to "Lt. Gen. X".
pub(crate) fn title_in_full(abbr: &str) -> Option<&'static str> {
    with_lower(abbr.trim_end_matches('.'), |w| {
        Some(match w {
            "gen" => "general",
            "lt" => "lieutenant",
            "col" => "colonel",
            "maj" => "major",
            "capt" => "captain",
            "sgt" => "sergeant",
            "adm" => "admiral",
            "brig" => "brigadier",
            "cmdr" => "commander",
            "cpl" => "corporal",
            "pvt" => "private",
            "dr" => "doctor",
            "prof" => "professor",
            "sen" => "senator",
            "rep" => "representative",
            "gov" => "governor",
            "rev" => "reverend",
            "sec" => "secretary",
            "cllr" | "cr" => "councillor",
            "amb" => "ambassador",
            "supt" => "superintendent",
            "fr" => "father",
            _ => return None,
        })
    })
}

/// Other nouns a title's holder is called by ("U.S. Rep. Elaine Mercado" … "the
/// congresswoman"), beyond the title itself and its spelled-out form.
pub(crate) fn title_also(title: &str) -> &'static [&'static str] {
    with_lower(title.trim_end_matches('.'), |w| match w {
        "rep" | "representative" | "congresswoman" | "congressman" => {
            &["congresswoman", "congressman", "lawmaker", "representative"][..]
        }
        "sen" | "senator" | "deputy" | "legislator" => &["lawmaker", "legislator"][..],
        w if MEMBER_TITLES.contains(&w) => &["lawmaker", "legislator"][..],
        // "an associate research fellow at the institute …", then "The researcher added".
        "fellow" => &["researcher", "expert", "analyst"][..],
        // "Political scientist Erlan Dzhumaliev …", then "the expert believes".
        "scientist" | "researcher" | "economist" | "historian" | "scholar" | "specialist" => {
            &["expert", "analyst"][..]
        }
        "analyst" => &["expert"][..],
        _ => &[][..],
    })
}

/// The English noun for a body's word in Spanish, Portuguese, French, Italian or German
/// (lowercase): "palacio" → "palace", "ministère" → "ministry".
pub(crate) fn english_body_noun(word: &str) -> Option<&'static str> {
    Some(match word {
        "palacio" | "palácio" | "palais" | "palazzo" | "palast" => "palace",
        "ministerio" | "ministério" | "ministère" | "ministero" | "ministerium" => "ministry",
        "gobierno" | "governo" | "gouvernement" | "regierung" => "government",
        "consejo" | "conselho" | "conseil" | "consiglio" => "council",
        "ejército" | "exército" | "armée" | "esercito" => "army",
        "asamblea" | "assembleia" | "assemblée" | "assemblea" => "assembly",
        "congreso" | "congresso" | "congrès" => "congress",
        "senado" | "sénat" | "senato" => "senate",
        _ => return None,
    })
}

/// Two to eight capital letters: a short name in brackets ("OCDH", "KSNA").
pub(crate) fn is_initials(short: &str) -> bool {
    (2..=8).contains(&short.len()) && short.bytes().all(|b| b.is_ascii_uppercase())
}

/// Whether a capitalized word looks like the noun of a ministry's field ("Regions",
/// "Cooperation", "Affairs", "Development"), not a person's name: by its ending.
pub(crate) fn is_field_noun(word: &str) -> bool {
    word.len() > 4
        && word.starts_with(|c: char| c.is_uppercase())
        && ([
            "tion", "tions", "ment", "ments", "ity", "ities", "ance", "ence", "ics", "ism", "ions",
            "airs", "ources", "ices", "ries",
        ]
        .iter()
        .any(|end| word.ends_with(end))
            // Fields without those endings: "Minister of Defence and Military Veterans".
            || matches!(
                word,
                "Veterans"
                    | "Industry"
                    | "Energy"
                    | "Transport"
                    | "Labour"
                    | "Labor"
                    | "Health"
                    | "Housing"
                    | "Agriculture"
                    | "Culture"
                    | "Justice"
                    | "Defence"
                    | "Defense"
                    | "Finance"
                    | "Planning"
                    | "Trade"
                    | "Youth"
                    | "Women"
                    | "Children"
                    | "Lands"
                    | "Works"
                    | "Sports"
                    | "Sport"
                    | "Heritage"
                    | "Welfare"
                    | "Interior"
                    | "Security"
            ))
}

/// Whether a head noun (lowercase) names a member of a legislature: "the Donegal TD", "the
/// Ohio senator".
pub(crate) fn is_legislator(noun: &str) -> bool {
    MEMBER_TITLES.contains(&noun)
        || matches!(
            noun,
            "senator"
                | "congressman"
                | "congresswoman"
                | "lawmaker"
                | "legislator"
                | "republican"
                | "democrat"
        )
}

/// Whether a word ends in a possessive "'s", either apostrophe ("Calloway's", "Kenya’s").
pub(crate) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// The word without its possessive "'s" (either apostrophe), if it has one.
pub(crate) fn strip_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

pub(crate) fn is_abbreviation(word: &str) -> bool {
    with_lower(word.trim_end_matches('.'), |w| {
        tables().abbreviations.contains(w)
    })
}

/// A noun that can head a description of a person ("commander", "officials").
#[cfg(test)]
pub(crate) fn is_person_noun(word: &str) -> bool {
    props(word).flags & flag::PERSON != 0
}
/// A noun that can head a description of a body ("ministry", "government").
#[cfg(test)]
pub(crate) fn is_org_noun(word: &str) -> bool {
    props(word).flags & flag::ORG != 0
}

/// Nouns that name a kind of medium: "the daily Kessaria Times", "a broadcaster, BTV1".
const PRESS_NOUNS: &[&str] = &[
    "daily",
    "newspaper",
    "paper",
    "weekly",
    "tabloid",
    "magazine",
    "broadcaster",
    "channel",
    "station",
    "outlet",
    "website",
    "agency",
    "radio",
    "television",
    "network",
    "newsletter",
    "portal",
];

/// "Agencia Sur", "Agência Brasil", "Agenzia Nova": a news agency named in its own
/// language by one or two capitalized words after the agency noun; how many words it
/// spans. (A government agency runs longer, with particles: "Agencia Nacional de
/// Hidrocarburos".)
fn foreign_agency_len(words: &[&str]) -> Option<usize> {
    let (first, rest) = words.split_first()?;
    if !matches!(*first, "Agencia" | "Agência" | "Agence" | "Agenzia") {
        return None;
    }
    let run = rest
        .iter()
        .take_while(|w| w.starts_with(char::is_uppercase))
        .count();
    let particle_after = rest.get(run).is_some_and(|w| {
        matches!(
            *w,
            "de" | "del" | "da" | "do" | "des" | "du" | "di" | "para" | "pour" | "per"
        )
    });
    ((1..=2).contains(&run) && !particle_after).then_some(run + 1)
}

/// Whether `word` (lowercase) is a noun for a kind of medium ("broadcaster", "daily").
pub(crate) fn is_press_noun(word: &str) -> bool {
    PRESS_NOUNS.contains(&word)
}

/// "the Río Seco daily La Frontera", "the television channel Telenorte", "the local
/// newspaper Hallvika Tidende": a name right after a lowercase press noun (within the
/// phrase's first six words) is a medium's, whatever list it is missing from.
fn named_by_press_noun(phrase: &str) -> bool {
    // Capitalized words after the last press noun, while all after it are.
    let mut name_words: Option<usize> = None;
    for (i, w) in phrase.split_whitespace().enumerate().take(12) {
        if i < 6 && PRESS_NOUNS.contains(&w) {
            name_words = Some(0);
        } else if let Some(n) = name_words.as_mut() {
            if w.starts_with(char::is_uppercase) {
                *n += 1;
            } else {
                name_words = None;
            }
        }
    }
    if name_words.is_some_and(|n| n >= 1) {
        return true;
    }
    let mut named = phrase
        .split_whitespace()
        .skip_while(|w| DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w)))
        .peekable();
    // (Collected only for a phrase that can be one: most are not.)
    if named.peek().is_some_and(|w| w.starts_with("Agen")) {
        let words: Vec<&str> = named.collect();
        if foreign_agency_len(&words) == Some(words.len()) {
            return true;
        }
    }
    // "the Belpress news agency", "the Tarsk Courier newspaper": a name, then the kind of
    // medium in lowercase ending the phrase. ("the Haqqani network" is no medium.)
    let words: Vec<&str> = phrase.split_whitespace().take(8).collect();
    let Some((&last, before)) = words.split_last() else {
        return false;
    };
    let before = match (last, before.split_last()) {
        ("agency" | "service", Some((&("news" | "press" | "wire"), rest))) => rest,
        (
            "newspaper" | "daily" | "weekly" | "broadcaster" | "magazine" | "tabloid"
            | "newsletter" | "website" | "radio" | "television",
            _,
        ) => before,
        _ => return false,
    };
    before.last().is_some_and(|w| {
        w.starts_with(char::is_uppercase)
            && !w.ends_with("'s")
            && !w.ends_with("’s")
            && !w.ends_with('\'')
    })
}

/// Words that modify a medium's noun or name: "the state-run news agency", "the official
/// Mahran News Agency".
const MEDIUM_MODIFIERS: &[&str] = &[
    "state",
    "state-run",
    "state-owned",
    "state-controlled",
    "news",
    "wire",
    "official",
    "national",
    "public",
    "government",
    "government-run",
    "pro-government",
    "local",
    "independent",
    "private",
    "online",
    "semi-official",
    "official",
    "same",
];

/// Whether a lowercase word modifies a medium ("state-run", "official").
pub(crate) fn is_medium_modifier(word: &str) -> bool {
    MEDIUM_MODIFIERS.contains(&word)
}

/// Whether lowercase words (determiner included) are a generic name for the press: "the
/// agency", "the newspaper", "state television", "the state news agency", "the wire
/// service". Such a phrase carries words (a medium) and never speaks as a party.
pub(crate) fn is_generic_medium<'w>(words: impl Iterator<Item = &'w str>) -> bool {
    const HEADS: &[&str] = &[
        "agency",
        "newspaper",
        "paper",
        "broadcaster",
        "channel",
        "station",
        "outlet",
        "television",
        "tv",
        "radio",
        "media",
        "daily",
        "tabloid",
        "network",
        "newswire",
        "wire",
        "service",
        "press",
    ];
    let mut n = 0;
    let mut last = "";
    let mut prev = "";
    let mut det = false;
    for (i, w) in words.enumerate() {
        let ok = with_lower(w, |l| {
            if i == 0 && matches!(l, "the" | "a" | "an" | "that" | "this") {
                det = true;
                return true;
            }
            n += 1;
            if !(MEDIUM_MODIFIERS.contains(&l) || HEADS.contains(&l)) {
                return false;
            }
            true
        });
        if !ok || n > 4 {
            return false;
        }
        prev = std::mem::replace(&mut last, w);
    }
    if n == 0 {
        return false;
    }
    with_lower(last, |l| {
        if !HEADS.contains(&l) {
            return false;
        }
        match l {
            // "the wire service", "the news service"; not "the security service".
            "service" => with_lower(prev, |p| matches!(p, "wire" | "news")),
            // "the station" and "the network" speak only as media with a press modifier
            // before them, or alone after "the".
            _ => det || n >= 2,
        }
    })
}

/// A name particle ("de", "al", "van").
pub(crate) fn is_particle(word: &str) -> bool {
    props(word).flags & flag::PARTICLE != 0
}

/// Adjectives a sentence may open with before a state's or body's name ("Neighbouring
/// Ostmark said …"): capitalized there, but no part of the name.
const PLACE_ADJECTIVES: &[&str] = &[
    "neighbouring",
    "neighboring",
    "nearby",
    "landlocked",
    "oil-rich",
    "war-torn",
];

/// Whether a word is an adjective that opens a phrase before a name ("Neighbouring").
pub(crate) fn is_place_adjective(word: &str) -> bool {
    PLACE_ADJECTIVES
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
}

/// Courtesy titles that open a person's name in a transcript tag ("THE MINISTER OF DEFENCE
/// (Ms Ilse Varga)"), compared without a trailing period.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "hon", "rev",
    "cr", "cllr",
];

/// Whether a word is a courtesy title: "Ms", "Dr.", "Hon".
pub(crate) fn is_honorific(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(w))
}

/// What a company reports as figures, not words ("reported full-year revenue up 7%"):
/// lowercase.
pub(crate) fn is_financial_figure(word: &str) -> bool {
    matches!(
        word,
        "revenue"
            | "revenues"
            | "profit"
            | "profits"
            | "loss"
            | "losses"
            | "earnings"
            | "sales"
            | "income"
            | "turnover"
    )
}

/// Military ranks that open a person's name ("Colonel Hartigan", "Sgt. Ruiz"), compared
/// without a trailing period.
const RANKS: &[&str] = &[
    "general",
    "gen",
    "colonel",
    "col",
    "major",
    "maj",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "brigadier",
    "brig",
    "admiral",
    "adm",
    "commander",
    "cmdr",
    "corporal",
    "cpl",
    "private",
    "pvt",
];

/// Whether a word is a military rank: "Colonel", "Sgt.".
pub(crate) fn is_rank(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    RANKS.iter().any(|r| r.eq_ignore_ascii_case(w))
}

/// Weekdays, which also trail a subject ("the commander said Monday").
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether a word is a month or a weekday: "on 24 January" names a date, and a pronoun
/// after it ("it said") means no such party.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    MONTHS
        .iter()
        .chain(WEEKDAYS)
        .chain(HOLIDAYS)
        .any(|m| m.eq_ignore_ascii_case(word))
}

/// Feasts and holidays a date is given by ("before Christmas, the Tánaiste has confirmed").
const HOLIDAYS: &[&str] = &[
    "Christmas",
    "Easter",
    "Ramadan",
    "Eid",
    "Diwali",
    "Hanukkah",
    "Passover",
    "Thanksgiving",
    "Nowruz",
];

/// A state's initials, which name no organization ("1,800 U.S. troops").
pub(crate) fn is_state_initials(name: &str) -> bool {
    matches!(
        name,
        "U.S." | "US" | "USA" | "U.S.A." | "UK" | "U.K." | "UAE" | "DRC" | "PRC" | "ROK" | "DPRK"
    )
}

/// A clock's word in capitals: "AM", "PM", a time zone ("06:00 AM EDT" names no one).
pub(crate) fn is_clock_word(word: &str) -> bool {
    matches!(
        word,
        "AM" | "PM"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "EET"
            | "EEST"
            | "ET"
            | "EDT"
            | "EST"
            | "CDT"
            | "CST"
            | "MDT"
            | "MST"
            | "PDT"
            | "PST"
            | "IST"
            | "JST"
            | "KST"
            | "AEST"
            | "AEDT"
    )
}

/// A verb that puts a text out ("issued a statement", "responded with a post"), lowercase.
pub(crate) fn is_issuing_verb(word: &str) -> bool {
    matches!(
        word,
        "issued"
            | "released"
            | "published"
            | "posted"
            | "put"
            | "circulated"
            | "responded"
            | "replied"
            | "reacted"
            | "sent"
            | "shared"
            | "distributed"
            | "issues"
            | "releases"
            | "publishes"
            | "posts"
    )
}

/// Nationality adjectives without a telling ending ("French troops", "Dutch officials").
const NATIONALITY_ADJECTIVES: &[&str] = &[
    "American",
    "Afghan",
    "Arab",
    "Belgian",
    "Chinese",
    "Czech",
    "Dutch",
    "French",
    "Greek",
    "Iraqi",
    "Israeli",
    "Kuwaiti",
    "Malian",
    "Nepali",
    "Omani",
    "Pakistani",
    "Qatari",
    "Saudi",
    "Somali",
    "Swiss",
    "Thai",
    "Welsh",
    "Yemeni",
    "Emirati",
    "Kenyan",
    "Korean",
    "Mexican",
    "African",
    "European",
    "Cuban",
    "Russian",
];

/// Whether a capitalized word reads as a nationality adjective: a common one, or one with
/// a demonym ending ("Darevian", "British", "Sudanese", "Korean" is listed).
pub(crate) fn looks_like_demonym(word: &str) -> bool {
    NATIONALITY_ADJECTIVES.contains(&word)
        || (word.len() > 5
            && ["ian", "ish", "ese", "ean"]
                .iter()
                .any(|s| word.ends_with(s)))
}

/// Nouns a nationality adjective modifies that name troops or officials, not people by
/// their role: "British personnel", "Darevian forces".
pub(crate) fn is_force_noun(word: &str) -> bool {
    matches!(
        word,
        "personnel"
            | "troops"
            | "soldiers"
            | "forces"
            | "units"
            | "contractors"
            | "authorities"
            | "army"
            | "military"
            | "navy"
            | "police"
            | "side"
            | "people"
            | "citizens"
            | "nationals"
            | "instructors"
            | "trainers"
            | "vehicles"
            | "convoys"
    )
}

/// First words of a stage direction in a transcript or a quote ("[Interjection: When?]",
/// "[Laughter]", "(Applause)"): lowercase.
const STAGE_DIRECTIONS: &[&str] = &[
    "interjection",
    "interjections",
    "applause",
    "laughter",
    "cheers",
    "cheering",
    "interruption",
    "interruptions",
    "inaudible",
    "crosstalk",
    "booing",
    "boos",
    "uproar",
    "heckling",
    "jeers",
    "jeering",
    "murmurs",
    "shouting",
    "laughs",
];

/// Whether the text inside brackets is a stage direction, not words anyone said: a short
/// capitalized note that opens with a stage word, or says members are interjecting.
pub(crate) fn is_stage_direction(inner: &str) -> bool {
    let inner = inner.trim();
    if inner.len() > 80 || !inner.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let first = inner
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    STAGE_DIRECTIONS
        .iter()
        .any(|d| d.eq_ignore_ascii_case(first))
        || inner
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.eq_ignore_ascii_case("interjecting"))
}

/// A noun for the press ("reporters", "correspondent"): never a party.
pub(crate) fn is_journalist_noun(word: &str) -> bool {
    props(word).flags & flag::JOURNALIST != 0
}

/// Pronouns that may stand for a speaker, and what they may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pronoun {
    /// he, she: a person.
    Person,
    /// it: a body.
    Body,
    /// they: anyone.
    Any,
    /// "one of them": a member of the group last spoken of.
    Member,
}

pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    // Only an ASCII word lowercases to one of these (no other char lowercases to h, e, s,
    // i, t or y), so longer or non-ASCII words are passed over without lowercasing.
    if word.len() > 4 || !word.is_ascii() {
        return None;
    }
    let is = |p: &str| word.eq_ignore_ascii_case(p);
    if is("he") || is("she") {
        Some(Pronoun::Person)
    } else if is("it") {
        Some(Pronoun::Body)
    } else if is("they") {
        Some(Pronoun::Any)
    } else {
        None
    }
}

/// A family relation ("her son", "his widow"): how news text names someone through a
/// relative, often one who is not the speaker.
pub(crate) fn is_kin_noun(word: &str) -> bool {
    matches!(
        word,
        "son"
            | "sons"
            | "daughter"
            | "daughters"
            | "husband"
            | "wife"
            | "brother"
            | "sister"
            | "father"
            | "mother"
            | "uncle"
            | "aunt"
            | "nephew"
            | "niece"
            | "cousin"
            | "grandson"
            | "granddaughter"
            | "grandfather"
            | "grandmother"
            | "widow"
            | "widower"
            | "child"
            | "partner"
            | "fiancé"
            | "fiancée"
    )
}

/// A pronoun's or a speaker phrase word's gender: 1 for "he", "Mr", "spokesman"; 2 for
/// "she", "Mrs", "woman"; 0 when the word says nothing.
pub(crate) fn gender_word(word: &str) -> u8 {
    if word.len() > 14 {
        return 0;
    }
    with_lower(word.trim_end_matches('.'), |w| match w {
        "he" | "his" | "him" | "mr" | "sir" | "lord" | "king" | "prince" | "monsieur" | "man"
        | "father" | "spokesman" | "chairman" | "businessman" | "congressman" | "husband"
        | "son" | "brother" | "grandfather" | "uncle" | "sheikh" | "emir" => 1,
        "she" | "her" | "mrs" | "ms" | "mme" | "madame" | "mlle" | "lady" | "queen"
        | "princess" | "woman" | "mother" | "spokeswoman" | "chairwoman" | "businesswoman"
        | "congresswoman" | "wife" | "daughter" | "sister" | "grandmother" | "aunt" | "widow"
        | "smt" | "shrimati" => 2,
        _ => 0,
    })
}

/// The built-in media list, indexed by lowercase first word so a lookup at a token costs
/// one hash probe.
#[derive(Clone)]
pub(crate) struct MediaSet {
    by_first: HashMap<String, Vec<(Vec<String>, String)>, Fast>,
    /// A 4096-bit signature filter over the ASCII first words, so most capitalized words
    /// are rejected without a hash lookup.
    sigs: [u64; 64],
}

/// Signature of an ASCII word, case-insensitive: first three bytes and length.
fn media_sig(w: &[u8]) -> usize {
    let b0 = w.first().map_or(0, |b| b.to_ascii_lowercase()) as usize;
    let b1 = w.get(1).map_or(0, |b| b.to_ascii_lowercase()) as usize;
    let b2 = w.get(2).map_or(0, |b| b.to_ascii_lowercase()) as usize;
    (b0.wrapping_mul(131) ^ b1.wrapping_mul(31) ^ b2.wrapping_mul(7) ^ w.len().wrapping_mul(1021))
        & 4095
}

impl MediaSet {
    fn new<'a>(names: impl Iterator<Item = &'a str>) -> MediaSet {
        let mut set = MediaSet {
            by_first: HashMap::default(),
            sigs: [0; 64],
        };
        for n in names {
            set.add(n);
        }
        set
    }

    fn add(&mut self, name: &str) {
        let name = name.trim();
        if name.is_empty() || name.starts_with('#') {
            return;
        }
        let words: Vec<String> = name
            .split(|c: char| c.is_whitespace())
            .filter(|w| !w.is_empty())
            .map(|w| w.to_lowercase().replace('’', "'"))
            .collect();
        if let Some(first) = words.first().cloned() {
            if first.is_ascii() {
                let k = media_sig(first.as_bytes());
                self.sigs[k / 64] |= 1 << (k % 64);
            }
            let entry = self.by_first.entry(first).or_default();
            entry.push((words, name.to_string()));
            // Longest first, so "Sputnik News" wins over "Sputnik".
            entry.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
    }
}

/// The media list for one call: the built-in list plus the caller's extra names.
pub(crate) struct Media<'c> {
    extra: Option<MediaSet>,
    _config: std::marker::PhantomData<&'c ()>,
}

impl<'c> Media<'c> {
    pub(crate) fn new(extra: &'c [String]) -> Media<'c> {
        let extra = if extra.is_empty() {
            None
        } else {
            Some(MediaSet::new(extra.iter().map(|s| s.as_str())))
        };
        Media {
            extra,
            _config: std::marker::PhantomData,
        }
    }

    /// This list and `names` besides: a document's own short names for media.
    pub(crate) fn with_names(&self, names: &[String]) -> Media<'c> {
        let mut extra = self
            .extra
            .clone()
            .unwrap_or_else(|| MediaSet::new(std::iter::empty()));
        for n in names {
            extra.add(n);
        }
        Media {
            extra: Some(extra),
            _config: std::marker::PhantomData,
        }
    }

    /// If a medium's name starts at `words[0]`, its canonical name and how many words it
    /// spans. The first word must be capitalized in the text ("a guardian" is no medium).
    pub(crate) fn match_at(&self, words: &[&str]) -> Option<(String, usize)> {
        let first = *words.first()?;
        if !first.chars().next().is_some_and(|c| c.is_uppercase()) {
            return None;
        }
        // The last word matched may carry a possessive ("Russia's Sputnik" is no issue;
        // "Reuters' report" is).
        fn eq_word(m: &str, t: &str, last: bool) -> bool {
            let t = if last {
                strip_possessive(t).unwrap_or(t)
            } else {
                t
            };
            // A listed word is lowercase: an ASCII word matches it byte for byte, case
            // aside, without being lowercased first (most candidates fail on length).
            if t.is_ascii() {
                return m.len() == t.len()
                    && m.bytes()
                        .zip(t.bytes())
                        .all(|(a, b)| a == b.to_ascii_lowercase());
            }
            with_lower(t, |t| {
                m == t || (t.contains('’') && *m == t.replace('’', "'"))
            })
        }
        let key_word = strip_possessive(first).unwrap_or(first);
        let sets = std::iter::once(&tables().media).chain(self.extra.as_ref());
        let mut best: Option<(String, usize)> = None;
        let ascii = key_word.is_ascii();
        let sig = media_sig(key_word.as_bytes());
        for set in sets {
            if ascii && set.sigs[sig / 64] & (1 << (sig % 64)) == 0 {
                continue;
            }
            let Some(cands) = with_lower(key_word, |k| set.by_first.get(k)) else {
                continue;
            };
            for (ws, name) in cands {
                if ws.len() > words.len() || best.as_ref().is_some_and(|b| ws.len() <= b.1) {
                    continue;
                }
                let ok = ws
                    .iter()
                    .zip(words)
                    .enumerate()
                    .skip(1)
                    .all(|(i, (m, t))| eq_word(m, t, i + 1 == ws.len()));
                if ok {
                    best = Some((name.clone(), ws.len()));
                }
            }
        }
        if best.is_none() {
            if let Some(len) = foreign_agency_len(words) {
                return Some((words[..len].join(" "), len));
            }
        }
        best
    }

    /// Whether a whole phrase names a medium ("Agence France-Presse (AFP)", "the BBC").
    pub(crate) fn is_medium(&self, phrase: &str) -> bool {
        if named_by_press_noun(phrase) {
            return true;
        }
        // "the Tazhir News Agency (TNA)": the name before its short form in brackets.
        if let Some((name, short)) = phrase
            .trim_end()
            .strip_suffix(')')
            .and_then(|p| p.rsplit_once('('))
        {
            if !name.trim().is_empty() && !short.contains('(') {
                // (The short form alone only for a phrase the length of a name.)
                return self.is_medium(name.trim_end())
                    || (name.split_whitespace().count() <= 6 && self.is_medium(short));
            }
        }
        let mut buf: [&str; 12] = [""; 12];
        let mut n = 0;
        for w in phrase
            .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
            .filter(|w| !w.is_empty())
        {
            if n == 0
                && buf[0].is_empty()
                && w.len() <= 5
                && DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w))
            {
                buf[0] = " ";
                continue;
            }
            if n == buf.len() {
                break;
            }
            // "the official Mahran News Agency", "the state-run Kessaria Daily".
            if n == 0 && MEDIUM_MODIFIERS.contains(&w) {
                continue;
            }
            // Both tests below need a capitalized first word: most phrases fail here.
            if n == 0 && !w.chars().next().is_some_and(|c| c.is_uppercase()) {
                return false;
            }
            buf[n] = w;
            n += 1;
        }
        if self.match_at(&buf[..n]).is_some() {
            return true;
        }
        // "The Times", "the Guardian": names listed with their article.
        let the = phrase
            .trim_start()
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("the "));
        if n > 0 && n < buf.len() && the {
            let mut with_the: [&str; 13] = [""; 13];
            with_the[0] = "The";
            with_the[1..=n].copy_from_slice(&buf[..n]);
            if self.match_at(&with_the[..=n]).is_some() {
                return true;
            }
        }
        // "Dala News", "Krungmai Daily": a name ending in a press word.
        const PRESS: &[&str] = &[
            "news",
            "daily",
            "television",
            "tv",
            "radio",
            "express",
            "weekly",
            "online",
            "broadcasting",
            "newspaper",
            "magazine",
            "bulletin",
        ];
        // A paper's own name word: "the Ledger" alone, after "the", is the paper too (a
        // second reference to "The Castlegate Ledger": "documents reviewed by the Ledger").
        if n == 1 && the && buf[0].starts_with(char::is_uppercase) {
            return with_lower(buf[0], |l| PAPER.contains(&l));
        }
        // "Radio Meridian", "Television Kessaria": a station named by its medium first.
        // "Mahran News Agency": a news or press agency.
        // ("Channel 7", "Radio Harwick 94.1": a station's number counts as a name word.)
        n >= 2
            && buf[..n].iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            })
            && (with_lower(buf[n - 1], |l| PRESS.contains(&l) || PAPER.contains(&l))
                || matches!(buf[0], "Radio" | "Television" | "TV" | "RADIO" | "Channel")
                || (matches!(buf[n - 1], "Agency" | "AGENCY")
                    && with_lower(buf[n - 2], |l| matches!(l, "news" | "press"))))
    }

    /// Whether a transcript tag names a paper: a medium, or a name ending in a paper word of
    /// another language ("LE COURRIER: Is this a victory for you?" is the interviewer). Only
    /// for tags: in a press review "the Courrier" speaks for itself.
    pub(crate) fn is_paper_tag(&self, tag: &str) -> bool {
        const FOREIGN_PAPER: &[&str] = &[
            "courrier",
            "monde",
            "soir",
            "matin",
            "quotidien",
            "corriere",
            "gazzetta",
            "stampa",
            "zeitung",
            "kurier",
            "rundschau",
            "diario",
            "periódico",
            "krant",
            "dagblad",
            "gazeta",
            "gazete",
        ];
        let mut words = tag.split_whitespace();
        self.is_medium(tag)
            || (words.nth(1).is_some()
                && tag
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| with_lower(w, |l| FOREIGN_PAPER.contains(&l))))
    }
}

/// States whose names hold "and": one party, not two.
pub(crate) const AND_NAMES: &[&str] = &[
    "Antigua and Barbuda",
    "Bosnia and Herzegovina",
    "Saint Kitts and Nevis",
    "St Kitts and Nevis",
    "Saint Vincent and the Grenadines",
    "Sao Tome and Principe",
    "São Tomé and Príncipe",
    "Serbia and Montenegro",
    "Trinidad and Tobago",
    "Turks and Caicos",
];

/// The last word of a newspaper's name ("The Castlegate Ledger", "the Tribune").
const PAPER: &[&str] = &[
    "times",
    "post",
    "herald",
    "tribune",
    "journal",
    "gazette",
    "telegraph",
    "chronicle",
    "ledger",
    "courier",
    "mirror",
    "examiner",
    "inquirer",
    "enquirer",
    "sentinel",
];

/// Whether a phrase names a newspaper by its last word ("the Oskava Tribune's").
pub(crate) fn is_paper_name(phrase: &str) -> bool {
    let last = phrase.split_whitespace().next_back().unwrap_or("");
    let last = strip_possessive(last).unwrap_or(last);
    last.starts_with(char::is_uppercase) && with_lower(last, |l| PAPER.contains(&l))
}

/// Plural nouns that, bare, name no one in particular ("Analysts cautioned", "Critics say").
pub(crate) fn is_generic_plural(word: &str) -> bool {
    matches!(
        word,
        "analysts"
            | "critics"
            | "officials"
            | "ministers"
            | "experts"
            | "observers"
            | "commentators"
            | "skeptics"
            | "sceptics"
            | "opponents"
            | "supporters"
    )
}

/// Speech verbs that report words only with a marked complement: "that", a colon, or an
/// aside between commas ("added that …", "posted:", "Varenia, he added, could not …");
/// "added a clause", "maintained the road", "demanded the file" report none (see
/// `attribute`, which also lets "report" through without one). Speech verbs all, listed here
/// and not in `CLAUSE_VERBS`.
const MARKED_COMPLEMENT: &[&str] = &[
    "add",
    "post",
    "write",
    "state",
    "report",
    "recall",
    // "In 2019, he recounts, he rode in the second vehicle …".
    "recount",
    // "remembered a night in April when …": only a told story (see `attribute`).
    "remember",
    "remind",
    "confirm",
    // "maintained the road" is no words.
    "maintain",
    "reiterate",
    // "informed parliament that …", "alleged that …", "demanded that … be tabled".
    "inform",
    "allege",
    // "charged that the government had timed …", "…, he charged." ("charged with" is no
    // words.)
    "charge",
    "demand",
    // "underlined in a communiqué that …", "The group affirmed there that « … »"
    // (translated register).
    "underline",
    "underscore",
    "affirm",
    // "averred that the pullback was …" (South-Asian register); "disclosed that about 1,200
    // soldiers would be redeployed", "posited that the real test would come …" (West African).
    "aver",
    "disclose",
    "posit",
    "observe",
    // "«…», assured General Lambrecht", "assured that the handover would …" (translated
    // from French).
    "assure",
    // "indicated that the mission had trained …", "estimated that one dry season would be
    // enough" (translated from French).
    "indicate",
    "estimate",
    // "grants that the numbers are real": a concession.
    "grant",
];

/// Whether a speech verb's lemma reports words only with a marked complement.
pub(crate) fn needs_marked_complement(lemma: &str) -> bool {
    MARKED_COMPLEMENT.contains(&lemma)
}

/// Words a bare verb form follows as a verb ("to state", "will say", "did not deny").
pub(crate) const MODALS: &[&str] = &[
    "to", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did",
    "does", "do", "not", "never", "cannot",
];

/// A kind of ship or aircraft, whose name follows it ("the frigate AKS Tormund"): a thing,
/// not a speaker.
pub(crate) fn is_craft_noun(word: &str) -> bool {
    matches!(
        word,
        "frigate"
            | "corvette"
            | "destroyer"
            | "cruiser"
            | "warship"
            | "ship"
            | "vessel"
            | "submarine"
            | "carrier"
            | "tanker"
            | "trawler"
            | "freighter"
            | "ferry"
            | "icebreaker"
            | "yacht"
            | "aircraft"
            | "airliner"
            | "helicopter"
    )
}

/// Whether a role noun names a kind of `kind`, so that a later "the diplomat" is the
/// ambassador met before and "the lawmaker" the senator.
pub(crate) fn is_kind_of(role: &str, kind: &str) -> bool {
    match kind {
        "diplomat" => matches!(role, "ambassador" | "envoy" | "consul" | "chargé"),
        "envoy" => role == "ambassador",
        // "The Chinese Embassy in Manila said … the Chinese mission added".
        "mission" => matches!(role, "embassy" | "consulate" | "delegation"),
        "lawmaker" | "legislator" | "politician" => {
            matches!(
                role,
                "deputy" | "député" | "députée" | "assemblyman" | "assemblywoman"
            ) || (is_legislator(role) && !matches!(role, "republican" | "democrat"))
        }
        "officer" => matches!(
            role,
            "general" | "colonel" | "major" | "captain" | "lieutenant" | "commander" | "brigadier"
        ),
        "soldier" => matches!(role, "sergeant" | "corporal" | "private"),
        // "the Member of Parliament for Kalenga East … the MP said".
        "mp" => role == "member",
        // "Defense Sec. Alfredo Macaraeg … the defense chief said": a ministry's head.
        "chief" => matches!(role, "minister" | "secretary"),
        // "a senior Whitehall source … The insider described …": both are the unnamed one.
        "insider" => role == "source",
        "source" => role == "insider",
        _ => false,
    }
}

/// A document that speaks for its author: "issued a statement welcoming …", "“…,” the
/// letter said".
pub(crate) fn is_document_noun(word: &str) -> bool {
    matches!(
        word,
        "statement"
            | "communique"
            | "communiqué"
            | "letter"
            | "message"
            | "declaration"
            | "resolution"
            | "motion"
            | "petition"
    )
}

/// A verb lemma that names what its object is called ("called the move “a betrayal”",
/// "what the two governments called Operation Long Harbour").
pub(crate) fn is_naming_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "call" | "dub" | "term" | "label" | "brand" | "describe"
    )
}

/// A noun that announces words about to be quoted: "opened the session with a warning:",
/// "had a blunt message for the government:". Lowercase.
pub(crate) fn is_utterance_noun(word: &str) -> bool {
    matches!(
        word,
        "warning"
            | "message"
            | "plea"
            | "appeal"
            | "reminder"
            | "words"
            | "verdict"
            | "promise"
            | "vow"
            | "prediction"
            | "retort"
            | "rebuke"
            | "caution"
    )
}

/// A noun for numbers, not words: "according to official figures". Lowercase.
pub(crate) fn is_data_noun(word: &str) -> bool {
    matches!(
        word,
        "figures"
            | "data"
            | "statistics"
            | "estimates"
            | "numbers"
            | "tallies"
            | "tally"
            | "counts"
            | "census"
            | "polls"
            | "poll"
            | "polling"
            | "survey"
            | "surveys"
            | "records"
    )
}

/// A noun for a newspaper that may speak in its own editorials ("the daily Le Matin",
/// "El Correo, the largest daily in the host country"). Lowercase.
pub(crate) fn is_newspaper_noun(word: &str) -> bool {
    matches!(word, "daily" | "newspaper" | "weekly" | "tabloid")
}

/// Anything published that carries its author's words: a document ([`is_document_noun`]) or
/// a release, report, post … ("a defence ministry announcement published on Tuesday", "The
/// post reads in full:"). Lowercase.
pub(crate) fn is_published_text(word: &str) -> bool {
    is_document_noun(word)
        || matches!(
            word,
            "announcement"
                | "editorial"
                | "report"
                | "release"
                | "notice"
                | "memo"
                | "decree"
                | "post"
                | "briefing"
                | "bulletin"
                | "message"
                | "text"
        )
}

/// How many parties a plural phrase refers back to, when it names a group by count: "the
/// three governments", "both countries", "the two allies" (after "Britain, France and Germany
/// said in a joint statement …"). `None` for anything else, including a group without a
/// count ("the governments"), which may be others.
pub(crate) fn joint_reference(phrase: &str) -> Option<usize> {
    const GROUPS: &[&str] = &[
        "governments",
        "countries",
        "nations",
        "states",
        "allies",
        "capitals",
        "powers",
        "partners",
        "sides",
        "leaders",
        "ministers",
        "ministries",
        "parties",
        "neighbours",
        "neighbors",
    ];
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let (count, rest) = match words.as_slice() {
        [first, rest @ ..] if first.eq_ignore_ascii_case("both") => (2, rest),
        [first, second, rest @ ..]
            if first.eq_ignore_ascii_case("the") || first.eq_ignore_ascii_case("all") =>
        {
            let n = match second.to_ascii_lowercase().as_str() {
                "two" | "2" => 2,
                "three" | "3" => 3,
                "four" | "4" => 4,
                "five" | "5" => 5,
                "six" | "6" => 6,
                _ => return None,
            };
            (n, rest)
        }
        _ => return None,
    };
    // "the three foreign ministers", "both European governments": one or two words, the
    // last a group noun.
    match rest {
        [.., last] if rest.len() <= 2 && GROUPS.contains(&last.to_ascii_lowercase().as_str()) => {
            Some(count)
        }
        _ => None,
    }
}

/// Capitals that speak for their states in news copy ("Moscow said", "Beijing warned"), with
/// the lowercase names the state goes by. Cities that name several bodies (Brussels for the
/// EU, NATO and Belgium) or that are common words are left out.
const CAPITALS: &[(&str, &[&str])] = &[
    ("abu dhabi", &["united arab emirates", "uae"]),
    ("abuja", &["nigeria"]),
    ("accra", &["ghana"]),
    ("addis ababa", &["ethiopia"]),
    ("algiers", &["algeria"]),
    ("amman", &["jordan"]),
    ("ankara", &["turkey", "türkiye"]),
    ("ashgabat", &["turkmenistan"]),
    ("astana", &["kazakhstan"]),
    ("athens", &["greece"]),
    ("baghdad", &["iraq"]),
    ("baku", &["azerbaijan"]),
    ("bamako", &["mali"]),
    ("bangkok", &["thailand"]),
    ("beijing", &["china"]),
    ("beirut", &["lebanon"]),
    ("belgrade", &["serbia"]),
    ("berlin", &["germany"]),
    ("bern", &["switzerland"]),
    ("bishkek", &["kyrgyzstan"]),
    ("bogota", &["colombia"]),
    ("bogotá", &["colombia"]),
    ("brasilia", &["brazil"]),
    ("brasília", &["brazil"]),
    ("bucharest", &["romania"]),
    ("budapest", &["hungary"]),
    ("buenos aires", &["argentina"]),
    ("cairo", &["egypt"]),
    ("canberra", &["australia"]),
    ("caracas", &["venezuela"]),
    ("chisinau", &["moldova"]),
    ("colombo", &["sri lanka"]),
    ("copenhagen", &["denmark"]),
    ("dakar", &["senegal"]),
    ("damascus", &["syria"]),
    ("dhaka", &["bangladesh"]),
    ("doha", &["qatar"]),
    ("dublin", &["ireland"]),
    ("dushanbe", &["tajikistan"]),
    ("hanoi", &["vietnam"]),
    ("havana", &["cuba"]),
    ("helsinki", &["finland"]),
    ("islamabad", &["pakistan"]),
    ("jakarta", &["indonesia"]),
    ("juba", &["south sudan"]),
    ("kabul", &["afghanistan"]),
    ("kampala", &["uganda"]),
    ("kathmandu", &["nepal"]),
    ("khartoum", &["sudan"]),
    ("kiev", &["ukraine"]),
    ("kigali", &["rwanda"]),
    (
        "kinshasa",
        &[
            "democratic republic of congo",
            "democratic republic of the congo",
            "drc",
        ],
    ),
    ("kuala lumpur", &["malaysia"]),
    ("kyiv", &["ukraine"]),
    ("lisbon", &["portugal"]),
    ("ljubljana", &["slovenia"]),
    (
        "london",
        &["britain", "great britain", "united kingdom", "uk", "u.k."],
    ),
    ("madrid", &["spain"]),
    ("managua", &["nicaragua"]),
    ("manila", &["philippines"]),
    ("mexico city", &["mexico"]),
    ("minsk", &["belarus"]),
    ("mogadishu", &["somalia"]),
    ("moscow", &["russia"]),
    ("n'djamena", &["chad"]),
    ("nairobi", &["kenya"]),
    ("new delhi", &["india"]),
    ("niamey", &["niger"]),
    ("nicosia", &["cyprus"]),
    ("oslo", &["norway"]),
    ("ottawa", &["canada"]),
    ("ouagadougou", &["burkina faso"]),
    ("paris", &["france"]),
    ("prague", &["czech republic", "czechia"]),
    ("pretoria", &["south africa"]),
    ("pristina", &["kosovo"]),
    ("pyongyang", &["north korea"]),
    ("rabat", &["morocco"]),
    ("riga", &["latvia"]),
    ("riyadh", &["saudi arabia"]),
    ("rome", &["italy"]),
    ("sanaa", &["yemen"]),
    ("santiago", &["chile"]),
    ("sarajevo", &["bosnia", "bosnia and herzegovina"]),
    ("seoul", &["south korea"]),
    ("skopje", &["north macedonia"]),
    ("sofia", &["bulgaria"]),
    ("stockholm", &["sweden"]),
    ("taipei", &["taiwan"]),
    ("tallinn", &["estonia"]),
    ("tashkent", &["uzbekistan"]),
    ("tbilisi", &["georgia"]),
    ("tehran", &["iran"]),
    ("the hague", &["netherlands"]),
    ("tirana", &["albania"]),
    ("tokyo", &["japan"]),
    ("tripoli", &["libya"]),
    ("tunis", &["tunisia"]),
    ("vienna", &["austria"]),
    ("vilnius", &["lithuania"]),
    ("warsaw", &["poland"]),
    (
        "washington",
        &[
            "united states",
            "u.s.",
            "us",
            "usa",
            "america",
            "united states of america",
        ],
    ),
    ("wellington", &["new zealand"]),
    ("yerevan", &["armenia"]),
    ("zagreb", &["croatia"]),
];

/// [`CAPITALS`] both ways, built once: looked up for every named speaker.
type CapitalMaps = (
    HashMap<&'static str, &'static [&'static str]>,
    HashMap<&'static str, &'static str>,
);

fn capital_maps() -> &'static CapitalMaps {
    static MAPS: OnceLock<CapitalMaps> = OnceLock::new();
    MAPS.get_or_init(|| {
        let states = CAPITALS.iter().copied().collect();
        let capitals = CAPITALS
            .iter()
            .flat_map(|&(c, states)| states.iter().map(move |&s| (s, c)))
            .collect();
        (states, capitals)
    })
}

/// The lowercase names of the state whose capital is `capital` (lowercase).
pub(crate) fn state_of_capital(capital: &str) -> Option<&'static [&'static str]> {
    capital_maps().0.get(capital).copied()
}

/// The capital of the state named `state` (lowercase).
pub(crate) fn capital_of_state(state: &str) -> Option<&'static str> {
    capital_maps().1.get(state).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_inflect() {
        let cases = [
            ("said", "say", Form::Past),
            ("denied", "deny", Form::Past),
            ("lauded", "laud", Form::Past),
            ("criticises", "criticise", Form::Present3),
            ("adding", "add", Form::Ing),
            ("admitted", "admit", Form::Past),
            ("told", "tell", Form::Past),
            ("warns", "warn", Form::Present3),
        ];
        for (w, lemma, form) in cases {
            let v = speech_verb(w).unwrap_or_else(|| panic!("{w} not a verb"));
            assert_eq!((v.lemma, v.form), (lemma, form), "{w}");
        }
        assert!(speech_verb("reports").is_none());
        assert!(speech_verb("Said").is_none());
        assert!(speech_verb("sad").is_none());
    }

    #[test]
    fn packed_keys_match_a_byte_copy() {
        let reference = |b: &[u8]| {
            if b.len() > PACKED_LEN || b.iter().any(|&c| c == 0 || c >= 0x80) {
                return None;
            }
            let mut buf = [0u8; PACKED_LEN];
            for (d, &c) in buf.iter_mut().zip(b) {
                *d = c.to_ascii_lowercase();
            }
            Some(u128::from_le_bytes(buf))
        };
        let all: Vec<u8> = (0u8..=255).collect();
        for len in 0..=17 {
            for start in 0..all.len() - len {
                let b = &all[start..start + len];
                assert_eq!(pack_lower_ascii(b), reference(b), "{b:?}");
            }
            for w in [
                "SaId",
                "Z@[`az{",
                "ABCDEFGHIJKLMNOP",
                "al-Nusra's",
                "U.S.",
                "x\0y",
            ] {
                let b = &w.as_bytes()[..len.min(w.len())];
                assert_eq!(pack_lower_ascii(b), reference(b), "{w}");
            }
        }
    }

    #[test]
    fn media_match() {
        let m = Media::new(&[]);
        assert_eq!(
            m.match_at(&["Sputnik", "news", "that"]).map(|x| x.1),
            Some(2)
        );
        assert_eq!(m.match_at(&["AFP"]).map(|x| x.0), Some("AFP".to_string()));
        assert!(m.is_medium("Agence France-Presse (AFP)"));
        assert!(!m.is_medium("France"));
        let extra = vec!["Kurdistan 24".to_string()];
        let m = Media::new(&extra);
        assert!(m.is_medium("Kurdistan 24"));
    }

    #[test]
    fn nouns() {
        assert!(is_person_noun("officials"));
        assert!(is_person_noun("spokesmen"));
        assert!(is_org_noun("ministry"));
        assert!(is_journalist_noun("reporters"));
        assert!(!is_person_noun("decision"));
    }
}
