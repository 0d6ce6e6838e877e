//! Tests of the whole quote finder: one table row per pattern, the seed article against
//! its gold file, the gold-directory scorer, and a property test that nothing panics.

use super::score::{norm, score_dir, Gold, Score};
use super::*;

/// Finds quotes with the default config.
fn run(text: &str) -> ArticleQuotes {
    extract_quotes(text, &QuoteConfig::default()).expect("extract")
}

/// `(span, kind, party name or "-")` for every quote, in text order.
fn found(text: &str) -> Vec<(String, QuoteKind, String)> {
    let f = run(text);
    f.quotes
        .iter()
        .map(|q| {
            let who = q
                .party
                .map_or("-".to_string(), |p| f.parties[p].name.clone());
            (text[q.start..q.end].to_string(), q.kind, who)
        })
        .collect()
}

use QuoteKind::{Direct, Partial, Reported};

/// A case name, an article (first line is the headline) and the quotes expected in it:
/// (text, kind, speaker).
type Pattern = (
    &'static str,
    &'static str,
    &'static [(&'static str, QuoteKind, &'static str)],
);

const PATTERNS: &[Pattern] = &[
    (
        "said-x inversion",
        "Troops leave\n\n“We welcome this,” said Defence Minister Lena Okafor.",
        &[("We welcome this", Direct, "Lena Okafor")],
    ),
    (
        "quote-verb-speaker with title",
        "Troops leave\n\n\"We may face the best opportunity,\" U.S. Secretary of State John Kerry said.",
        &[("We may face the best opportunity", Direct, "John Kerry")],
    ),
    (
        "split quote around the verb",
        "Troops leave\n\n“We welcome this,” Lena Okafor said, “but it is late.”",
        &[("We welcome this", Direct, "Lena Okafor"), ("but it is late.", Direct, "Lena Okafor")],
    ),
    (
        "colon introduction",
        "Troops leave\n\nFrance said: “Anything that helps should be encouraged.”",
        &[("Anything that helps should be encouraged.", Direct, "France")],
    ),
    (
        "guillemets and low-high quotes",
        "Troops leave\n\nMinister Anna Weber said: „Wir begrüßen das“. Paul Roux told Le Monde: « nous partons ».",
        &[("Wir begrüßen das", Direct, "Anna Weber"), ("nous partons", Direct, "Paul Roux")],
    ),
    (
        "nested single quotes and apostrophes",
        "Troops leave\n\n“It’s done. They told us ‘we’ll stay’ and they didn't,” said Omar Haddad.",
        &[("It’s done. They told us ‘we’ll stay’ and they didn't", Direct, "Omar Haddad")],
    ),
    (
        "partial quote after a naming verb",
        "Troops leave\n\nNilgün Ersoy, a lawmaker from the Homeland Union Party, called the move a “betrayal”.",
        &[("called the move a “betrayal”", Reported, "Nilgün Ersoy"), ("betrayal", Partial, "Nilgün Ersoy")],
    ),
    (
        "scare quotes are not quotes",
        "Troops leave\n\nRussia will continue strikes against “terrorist targets” in the region.",
        &[],
    ),
    (
        "titles of works are not quotes",
        "Troops leave\n\nShe has read the book “The Long Retreat” twice this year.",
        &[],
    ),
    (
        "reported denial keeps the verb phrase",
        "Troops leave\n\nRussian President Vladimir Putin's spokesman Dmitry Peskov denied the allegations that the move was a retreat.",
        &[("denied the allegations that the move was a retreat", Reported, "Dmitry Peskov")],
    ),
    (
        "reported clause after said that",
        "Troops leave\n\nEmre Kalkan, a security analyst at the Centre for Frontier Studies, said that the pullout was limited.",
        &[("the pullout was limited", Reported, "Emre Kalkan")],
    ),
    (
        "French honorific stripped",
        "Troops leave\n\n“We welcome this,” said Mme Claire Duvivier.",
        &[("We welcome this", Direct, "Claire Duvivier")],
    ),
    (
        "lauded the move",
        "Troops leave\n\nGermany lauded the move on Tuesday.",
        &[("lauded the move on Tuesday", Reported, "Germany")],
    ),
    (
        "warned that",
        "Troops leave\n\nGeneral Amir Nasser warned that the militants would return.",
        &[("the militants would return", Reported, "Amir Nasser")],
    ),
    (
        "according to a person",
        "Troops leave\n\nAccording to Shirwan Baban, the bases remain open.",
        &[("the bases remain open", Reported, "Shirwan Baban")],
    ),
    (
        "reported clause before the subject",
        "Troops leave\n\nThe troops will stay until May, the ministry said.",
        &[("The troops will stay until May", Reported, "the ministry")],
    ),
    (
        "media carry words but do not speak",
        "Troops leave\n\n“We will see,” Shirwan Baban told Reuters. “Let us wait,” Agence France-Presse reported.",
        &[("We will see", Direct, "Shirwan Baban"), ("Let us wait", Direct, "Shirwan Baban")],
    ),
    (
        "headline and caption are no sources",
        "Kerry: “We welcome it”\n\nA soldier waits at the base. Getty Images/AFP/Max Delany\n\nIn this photo, “Victory” is painted on a wall. Photo: Reuters/Deniz Aral\n\nNothing was said.",
        &[],
    ),
    (
        "multi-paragraph quote",
        "Troops leave\n\nEmre Kalkan said the pullout was limited.\n\n“What is leaving are the forward posts.\n\n“So I would call this a consolidation,” he said.",
        &[
            ("the pullout was limited", Reported, "Emre Kalkan"),
            ("What is leaving are the forward posts.", Direct, "Emre Kalkan"),
            ("So I would call this a consolidation", Direct, "Emre Kalkan"),
        ],
    ),
    (
        "pronoun to the nearest earlier person",
        "Troops leave\n\nGagik Harutyunyan, the village headman, was bitter. “They drove past my house,” he said.",
        &[("They drove past my house", Direct, "Gagik Harutyunyan")],
    ),
    (
        "the commander merges into the description",
        "Troops leave\n\nA commander of the Jabhat al-Nusra told AFP that the group would attack. “Russia has suffered defeat,” the commander said.",
        &[
            ("the group would attack", Reported, "a commander of the Jabhat al-Nusra"),
            ("Russia has suffered defeat", Direct, "a commander of the Jabhat al-Nusra"),
        ],
    ),
    (
        "appositive is not the name",
        "Troops leave\n\n“They could stay longer,” Olga Oliker, a senior adviser at the Center for Strategic & International Studies, said.",
        &[("They could stay longer", Direct, "Olga Oliker")],
    ),
    (
        "quote alone in its paragraph",
        "Troops leave\n\n“We leave with honour,” said Colonel Zhao Mingde.\n\n“The agreement is fulfilled.”",
        &[("We leave with honour", Direct, "Zhao Mingde"), ("The agreement is fulfilled.", Direct, "Zhao Mingde")],
    ),
    (
        "transcript tags, presenter excluded",
        "Radio transcript\n\nHOST: Will they really stay away?\n\nAMINA DIALLO: We welcome the withdrawal.\n\nHOST: Why now?\n\nAMINA DIALLO: Because it is time.",
        &[("We welcome the withdrawal.", Direct, "Amina Diallo"), ("Because it is time.", Direct, "Amina Diallo")],
    ),
    (
        "a presenter introduced as 'presented by' is no party",
        "Radio transcript\n\nAn edited transcript of Crossroads, presented by Hannah Oyelaran.\n\nHANNAH OYELARAN: Good evening. The troops leave next week.\n\nLUKAS BRENNER: We welcome it.",
        &[("We welcome it.", Direct, "Lukas Brenner")],
    ),
    (
        "generic media noun is a medium; its report goes to the speaker named before",
        "Troops leave\n\nA commander told Agence France-Presse that the troops had fled, the agency reported.\n\nCaptain Ilya Marsh spoke at the gate. “It is over,” he said.\n\nThe last convoy would leave on Friday, the newspaper reported.",
        &[
            ("the troops had fled", Reported, "a commander"),
            ("It is over", Direct, "Ilya Marsh"),
            ("The last convoy would leave on Friday", Reported, "Ilya Marsh"),
        ],
    ),
    (
        "mixed-case transcript tags with roles; a correspondent's turn reports others",
        "Radio transcript\n\nGrace Mwangi (presenter): What did you see?\n\nPETER ODHIAMBO (correspondent): Trucks. A trader told me: “They leave with guns.”\n\nJoseph Kariuki: We welcome it.\n\nODHIAMBO: The road is quiet.",
        &[("They leave with guns.", Direct, "a trader"), ("We welcome it.", Direct, "Joseph Kariuki")],
    ),
    (
        "adding that, and a parenthetical speech verb",
        "Troops leave\n\n“We are not leaving,” Mara Velt said, adding that patrols would continue. The ships, she said, are not going far.",
        &[
            ("We are not leaving", Direct, "Mara Velt"),
            ("patrols would continue", Reported, "Mara Velt"),
            ("The ships, she said, are not going far", Reported, "Mara Velt"),
        ],
    ),
    (
        "a demonym body merges into its state",
        "Troops leave\n\nBravnia welcomed the move. The Bravnian foreign ministry said it would judge by deeds.",
        &[
            ("welcomed the move", Reported, "Bravnia"),
            ("it would judge by deeds", Reported, "Bravnia"),
        ],
    ),
    (
        "a participle with a time or place phrase reports no words",
        "Troops leave\n\nAbout 900 soldiers will go home under a plan announced on Thursday. A \
         training centre promised for the site has no funding. Guatemala, which claimed the \
         territory until 1991, was silent. Rebel leader Omar Sed called on residents to block \
         the roads. Norhaven said last year it would not renew the lease.",
        &[
            ("called on residents to block the roads", Reported, "Omar Sed"),
            ("last year it would not renew the lease", Reported, "Norhaven"),
        ],
    ),
    (
        "an interviewer's vocative and 'you have said' report no third party",
        "Troops leave\n\nGeneral, you have said publicly that you are against this. Minister \
         Ana Ruiz said the troops would be home by May.",
        &[("the troops would be home by May", Reported, "Ana Ruiz")],
    ),
    (
        "a sentence-initial 'It warned' is the body the text is about",
        "Port guard ends\n\nThe Federation of Shipowners, which represents most lines, was less \
         enthusiastic. It warned that several lines might divert ships.",
        &[("several lines might divert ships", Reported, "Federation of Shipowners")],
    ),
    (
        "a pronoun right before the verb is its subject after an opening phrase",
        "Port guard ends\n\nThe ministry said the marines would go. In a letter to its staff it \
         said the decision was final.",
        &[
            ("the marines would go", Reported, "the ministry"),
            ("the decision was final", Reported, "the ministry"),
        ],
    ),
    (
        "a surname after an opening participle speaks for the quote paragraphs that follow",
        "Troops come home\n\nSpeaking from the palace, Carvallo devoted her address to the \
         decision.\n\n\"Our soldiers went there eight years ago.\n\n\"This is not a retreat.\"",
        &[
            ("Our soldiers went there eight years ago.", Direct, "Carvallo"),
            ("This is not a retreat.", Direct, "Carvallo"),
        ],
    ),
    (
        "Q:/A: interview turns: answers are the introduced person's, questions nobody's",
        "Troops leave\n\nColonel Ines Brandvold commands the withdrawal. She spoke to us at \
         the base.\n\nQ: Are the critics wrong?\n\nA: They are wrong. We came in 2009.\n\nQ: \
         And the radar?\n\nA: It goes to Hallen.",
        &[
            ("They are wrong. We came in 2009.", Direct, "Ines Brandvold"),
            ("It goes to Hallen.", Direct, "Ines Brandvold"),
        ],
    ),
    (
        "a reported clause starts at a possessive after 'said' and ends before a second speaker",
        "Troops leave\n\nThe Fishermen's Association said its members feared the crews that once \
         ruled the harbours, and the Patriotic Front called the deal a retreat.",
        &[
            (
                "its members feared the crews that once ruled the harbours",
                Reported,
                "Fishermen's Association",
            ),
            ("called the deal a retreat", Reported, "Patriotic Front"),
        ],
    ),
    (
        "'its' refers to the body the last sentence opened with, even by one word",
        "Troops leave\n\nThe Operational Group of Russian Forces is to leave within a year.\n\n\
         Ukraine, whose border runs along the region, was guarded. Its foreign ministry said it \
         would judge the process by facts.",
        &[("it would judge the process by facts", Reported, "Ukraine")],
    ),
    (
        "a sentence-initial 'It' is the organisation the last sentence's subject named",
        "Mines handed over\n\nHuman Rights Watch said the departure should not close the book. \
         It said it had documented abuses.\n\nThe Carter Center, which monitored Calvo's \
         elections, said the withdrawal was welcome. It said a peaceful handover would follow.",
        &[
            ("the departure should not close the book", Reported, "Human Rights Watch"),
            ("it had documented abuses", Reported, "Human Rights Watch"),
            ("the withdrawal was welcome", Reported, "Carter Center"),
            ("a peaceful handover would follow", Reported, "Carter Center"),
        ],
    ),
    (
        "an aside between dashes or commas splits reported or quoted words",
        "Troops leave\n\nThe pullout — said a senior officer who asked not to be named — was \
         rushed from start to finish. The timetable, said a navy spokesman, was always tight.\n\n\
         “We are leaving” — Defence Minister Ana Ruiz said — “but not too soon.”",
        &[
            (
                "The pullout — said a senior officer who asked not to be named — was rushed from start to finish",
                Reported,
                "a senior officer who asked not to be named",
            ),
            ("The timetable, said a navy spokesman, was always tight", Reported, "a navy spokesman"),
            ("We are leaving", Direct, "Ana Ruiz"),
            ("but not too soon.", Direct, "Ana Ruiz"),
        ],
    ),
    (
        "a speaker introduced by a number is a description; 'one of them' is one of that group",
        "Troops leave\n\nTwo people familiar with the planning said the marines had left a \
         small unit. According to one of them, the unit is tiny.\n\nPrivately, one Ilmari \
         official conceded that the army was not ready. Several residents told reporters that \
         the town was quiet.",
        &[
            ("the marines had left a small unit", Reported, "two people familiar with the planning"),
            ("the unit is tiny", Reported, "two people familiar with the planning"),
            ("the army was not ready", Reported, "one Ilmari official"),
            ("the town was quiet", Reported, "several residents"),
        ],
    ),
    (
        "'the general', 'the sheikh' refer to the one party with that title; 'Liu' to 'Liu Jianguo'",
        "Troops leave\n\nLt. Gen. Omar Sed, the force commander, said the mission was over. The \
         general said the first units would leave soon. His deputy, Brig. Tomasz Nowak, said the \
         plan was sound. The brigadier added that the hospital would stay.\n\nChina was \
         represented by Senior Colonel Liu Jianguo. Liu said the engineers would finish the \
         bridge. Sheikh Faisal Al-Zahrani, whose tribe grazes the valley, was scathing. The \
         sheikh said his people had never been consulted.",
        &[
            ("the mission was over", Reported, "Omar Sed"),
            ("the first units would leave soon", Reported, "Omar Sed"),
            ("the plan was sound", Reported, "Tomasz Nowak"),
            ("the hospital would stay", Reported, "Tomasz Nowak"),
            ("the engineers would finish the bridge", Reported, "Liu Jianguo"),
            ("his people had never been consulted", Reported, "Faisal Al-Zahrani"),
        ],
    ),
    (
        "a quote inside 'According to X, …' is X's; after a medium, the speaker named before",
        "Troops leave\n\nCaptain Ilya Marsh said the base was empty. According to Reuters, the \
         convoy “left at dawn for good”. According to a Korvanian official, Korvania “will watch \
         closely whether it is complete” before talks resume.",
        &[
            ("the base was empty", Reported, "Ilya Marsh"),
            ("left at dawn for good", Partial, "Ilya Marsh"),
            (
                "Korvania “will watch closely whether it is complete” before talks resume",
                Reported,
                "a Korvanian official",
            ),
            ("will watch closely whether it is complete", Partial, "a Korvanian official"),
        ],
    ),
    (
        "'the mayor of <dateline town>' is a description, never the town",
        "Troops leave\n\nSANTA LUZ, Calvo — The soldiers left on Saturday.\n\nMarta Quiroga, the \
         mayor of Santa Luz, said she was relieved. The mayor of Puerto Ancla said the town was \
         quiet.",
        &[
            ("she was relieved", Reported, "Marta Quiroga"),
            ("the town was quiet", Reported, "the mayor of Puerto Ancla"),
        ],
    ),
    (
        "a speech verb after a determiner is a noun: 'wrote in a note to clients that'",
        "Troops leave\n\nMorgan Stanley analysts wrote in a note to clients that output could \
         fall. The union said in a post that the strike would go ahead.",
        &[
            ("output could fall", Reported, "Morgan Stanley analysts"),
            ("the strike would go ahead", Reported, "the union"),
        ],
    ),
    (
        "defended, doubts, questioned, maintained and other stance verbs report words",
        "Troops leave\n\nGeneral Rodrigo Espinal defended the mission's record. Professor Amaka \
         Nwosu doubts that the governments will be fooled. Tamar Gelashvili questioned how much \
         had changed. Omar Sed maintained that the base was empty.",
        &[
            ("defended the mission's record", Reported, "Rodrigo Espinal"),
            ("the governments will be fooled", Reported, "Amaka Nwosu"),
            ("questioned how much had changed", Reported, "Tamar Gelashvili"),
            ("the base was empty", Reported, "Omar Sed"),
        ],
    ),
    (
        "an organisation named like a person is never 'he'",
        "Troops leave\n\nColonel Pedro Alves said the last unit had left. Amnesty International \
         called the move hasty. “We did our duty,” he said. Doctors Without Borders said its \
         clinics would stay open.",
        &[
            ("the last unit had left", Reported, "Pedro Alves"),
            ("called the move hasty", Reported, "Amnesty International"),
            ("We did our duty", Direct, "Pedro Alves"),
            ("its clinics would stay open", Reported, "Doctors Without Borders"),
        ],
    ),
    (
        "'the group' is the organization last named; a noun before a head does not name it",
        "Troops leave\n\nThe Coastal Relief Alliance, a charity that runs two clinics, said it \
         hoped for peace. The group said it would keep its staff in place.\n\nThe Dravenian \
         navy insisted the timing was sound. A navy spokesman, Ilja Brekov, said the ships had \
         left. The last ferry reached port at dawn, the navy said.",
        &[
            ("it hoped for peace", Reported, "Coastal Relief Alliance"),
            ("it would keep its staff in place", Reported, "Coastal Relief Alliance"),
            ("the timing was sound", Reported, "the Dravenian navy"),
            ("the ships had left", Reported, "Ilja Brekov"),
            ("The last ferry reached port at dawn", Reported, "the Dravenian navy"),
        ],
    ),
    (
        "a title refers back only when one person met so far carries it",
        "Troops leave\n\nGeneral Ana Ruiz said the base was empty. General Omar Sed said the \
         road was open. The general said the convoy would leave.",
        &[
            ("the base was empty", Reported, "Ana Ruiz"),
            ("the road was open", Reported, "Omar Sed"),
            ("the convoy would leave", Reported, "the general"),
        ],
    ),
    (
        "informed, alleged, demanded, opined that",
        "Troops leave\n\nHome Minister Harish Bhatnagar informed the Rashtra Sabha that the withdrawal was complete. Kamla Devi Rawat alleged that the Government had bowed before foreign pressure. Sushila Menon opined that the withdrawal was welcome in principle.",
        &[
            ("the withdrawal was complete", Reported, "Harish Bhatnagar"),
            ("the Government had bowed before foreign pressure", Reported, "Kamla Devi Rawat"),
            ("the withdrawal was welcome in principle", Reported, "Sushila Menon"),
        ],
    ),
    (
        "thanked X for Y is reported speech",
        "Troops leave\n\nThe ambassador thanked the Government of Vardhanpur for its statesmanship.",
        &[("thanked the Government of Vardhanpur for its statesmanship", Reported, "the ambassador")],
    ),
    (
        "doubted without that",
        "Troops leave\n\nDr. Anna Berg doubted the company would be the last to leave.",
        &[("the company would be the last to leave", Reported, "Anna Berg")],
    ),
    (
        "relative that after a noun is no reported clause",
        "Troops leave\n\nKaltenmark will withdraw its battalion, ministers announced on Wednesday at a news conference that grew noticeably tense.",
        &[],
    ),
    (
        "what X call names, not speech",
        "Troops leave\n\nThe deployment began under what the two governments called Operation Long Harbour. Haraldsen has promised that the savings will go into what ministers like to call the \"peace dividend\".",
        &[("the savings will go into what ministers like to call the \"peace dividend\"", Reported, "Haraldsen")],
    ),
    (
        "a name given in title case is no quote",
        "Troops leave\n\nHalvoria's air force is packing up at Tarn, the airbase in southern Sorenia that locals have called the \"Glass Fort\" since its control tower was rebuilt in 2009.",
        &[],
    ),
    (
        "quoted X as saying",
        "Troops leave\n\nState television quoted Foreign Minister Rashid Kaleb as saying that the foreigners had \"finally learned what everyone knew\".",
        &[
            ("the foreigners had \"finally learned what everyone knew\"", Reported, "Rashid Kaleb"),
            ("finally learned what everyone knew", Partial, "Rashid Kaleb"),
        ],
    ),
    (
        "honorifics and ordinal ranks are titles",
        "Troops leave\n\n\"We thank them,\" said Shri Harish Chandra Bhatnagar. \"We welcome it,\" said Smt. Kamla Rawat. \"Good,\" said Sgt. 1st Class Maria Okonjo.",
        &[
            ("We thank them", Direct, "Harish Chandra Bhatnagar"),
            ("We welcome it", Direct, "Kamla Rawat"),
            ("Good", Direct, "Maria Okonjo"),
        ],
    ),
    (
        "he skips a woman; a subject after an opening adverbial is an antecedent",
        "Troops leave\n\nAir Marshal Kerstin Voss told a committee that the wing was ready. But she added that the gap was a risk.\n\nIn Sorenia, Radu Ciobanu, leader of the People's Front, held a rally on Saturday. He mocked the departing force as \"tourists in uniform\".",
        &[
            ("the wing was ready", Reported, "Kerstin Voss"),
            ("the gap was a risk", Reported, "Kerstin Voss"),
            ("mocked the departing force as \"tourists in uniform\"", Reported, "Radu Ciobanu"),
            ("tourists in uniform", Partial, "Radu Ciobanu"),
        ],
    ),
    (
        "she skips a man; flanked by a named person",
        "Troops leave\n\nGeneral Oskar Lind spoke first. \"The army will carry out the order,\" he said. He was flanked by Mara Feld, the spokesperson.\n\nFeld said the talks went well. She said the ministry was confident.",
        &[
            ("The army will carry out the order", Direct, "Oskar Lind"),
            ("the talks went well", Reported, "Mara Feld"),
            ("the ministry was confident", Reported, "Mara Feld"),
        ],
    ),
    (
        "a dateline in capitals is no speaker",
        "Troops leave\n\nLESNA GORA — The garrison left on Thursday.\n\nThe Mirovian defence ministry confirmed the withdrawal. It said the company had \"completed its mission\".",
        &[
            ("the company had \"completed its mission\"", Reported, "-"),
            ("completed its mission", Partial, "-"),
        ],
    ),
    (
        "a heading in capitals yields its name to the body",
        "Troops leave\n\nGERMANY\n\nGermany welcomed the decision.",
        &[("welcomed the decision", Reported, "Germany")],
    ),
    (
        "a body's name keeps the title words it opens with",
        "Troops leave\n\nThe State Department said the move was \"welcome\". The Defense Department said the plan was on track.",
        &[
            ("the move was \"welcome\"", Reported, "State Department"),
            ("welcome", Partial, "State Department"),
            ("the plan was on track", Reported, "Defense Department"),
        ],
    ),
    (
        "a description with a name in apposition is the named person",
        "Troops leave\n\n“It is a betrayal,” said one veteran, Samuel Adeyemi, 67.\n\nAustria's chancellor, Eva Gruber, echoed that view, saying the region needed “guarantees”.",
        &[
            ("It is a betrayal", Direct, "Samuel Adeyemi"),
            ("the region needed “guarantees”", Reported, "Eva Gruber"),
            ("guarantees", Partial, "Eva Gruber"),
        ],
    ),
    (
        "a trailing attribution after the words, with an adverbial or a participle",
        "Troops leave\n\nMARRAK — The last soldiers will leave before the winter, the ministry said on Tuesday.\n\nThe bases will be handed over intact, a spokesman said, adding that the police would move in.\n\nThe soldiers, the ministry said, will leave by June.",
        &[
            ("The last soldiers will leave before the winter", Reported, "the ministry"),
            ("The bases will be handed over intact", Reported, "a spokesman"),
            ("the police would move in", Reported, "a spokesman"),
            ("The soldiers, the ministry said, will leave by June", Reported, "the ministry"),
        ],
    ),
    (
        "one of a group described in apposition is her own party",
        "Troops leave\n\nResidents of the estate gathered at the gate.\n\n“We'll finally get some sleep,” one of them, a nurse who works nights at the hospital, said.",
        &[("We'll finally get some sleep", Direct, "a nurse who works nights at the hospital")],
    ),
    (
        "a description with another capitalized modifier is another party",
        "Troops leave\n\nThe troops will leave by May, the defence ministry said.\n\n“A withdrawal announced is not a withdrawal completed,” the Drevanian foreign ministry said.",
        &[
            ("The troops will leave by May", Reported, "the defence ministry"),
            ("A withdrawal announced is not a withdrawal completed", Direct, "the Drevanian foreign ministry"),
        ],
    ),
    (
        "a possessor's lowercase office before a person noun opens the phrase",
        "Troops leave\n\nHungary's foreign minister, Laszlo Kertesz, echoed that view, saying the region needed “more than words”.",
        &[
            ("the region needed “more than words”", Reported, "Laszlo Kertesz"),
            ("more than words", Partial, "Laszlo Kertesz"),
        ],
    ),
    (
        "an age between a name and its description; told a medium; according to after a quote",
        "Troops leave\n\nMarco Feld, 62, a retired colonel, told AFP the withdrawal was overdue.\n\n“This is a moment of hope,” according to Bishop Anselm Kerr.",
        &[
            ("the withdrawal was overdue", Reported, "Marco Feld"),
            ("This is a moment of hope", Direct, "Anselm Kerr"),
        ],
    ),
    (
        "a relative pronoun's antecedent speaks",
        "Troops leave\n\nThe pullout drew condemnation from Iran, which called it “a ploy”.",
        &[("called it “a ploy”", Reported, "Iran"), ("a ploy", Partial, "Iran")],
    ),
    (
        "guillemets point the way the paragraph's evidence says",
        "Troops leave\n\n»For years they told us: ›Stay.‹ Now they say go,« said Bernhard Stoll. The decision was »a betrayal«, he said.\n\nMinister Paul Roux told Le Monde: «We are leaving». Anna Weber said: « nous partons ».",
        &[
            ("For years they told us: ›Stay.‹ Now they say go", Direct, "Bernhard Stoll"),
            ("The decision was »a betrayal«", Reported, "Bernhard Stoll"),
            ("a betrayal", Partial, "Bernhard Stoll"),
            ("We are leaving", Direct, "Paul Roux"),
            ("nous partons", Direct, "Anna Weber"),
        ],
    ),
    (
        "hansard tags: the titled name after an office, a member's turn, a turn's next paragraph",
        "Troops leave\n\nTHE MINISTER OF DEFENCE (Ms Ilse Varga): We will withdraw by June.\n\nThe police are ready to take over the shore.\n\nDr HANNA OKOYE (Rivermouth): I do not oppose it. I have heard three promises. Will the Minister publish the conditions?\n\nTHE MINISTER OF DEFENCE (Ms Ilse Varga): They will be published.",
        &[
            ("We will withdraw by June.", Direct, "Ilse Varga"),
            ("The police are ready to take over the shore.", Direct, "Ilse Varga"),
            ("I do not oppose it. I have heard three promises. Will the Minister publish the conditions?", Direct, "Hanna Okoye"),
            ("They will be published.", Direct, "Ilse Varga"),
        ],
    ),
    (
        "stage directions in brackets split a turn or a quote",
        "Troops leave\n\nMr TOBIAS RENNARD (Kessel North): I call it a retreat. [Interjection: Hear, hear!] We will oppose it. [Laughter]\n\nMs PETRA KALNINS (Ostvale): It is a desertion.\n\nGeneral Ruth Ashby said: “We are ready. (Applause) The shore is safe.”",
        &[
            ("I call it a retreat.", Direct, "Tobias Rennard"),
            ("We will oppose it.", Direct, "Tobias Rennard"),
            ("It is a desertion.", Direct, "Petra Kalnins"),
            ("We are ready.", Direct, "Ruth Ashby"),
            ("The shore is safe.", Direct, "Ruth Ashby"),
        ],
    ),
    (
        "an agency in a dateline's brackets is no speaker; what a state has 'described as an occupation' in a relative clause names, it reports no words",
        "Troops leave\n\nULVEN CITY, March 3 (Wire) — Ulvenia's government welcomed Korvessa's decision to withdraw.\n\nKAVALA, Norland (Newsline) - Norland began withdrawing on Monday, a deployment that Sarvia had described as an occupation.",
        &[
            ("welcomed Korvessa's decision to withdraw", Reported, "Ulvenia's government"),
        ],
    ),
    (
        "a statement's author speaks through its participle",
        "Troops leave\n\nThe African Union Commission has issued a statement welcoming \"the peaceful and orderly conclusion\" of the withdrawal.",
        &[("the peaceful and orderly conclusion", Partial, "African Union Commission")],
    ),
    (
        "words running on from a partial quote are no speaker",
        "Troops leave\n\nSyria \"has never accepted and will never accept\" a foreign military presence on its soil without its consent, the ministry added.",
        &[
            ("Syria \"has never accepted and will never accept\" a foreign military presence on its soil without its consent", Reported, "the ministry"),
            ("has never accepted and will never accept", Partial, "the ministry"),
        ],
    ),
    (
        "a person the reporter spoke to is who 'he' is",
        "Troops leave\n\n\"It is over,\" said Julien Varenne, a teacher.\n\nWe spoke to Moussa Adoum, 24, a taxi driver. \"Today I see two planes,\" he told us.",
        &[("It is over", Direct, "Julien Varenne"), ("Today I see two planes", Direct, "Moussa Adoum")],
    ),
    (
        "a capital speaks for its state",
        "Troops leave\n\nRussia said the pullout was overdue. Moscow also welcomed the handover, and Tehran called it \"a victory\". Iran said it would help.",
        &[
            ("the pullout was overdue", Reported, "Russia"),
            ("welcomed the handover", Reported, "Russia"),
            ("called it \"a victory\"", Reported, "Iran"),
            ("a victory", Partial, "Iran"),
            ("it would help", Reported, "Iran"),
        ],
    ),
    (
        "less common evaluating verbs",
        "Troops leave\n\nA commentator derided the pullout as \"theatre for the cameras\". The governor saluted the soldiers.",
        &[
            ("derided the pullout as \"theatre for the cameras\"", Reported, "a commentator"),
            ("theatre for the cameras", Partial, "a commentator"),
            ("saluted the soldiers", Reported, "the governor"),
        ],
    ),
    (
        "a semicolon ends the reported clause (and the opposition's clause after it is its own)",
        "Troops leave\n\nDefence Minister Oskar Renvall said the mission \"did what it was sent to do\"; the opposition calls it a gamble.",
        &[
            ("the mission \"did what it was sent to do\"", Reported, "Oskar Renvall"),
            ("did what it was sent to do", Partial, "Oskar Renvall"),
            ("calls it a gamble", Reported, "the opposition"),
        ],
    ),
    (
        "offices whose modifiers differ are different parties; a bare office refers back",
        "Troops leave\n\nThe prime minister said the plan was sound.\n\nThe defence minister said the timetable was tight.\n\nThe foreign minister said nothing would change. The minister said talks would resume.",
        &[
            ("the plan was sound", Reported, "the prime minister"),
            ("the timetable was tight", Reported, "the defence minister"),
            ("nothing would change", Reported, "the foreign minister"),
            ("talks would resume", Reported, "the foreign minister"),
        ],
    ),
    (
        "a plural possessive is part of the name",
        "Troops leave\n\nThe veterans' association denounced the withdrawal as \"a stab in the back\".\n\nThe Marwan Elders' Council said it was ready to take over the checkpoints.",
        &[
            ("denounced the withdrawal as \"a stab in the back\"", Reported, "the veterans' association"),
            ("a stab in the back", Partial, "the veterans' association"),
            ("it was ready to take over the checkpoints", Reported, "Marwan Elders' Council"),
        ],
    ),
    (
        "a sentence-opening adjective is no part of a state's name",
        "Troops leave\n\nNeighbouring Ostmark said it was ready to send more observers.",
        &[("it was ready to send more observers", Reported, "Ostmark")],
    ),
    (
        "a group calling itself X is X, and 'it' refers back to it",
        "Troops leave\n\nThe Elders welcomed the plan. A group calling itself the Free Highlands Front said the drawdown was \"a trick\". It called for a general strike.",
        &[
            ("welcomed the plan", Reported, "Elders"),
            ("the drawdown was \"a trick\"", Reported, "Free Highlands Front"),
            ("a trick", Partial, "Free Highlands Front"),
            ("called for a general strike", Reported, "Free Highlands Front"),
        ],
    ),
    (
        "in the view of X, past a relative clause on X",
        "Troops leave\n\nNot everyone agrees. In the view of Dario Vunic, who teaches at the University of Ardenza, the gendarmerie has too few helicopters.",
        &[("the gendarmerie has too few helicopters", Reported, "Dario Vunic")],
    ),
    (
        "a nationality before an adjective and a person noun is no antecedent of 'it'",
        "Troops leave\n\nThe works council, which represents 340 German civilian employees, said its members learned of the move from the radio. In a statement read out at the meeting, it said nobody had told them.",
        &[
            ("its members learned of the move from the radio", Reported, "the works council"),
            ("nobody had told them", Reported, "the works council"),
        ],
    ),
    (
        "a description cut short as a sentence's lead takes its full name",
        "Troops leave\n\nThe association of market traders of the town lamented the loss of clients.",
        &[("lamented the loss of clients", Reported, "the association of market traders of the town")],
    ),
    (
        "a title's bracketed abbreviation before a name",
        "Troops leave\n\nThe defence ministry said the cut was real. Colonel (ret.) Henrik Saal said the cut was cosmetic.",
        &[
            ("the cut was real", Reported, "the defence ministry"),
            ("the cut was cosmetic", Reported, "Henrik Saal"),
        ],
    ),
    (
        "underlined … that: a translated register's speech verb",
        "Troops leave\n\nThe Minister of Foreign Affairs, Mr. Alvaro Quintas, underlined in a communique that the departure \"confirms the maturity of the relationship\".",
        &[
            ("the departure \"confirms the maturity of the relationship\"", Reported, "Alvaro Quintas"),
            ("confirms the maturity of the relationship", Partial, "Alvaro Quintas"),
        ],
    ),
    (
        "a partial quote whose sentence's subject is not found is left unattributed, not given to the previous paragraph's speaker",
        "Troops leave\n\nDefence Secretary Richard Ashdown said the mission had succeeded.\n\nThe Russian statement, published on the ministry's website, said that the withdrawal showed \"the failure of the policy of pressure\".",
        &[
            ("the mission had succeeded", Reported, "Richard Ashdown"),
            ("the failure of the policy of pressure", Partial, "-"),
        ],
    ),
    (
        "a dateline without an agency is no speaker, in any of its shapes",
        "Troops leave\n\nBERLIN — Germany's defence minister said the troops would be home by May. \"This is a responsible end,\" she said.\n\nWASHINGTON, D.C. -- The Pentagon said the drawdown was on schedule.\n\nKABUL, Afghanistan, Nov. 3 — The Taliban said the pullout was a victory.",
        &[
            ("the troops would be home by May", Reported, "Germany's defence minister"),
            ("This is a responsible end", Direct, "Germany's defence minister"),
            ("the drawdown was on schedule", Reported, "Pentagon"),
            ("the pullout was a victory", Reported, "Taliban"),
        ],
    ),
    (
        "doubt and worry as speech: cast doubt on, raised concerns, wondered whether",
        "Troops leave\n\nSeveral analysts cast doubt on whether the pullout would last. Tomas Brandt wondered aloud whether the government had been misled. He raised concerns about the fate of interpreters.\n\nThe council cast a vote on the budget and raised taxes.",
        &[
            ("cast doubt on whether the pullout would last", Reported, "several analysts"),
            ("whether the government had been misled", Reported, "Tomas Brandt"),
            ("raised concerns about the fate of interpreters", Reported, "Tomas Brandt"),
        ],
    ),
    (
        "a group named by its count speaks for the joint statement before it",
        "Troops leave\n\nBritain, France and Germany said in a joint statement that the pullout \"must not become an abandonment.\" The three governments said they would keep funding the police.\n\nBoth countries said nothing more.",
        &[
            ("the pullout \"must not become an abandonment.\"", Reported, "Britain"),
            ("must not become an abandonment.", Partial, "Britain"),
            ("they would keep funding the police", Reported, "Britain"),
        ],
    ),
    (
        "a quote alone after a paragraph about a person that ends on 'he' or 'she'",
        "Troops leave\n\nColonel Ann Marsh, retired, lives near the old base. She is seventy. She spoke slowly.\n\n“We did our job, and it was time to go.”\n\nThe Taliban Said Nothing. He Added More.\n\n“This is not ours.”",
        &[
            ("We did our job, and it was time to go.", Direct, "Ann Marsh"),
            ("This is not ours.", Direct, "-"),
        ],
    ),
    (
        "a name set off by commas after 'the mayor of X' is a mention 'he' can take",
        "Troops leave\n\nColonel Hamadou Diarra lives near the market.\n\n“It was time,” he said.\n\nThe mayor of Tin-Eddar, Sidi Bella, has held the post for two terms.\n\n“Ask me in the hot season,” he said.",
        &[
            ("It was time", Direct, "Hamadou Diarra"),
            ("Ask me in the hot season", Direct, "Sidi Bella"),
        ],
    ),
    (
        "ministries of different states keep their full names; a work's title in apposition and 'declared independence' are no words",
        "Troops leave\n\nThe Ministry of Defence of the Kingdom of Ulvren said the last units had crossed the line. The Ministry of Foreign Affairs of Dastan said the move was hostile.\n\nThe institute's latest report, “Lines in the Sand: Velmora and the Kessar Strip”, was released last month. The province declared independence in 1992.",
        &[
            ("the last units had crossed the line", Reported, "Ministry of Defence of the Kingdom of Ulvren"),
            ("the move was hostile", Reported, "Ministry of Foreign Affairs of Dastan"),
        ],
    ),
    (
        "'the statement said' speaks for the body that issued it; a gloss after 'said,' is no words",
        "Troops leave\n\nNATO said it would assess the implications.\n\nThe ministry issued a statement on Monday. “The departure is a sovereign decision,” the statement said.\n\nThey would judge it “by what happens in the camps,” the ministry said, a reference to the camps holding suspects.",
        &[
            ("it would assess the implications", Reported, "NATO"),
            ("The departure is a sovereign decision", Direct, "the ministry"),
            ("by what happens in the camps", Partial, "the ministry"),
        ],
    ),
    (
        "honorifics are titles: 'Comrade Sunday Bitrus' and 'Comrade Bitrus' are one party",
        "Troops leave\n\nComrade Sunday Bitrus said the youths would not fold their arms. Alhaji Ibrahim Garba said the town was calm.\n\nComrade Bitrus said the army had left them alone.",
        &[
            ("the youths would not fold their arms", Reported, "Sunday Bitrus"),
            ("the town was calm", Reported, "Ibrahim Garba"),
            ("the army had left them alone", Reported, "Sunday Bitrus"),
        ],
    ),
    (
        "a list of reactions: the label before the colon is the verb's subject",
        "Reactions\n\n- Germany: welcomed the move, calling it \"overdue and wise.\"\n- **Italy**: said it was \"a serious mistake.\"\n* **Spain**: \"We are relieved.\"",
        &[
            ("welcomed the move, calling it \"overdue and wise.\"", Reported, "Germany"),
            ("overdue and wise.", Partial, "Germany"),
            ("it was \"a serious mistake.\"", Reported, "Italy"),
            ("a serious mistake.", Partial, "Italy"),
            ("We are relieved.", Direct, "Spain"),
        ],
    ),
    (
        "TV transcript tags with a name and a role",
        "Head\n\nANCHOR: Good evening.\n\nMARIA KOVAC, SHOPKEEPER: We have waited for this day.\n\nIVAN PETROV, FORMER COLONEL (through translator): They will be back within a year.",
        &[
            ("We have waited for this day.", Direct, "Maria Kovac"),
            ("They will be back within a year.", Direct, "Ivan Petrov"),
        ],
    ),
    (
        "a service, a directorate or a consulate is a body that speaks",
        "Head\n\n\"We respect it,\" the EU's external action service said in a statement. The wire service said the talks had ended.",
        &[("We respect it", Direct, "the EU's external action service")],
    ),
    (
        "a named subject of two coordinated verbs: 'X stood … and told the country that …'",
        "Head\n\nOn Tuesday, Defence Minister Jonas Albrecht stood in front of the vehicles and told the country that the mission had succeeded.",
        &[("the mission had succeeded", Reported, "Jonas Albrecht")],
    ),
    (
        "an on-screen caption is no turn; a role with digits still makes a tag",
        "Head\n\nANCHOR: Good evening.\n\nON-SCREEN CAPTION: HESNA VARO, TEACHER\n\nCOL. MARKUS FEY, 3RD BRIGADE: Job's done.",
        &[("Job's done.", Direct, "Markus Fey")],
    ),
    (
        "a pronoun after the words it reports refers to someone named before them",
        "Head\n\nAmina Sow sells fish at the port.\n\nHer sergeant came to say goodbye on Friday, she said, and brought her a cap.\n\nSogdara's foreign ministry said the withdrawal was overdue and thanked Moscow. Dastan would take over the runway in January, it said.\n\nThe Council of Elders, which represents some 60,000 residents, voiced doubts about the handover.",
        &[
            ("Her sergeant came to say goodbye on Friday, she said, and brought her a cap", Reported, "Amina Sow"),
            ("the withdrawal was overdue", Reported, "Sogdara's foreign ministry"),
            ("thanked Moscow", Reported, "Sogdara's foreign ministry"),
            ("Dastan would take over the runway in January", Reported, "Sogdara's foreign ministry"),
            ("voiced doubts about the handover", Reported, "Council of Elders"),
        ],
    ),
    (
        "a thing with an agent's ending is no person a pronoun can refer to",
        "Head\n\n“We sold them fish for years,” said Adja Korre, who runs a stall at the port.\n\nThe new freezer is the white one, by the door.\n\n“The bank manager asked me what my plan is now,” she said.",
        &[
            ("We sold them fish for years", Direct, "Adja Korre"),
            ("The bank manager asked me what my plan is now", Direct, "Adja Korre"),
        ],
    ),
    (
        "'and' after a clause of its own joins clauses, not names: the name after it speaks",
        "Head\n\nThe last convoy left Kabul on Tuesday and Germany said the departure was \"a sober moment.\" Troops withdrew in March and the city council said it was relieved.",
        &[
            ("the departure was \"a sober moment.\"", Reported, "Germany"),
            ("a sober moment.", Partial, "Germany"),
            ("it was relieved", Reported, "the city council"),
        ],
    ),
    (
        "dialogue dashes: '– words, said X.' is a quote; a dash list item or a pull-quote's signature is not",
        "Head\n\n– This is not an escape. It is a return home, said Defence Minister Halina Dworak.\n\n– Our boys held that bridge, and the minister organises a concert, Tomasz Nowak added.\n\n– They said « see you, mama ». Today he sits at home, Vera Kostić told our reporter.\n\n– The second battalion, which leaves in May.\n\n— Senator Miriam Vale, in a post on Tuesday",
        &[
            ("This is not an escape. It is a return home", Direct, "Halina Dworak"),
            ("Our boys held that bridge, and the minister organises a concert", Direct, "Tomasz Nowak"),
            ("They said « see you, mama ». Today he sits at home", Direct, "Vera Kostić"),
        ],
    ),
    (
        "a Spanish dash turn whose attribution, set against its dash, opens with the name, and runs on long after it",
        "Head\n\nThe town's mayor, Hilario Condori, recalled the year before the troops arrived.\n\n—In 2018 they burned my brother's boat —Condori said—. That year the school closed in April because the teachers would not come up the river, and when the soldiers came the teachers came back, and the market opened again, and the boats went out at night, and nobody asked who was on the river, and now the last truck has crossed the bridge and my neighbour has put her daughters on the bus to the city.",
        &[
            ("the year before the troops arrived", Reported, "Hilario Condori"),
            ("In 2018 they burned my brother's boat", Direct, "Hilario Condori"),
            ("That year the school closed in April because the teachers would not come up the river, and when the soldiers came the teachers came back, and the market opened again, and the boats went out at night, and nobody asked who was on the river, and now the last truck has crossed the bridge and my neighbour has put her daughters on the bus to the city.", Direct, "Hilario Condori"),
        ],
    ),
    (
        "a document's participle and time phrase are no part of its name; 'late on Monday' trails",
        "Head\n\nRussia will withdraw most of its soldiers, according to a defence ministry announcement published on Tuesday.\n\nThe base will close next year, according to a statement issued by the foreign ministry late on Monday.",
        &[
            ("Russia will withdraw most of its soldiers", Reported, "a defence ministry announcement"),
            ("The base will close next year", Reported, "the foreign ministry"),
        ],
    ),
    (
        "'X, he added, …': a verb set off by commas reports the sentence around it",
        "Head\n\nThe representative of Varenia called the withdrawal reckless. Varenia, he added, could not support the statement.",
        &[
            ("called the withdrawal reckless", Reported, "the representative of Varenia"),
            ("Varenia, he added, could not support the statement", Reported, "the representative of Varenia"),
        ],
    ),
    (
        "a fact check: 'CLAIM:'/'VERDICT:' are labels; 'X said this at …' gives X the quote alone on the line before; '(R-Okla.)' is no name",
        "FACT CHECK: What politicians get wrong\n\nCLAIM: \"We're bringing 3,000 of our boys home.\"\nSen. Dale Whitacre (R-Okla.) said this at a rally in Tulsa on March 6, where he also called the move \"the smartest thing in years.\"\n\nThe troop number is right.\nVERDICT: Mostly false.",
        &[
            ("We're bringing 3,000 of our boys home.", Direct, "Dale Whitacre"),
            ("called the move \"the smartest thing in years.\"", Reported, "Dale Whitacre"),
            ("the smartest thing in years.", Partial, "Dale Whitacre"),
        ],
    ),
    (
        "media listed with their article are media ('The Times reported'); a capitalized role after a name is its appositive",
        "Head\n\nThe Times reported on Wednesday that as many as 15 MPs were considering abstaining.\n\nSir Nigel Parbury, the Conservative Member for Castlereach, said the plan was a shambles.\n\nThe Hill Brotherhood mocked the announcement.",
        &[
            ("the plan was a shambles", Reported, "Nigel Parbury"),
            ("mocked the announcement", Reported, "Hill Brotherhood"),
        ],
    ),
    (
        "a transcript: 'NAME, lowercase role (through interpreter):' is a speaker tag; 'TRANSCRIPT:' is a label",
        "MERIDIAN WORLD NEWS\nTRANSCRIPT: \"Coalition leaves Ain Hamra\"\n\nANCHOR (LENA PARK): Good evening. Reem, what did you see today?\n\nCOL. DANA WHITFIELD, coalition spokesperson: People will use words like retreat. That's just not what this is.\n\nHUSSEIN JABBAR, shop owner (through interpreter): In 2017 they told us the same thing. The helicopters came back in January.",
        &[
            ("Coalition leaves Ain Hamra", Direct, "-"),
            ("People will use words like retreat. That's just not what this is.", Direct, "Dana Whitfield"),
            ("In 2017 they told us the same thing. The helicopters came back in January.", Direct, "Hussein Jabbar"),
        ],
    ),
    (
        "a paragraph ending on a colon: the person among the names before it, or a document's body, speaks the next line",
        "Head\n\n10:31 — Repost: a statement just issued by the Alliance Secretary-General, Margit Halloran:\n\"I welcome the orderly completion of the drawdown.\"\n\n11:47 — The Black Hills Front, the armed group that has fought in the north since 2013, has posted on its channel. The post reads in full:\n\"The Aldermarkers came with tanks and leave with suitcases.\"\n\nSOUNDBITE (Arabic) — Abu Yasir al-Tamimi, commander, Kataib al-Wa'd:\n\"They ran away at night.\"\n\n08:40 — Minister rules out talk of retreat\n\n\"This is not a retreat,\" Defence Minister Arvo Velk told reporters. He denied that the timetable had been dictated by Halvany.",
        &[
            ("I welcome the orderly completion of the drawdown.", Direct, "Margit Halloran"),
            ("The Aldermarkers came with tanks and leave with suitcases.", Direct, "Black Hills Front"),
            ("They ran away at night.", Direct, "Abu Yasir al-Tamimi"),
            ("This is not a retreat", Direct, "Arvo Velk"),
            ("denied that the timetable had been dictated by Halvany", Reported, "Arvo Velk"),
        ],
    ),
    (
        "a name after 'whose' is what the possessor has, not an antecedent",
        "Head\n\nOpposition MP Ruth Seleni, whose Western Reefs constituency saw the riots, called the departure “a betrayal”. “They trained a police force that cannot fuel its boats,” she told the Tavaru Post.",
        &[
            ("called the departure “a betrayal”", Reported, "Ruth Seleni"),
            ("a betrayal", Partial, "Ruth Seleni"),
            ("They trained a police force that cannot fuel its boats", Direct, "Ruth Seleni"),
        ],
    ),
    (
        "a name inside a role phrase is where the speaker works; 'the bloc' is the union; a participle before 'by' reports nothing",
        "Head\n\nAnna Berg, head of Horizon Relief, said the roads were closed.\n\nJohn Ray, country director of Save the Children, said the convoys had stopped.\n\nThe European Union said it “takes note” of the timetable. However, the bloc called the plan “the best opportunity” in years.\n\nLucia Ferreyra, an analyst, added that the police officers promised by the ministry «exist only in the budget».",
        &[
            ("the roads were closed", Reported, "Anna Berg"),
            ("the convoys had stopped", Reported, "John Ray"),
            ("it “takes note” of the timetable", Reported, "European Union"),
            ("takes note", Partial, "European Union"),
            ("called the plan “the best opportunity” in years", Reported, "European Union"),
            ("the best opportunity", Partial, "European Union"),
            ("the police officers promised by the ministry «exist only in the budget»", Reported, "Lucia Ferreyra"),
            ("exist only in the budget", Partial, "Lucia Ferreyra"),
        ],
    ),
    (
        "a body's acronym in parentheses, and its name cut before 'of', name the same body",
        "Head\n\nThe Citizens' Rights Observatory (OCDH), which has documented abuses, welcomed the decision. The OCDH also urged the prosecutor to act.\n\nMr Callum Reid (SNP) said the plan was late. The SNP said the plan was fine.\n\nThe Joint Command of the Armed Forces said the pull-out will take place in three phases. Later, the Joint Command said the second phase would begin in January.",
        &[
            ("welcomed the decision", Reported, "Citizens' Rights Observatory"),
            ("urged the prosecutor to act", Reported, "Citizens' Rights Observatory"),
            ("the plan was late", Reported, "Callum Reid"),
            ("the plan was fine", Reported, "SNP"),
            ("the pull-out will take place in three phases", Reported, "Joint Command of the Armed Forces"),
            ("the second phase would begin in January", Reported, "Joint Command of the Armed Forces"),
        ],
    ),
    (
        "the subject after an opening 'At the X,' is a person; 'the congresswoman' is the 'Rep.'",
        "Head\n\nAt the Bluebird, Gloria Tatum poured coffee for three customers.\n\n“My father opened this place in 1968,” Tatum said.\n\nLt. Col. Dana Whitfield defended the move. “This is not a retreat,” she said.\n\nU.S. Rep. Elaine Mercado, whose district includes the post, was guarded. “I have heard that before,” the congresswoman said.",
        &[
            ("My father opened this place in 1968", Direct, "Gloria Tatum"),
            ("defended the move", Reported, "Dana Whitfield"),
            ("This is not a retreat", Direct, "Dana Whitfield"),
            ("I have heard that before", Direct, "Elaine Mercado"),
        ],
    ),
    (
        "a name with an organization appositive is a body, which 'the group' refers to; 'a spokesman for the group' is a person",
        "Head\n\nThe Joint Stabilisation Force (JSF) left the base on Monday.\n\nWithin hours, the Katibat al-Sahra, the armed group most active in the region, posted a video. “The crusaders ran,” the group declared in the caption.\n\n“They are leaving with trucks,” said Abu Khalid Nouri, a spokesman for the group, in an audio message. He added: “The army they leave behind will learn.”",
        &[
            ("The crusaders ran", Direct, "Katibat al-Sahra"),
            ("They are leaving with trucks", Direct, "Abu Khalid Nouri"),
            ("The army they leave behind will learn.", Direct, "Abu Khalid Nouri"),
        ],
    ),
    (
        "a place adverb opening a sentence ('Back at the Harlan Kitchen, Lee …') is no speaker",
        "Head\n\nLee Soon-ja, 67, runs the Harlan Kitchen across from the gate.\n\nBack at the Harlan Kitchen, Lee was blunt: \"Ask the Americans. They always know the dates.\"",
        &[("Ask the Americans. They always know the dates.", Direct, "Lee Soon-ja")],
    ),
    (
        "'…, told residents to' is no inversion: whom one tells is no speaker",
        "Head\n\nThe Ormeda Liberation Front (OLF) posted a message.\n\nA second OLF post, an hour after the first, told residents to \"stay away from the police posts after dark\".",
        &[("stay away from the police posts after dark", Partial, "Ormeda Liberation Front")],
    ),
    (
        "'the minister laughed:' introduces the minister's words; a role before the name ('defence minister, Fernanda Albuquerque,') is hers",
        "Head\n\nTamaris's defence minister, Fernanda Albuquerque, was on state radio early. \"We asked for this,\" she said.\nAsked whether that gratitude was sincere, the minister laughed: \"Sincere enough.\"\n\nThe governor shrugged: \"We will see.\"",
        &[
            ("We asked for this", Direct, "Fernanda Albuquerque"),
            ("Sincere enough.", Direct, "Fernanda Albuquerque"),
            ("We will see.", Direct, "the governor"),
        ],
    ),
    (
        "a communiqué read out names its author ('I'll read it: “The Republic of Marenga notes …”'), unless the sentence names it ('Its statement read:'); 'I'm told' is the writer",
        "Head\n\nThe statement was brisk. I'll read it: \"The Republic of Marenga notes the decision.\"\n\nIn Mogadishu, the federal government welcomed the decision. Its statement read: \"The Federal Government of Somalia appreciates this step.\"\n\nThe drone hangar, I'm told, stays open.",
        &[
            ("The Republic of Marenga notes the decision.", Direct, "Republic of Marenga"),
            ("welcomed the decision", Reported, "the federal government"),
            ("The Federal Government of Somalia appreciates this step.", Direct, "the federal government"),
        ],
    ),
    (
        "a tag in capitals is the person named with a Turkish dotless i ('KEMAL AYDIN' is Kemal Aydın)",
        "Head\n\nPresenter Hannah Okafor spoke to the opposition's defence spokesman Kemal Aydın.\n\nHANNAH OKAFOR: Kemal Aydın, you have called this reckless.\n\nKEMAL AYDIN: I have. Nobody has answered me.\n\nHANNAH OKAFOR: Mr Aydın, thank you.",
        &[("I have. Nobody has answered me.", Direct, "Kemal Aydın")],
    ),
    (
        "posts shown without quote marks: under a post card, a blockquote a colon introduces (its author line and counts are no words), a blockquote signed on the next line",
        "Live\n\nThe Ormeda Liberation Front (OLF) posted on its Telegram channel after the convoy left:\n\n[Telegram post \u{2014} Ormeda Liberation Front]\nThey came with helicopters and they leave with trucks.\n\nRetired Lt.-Gen. Mark Thorne, who commanded the first rotation, posted this on Wednesday night:\n\n> **Mark Thorne** @ThorneMarkGen \u{b7} Mar 12, 2025\n> Great news, everyone. The drone hangar stays open.\n> \u{1f4ac} 214 \u{1f501} 1.1K\n\n> This is not a retreat. The mission was to train the border brigades.\n\n\u{2014} Defence Minister Anders Holm, at a press conference on Monday",
        &[
            ("They came with helicopters and they leave with trucks.", Direct, "Ormeda Liberation Front"),
            ("Great news, everyone. The drone hangar stays open.", Direct, "Mark Thorne"),
            ("This is not a retreat. The mission was to train the border brigades.", Direct, "Anders Holm"),
        ],
    ),
    (
        "what a relative clause's subject 'has always called' something names, it reports no words; 'told parliament a story …:' and 'posted a short thread on Facebook:' introduce the quote, they report nothing",
        "Head\n\nKirav left the strip that Lusaria has always called occupied territory.\n\nNadia Voronova, an opposition MP, told parliament a story instead of giving a speech:\n\n\"My grandmother was born in Ostrava. She is ninety-one.\"\n\nThe Market Women's Association, which represents 2,000 stallholders in the capital, Honira, posted a short thread on Facebook:\n\n\"The last time the peacekeepers left, the market burned.\"",
        &[
            ("My grandmother was born in Ostrava. She is ninety-one.", Direct, "Nadia Voronova"),
            ("The last time the peacekeepers left, the market burned.", Direct, "Market Women's Association"),
        ],
    ),
    (
        "a presenter's 'Minister, your critics say …' reports the interlocutor's critics, no party",
        "Head\n\nPresenter Hannah Okafor spoke to Minister Amélie Roussel.\n\nHANNAH OKAFOR: Minister, your critics say this is a retreat dressed up as a strategy. Is it?\n\nAMÉLIE ROUSSEL: No. This is the plan working.",
        &[("No. This is the plan working.", Direct, "Amélie Roussel")],
    ),
    (
        "the subject after 'Back at the Harlan Kitchen,' is mentioned, so a later 'she' is her",
        "Head\n\nLee Soon-ja, 67, runs the Harlan Kitchen across from the gate.\n\nLt. Col. Dana Whitfield defended the move. \"We will leave it better,\" she said.\n\nBack at the Harlan Kitchen, Lee has taped a sign in the window. Asked how long it would stay, she shrugged. \"Ask the Americans,\" she said.",
        &[
            ("defended the move", Reported, "Dana Whitfield"),
            ("We will leave it better", Direct, "Dana Whitfield"),
            ("Ask the Americans", Direct, "Lee Soon-ja"),
        ],
    ),
    (
        "what is read out after 'read … from/by X:' is X's, before any verb after the quote; 'A defence official I spoke to said' is the official",
        "Head\n\nDr Helena Voss spoke first. \"It is a reshuffle,\" she said.\n\nVoss then read out a post from a channel run by the Dermat Shield, the militia that controls the valley: \"The Compact leaves with its tail between its legs.\" Jonas called the post \"bluster\".\n\nA defence official I spoke to said only that \"a small number of advisers\" would stay.",
        &[
            ("It is a reshuffle", Direct, "Helena Voss"),
            ("The Compact leaves with its tail between its legs.", Direct, "Dermat Shield"),
            ("called the post \"bluster\"", Reported, "Jonas"),
            ("bluster", Partial, "Jonas"),
            ("a small number of advisers", Partial, "a defence official"),
        ],
    ),
    (
        "TV script tags: '(STAND-UP) NAME, STATION:' is the reporter's; 'SOT — DALE, 61, WRENFIELD:' is Dale, not the town",
        "Head\n\nBy Jenna Marsh, KVRN 8 News\n\n(STAND-UP) JENNA MARSH, KVRN: \"I'm standing outside the armory.\"\n\nFor Dale, 61, a retired sergeant major, the news brought back a different day.\n\nSOT \u{2014} DALE, 61, WRENFIELD: \"We had an interpreter, Farid.\"\n\n(on camera) KEVIN, 27: \"Sure. Home by Christmas.\"",
        &[
            ("I'm standing outside the armory.", Direct, "-"),
            ("We had an interpreter, Farid.", Direct, "Dale"),
            ("Sure. Home by Christmas.", Direct, "Kevin"),
        ],
    ),
    (
        "'pointed to her own figures' reports no words; 'pointed out that …' and 'pointed to the risk that …' do",
        "Head\n\nLeyla Amari, who tracks violence in the province, pointed to her own figures. \"In January we recorded eleven attacks,\" she said.\n\nThe mayor, Ana Ruiz, pointed out that the base had been empty for months.\n\nGeneral Tom Hale pointed to the risk that the road would close.",
        &[
            ("In January we recorded eleven attacks", Direct, "Leyla Amari"),
            ("the base had been empty for months", Reported, "Ana Ruiz"),
            ("the road would close", Reported, "Tom Hale"),
        ],
    ),
    (
        "a gesture right after a quote stands for its speech verb ('…,' he laughed), so the quote is not the last speaker's",
        "Head\n\nThe army's Northern Command said in a statement that the pull-back 'proves the enemy has understood'.\n\nAt the bazaar, Haji Abdul Qadir, who has run a tea stall below the pass for years, was untroubled. 'Last night I kept it open till ten and sold forty cups,' he laughed, wiping down a bench.\n\nThe mayor, Tom Reed, spoke next. \"It is fine,\" he shrugged.\n\nThe governor, Ana Lind, was asked about it. \"Go home, then,\" she joked.",
        &[
            ("the pull-back 'proves the enemy has understood'", Reported, "Northern Command"),
            ("proves the enemy has understood", Partial, "Northern Command"),
            ("Last night I kept it open till ten and sold forty cups", Direct, "Haji Abdul Qadir"),
            ("It is fine", Direct, "Tom Reed"),
            ("Go home, then", Direct, "Ana Lind"),
        ],
    ),
    (
        "'its editorial said' is the body's own text: a paper with a 'daily' appositive speaks; a columnist named is a person, not the press",
        "Head\n\nThe minister, Sigrid Aune, set the tone. \u{201c}This is not a retreat,\u{201d} she said.\n\nEl Correo de Valdoro, the largest daily in the host country, was unsentimental. \"We asked for our bases back,\" its editorial said.\n\nThe columnist Teodora Braga was not convinced. \u{201c}Congratulations to the ministry,\u{201d} she wrote.\n\nThe Dalen Relief Society was worried. \"We fear for the valley,\" its statement said.",
        &[
            ("This is not a retreat", Direct, "Sigrid Aune"),
            ("We asked for our bases back", Direct, "El Correo de Valdoro"),
            ("Congratulations to the ministry", Direct, "Teodora Braga"),
            ("We fear for the valley", Direct, "Dalen Relief Society"),
        ],
    ),
    (
        "'one of the soldiers' is one person a 'he' can mean; 'one of the two officials' speaks for the group; an aside's 'he' may mean the speaker named before it",
        "Head\n\nThe mayor, Martin Fairbairn, spoke. \u{201c}That is it,\u{201d} he said.\n\nOne of the soldiers loading the last vehicles was blunter. \u{201c}Half of us think it is a mistake,\u{201d} he said.\n\n\u{201c}They were good customers,\u{201d} said the farmer, who asked not to be named because, he said, the contractor still owes him money.\n\nTwo senior Keshi officials offered a less ceremonial account. \"We are grateful,\" one of the two officials said.",
        &[
            ("That is it", Direct, "Martin Fairbairn"),
            ("Half of us think it is a mistake", Direct, "one of the soldiers"),
            ("They were good customers", Direct, "the farmer"),
            ("the contractor still owes him money", Reported, "the farmer"),
            ("We are grateful", Direct, "two senior Keshi officials"),
        ],
    ),
    (
        "a compound title after a name is no name ('Amara Velikova, Under-Secretary-General for …, said', 'Brigadier-General (ret.) Yonas Mekuria'); 'briefing as a …' is a participle's role; 'Radio Meridian' is a medium; 'boasted' reports",
        "Head\n\nBriefing the Council, Amara Velikova, Under-Secretary-General for Peace Operations, said the bases had been handed over.\n\nIlse Marhoun of the Northern Women's Forum, briefing as a civil society representative, described the morning after the base closed.\n\nSpeaking to Radio Meridian after the meeting, she said the Council should \"count the soldiers\".\n\nThe committee chairman, Brigadier-General (ret.) Yonas Mekuria, said the plan was sound.\n\nThe Northern Front had boasted in a video that the troops had \"run like beaten dogs\".",
        &[
            ("the bases had been handed over", Reported, "Amara Velikova"),
            ("described the morning after the base closed", Reported, "Ilse Marhoun"),
            ("the Council should \"count the soldiers\"", Reported, "Ilse Marhoun"),
            ("count the soldiers", Partial, "Ilse Marhoun"),
            ("the plan was sound", Reported, "Yonas Mekuria"),
            ("the troops had \"run like beaten dogs\"", Reported, "Northern Front"),
            ("run like beaten dogs", Partial, "Northern Front"),
        ],
    ),
    (
        "a nickname in quotes is part of the name ('Graham 'Bulldog' Barrow'), a headline's bare 'Barrow' is the titled person named later, and '…,' he sneered is his",
        "Joy as 'Bulldog' Barrow orders troops out\n\nThe order came from Defence Secretary Graham 'Bulldog' Barrow yesterday. Her dad, Corporal Dean Marsh, 31, is a soldier.\n\nDean broke the news on Facebook. 'Bittersweet this,' he wrote.\n\n'Bulldog' Barrow \u{2013} a former Para \u{2013} came out swinging.\n\n'This is not cutting and running,' he told the Clarion.\n\nRebel commander Arslan Durak gloated in a video. 'The British are running home,' he sneered.\n\n\"This,\" Lindqvist said, \"is not a retreat.\"",
        &[
            ("Bittersweet this", Direct, "Dean Marsh"),
            ("This is not cutting and running", Direct, "Graham 'Bulldog' Barrow"),
            ("The British are running home", Direct, "Arslan Durak"),
            ("This", Direct, "Lindqvist"),
            ("is not a retreat.", Direct, "Lindqvist"),
        ],
    ),
    (
        "'Marta, 34,' opening a sentence is a person; 'Her husband' is a man; 'They' is no name; 'told the story slowly' reports nothing, and 'she told a story.' introduces the next paragraph's quote",
        "Head\n\nThe minister, Aksel Rudd, ordered the pull-out.\n\nMarta, 34, was near the front. Her husband, a signals sergeant, had spent eleven months away.\n\n\"Everyone says we left too soon,\" she said.\n\nVolunteers from the Families Network handed out coffee. They had lobbied for two years.\n\nJonas, 41, stood apart. He told the story slowly, as if he had practised it on the plane.\n\nThe mayor, Petra Dunca, did not criticise anyone. Instead she told a story.\n\n\"In 2012 the police post on the Crai road closed on a Friday.\"",
        &[
            ("Everyone says we left too soon", Direct, "Marta"),
            ("In 2012 the police post on the Crai road closed on a Friday.", Direct, "Petra Dunca"),
        ],
    ),
    (
        "dash dialogue: an unattributed dash line is speech where other turns are attributed, a dash question before an answer is the interviewer's, 'I admit it' attributes nothing; 'the paper said in an editorial' is the daily named before; roles joined by 'and' stay an appositive",
        "Head\n\n\u{2013} We respect the decision, said the minister.\n\nM. Idrissa Kanouté, the foreign minister, received us on Wednesday.\n\n\u{2013} The last aircraft leaves on the 30th. After that, our army is responsible.\n\n\u{2013} Is it not too early?\n\n\u{2013} No. Ministers are paid to decide.\n\nMme Fatimata Sow, the mayor, had changed her tone.\n\n\u{2013} I was afraid, I admit it. But our battalions have held the road.\n\nIn Our\u{e9}, the daily Le Matin d'Our\u{e9}, close to the transition, was gloomy. \u{ab}The key stays\u{bb}, the paper said in an editorial.\n\n\u{ab}We are abandoning an ally\u{bb}, M. Bertrand Lhuillier, deputy for the Haute-Marche and a member of the defence committee, declared on Tuesday.\n\nAsked about it, he said: \"If they ask us. Not otherwise.\"",
        &[
            ("We respect the decision", Direct, "the minister"),
            ("The last aircraft leaves on the 30th. After that, our army is responsible.", Direct, "Idrissa Kanouté"),
            ("No. Ministers are paid to decide.", Direct, "Idrissa Kanouté"),
            ("I was afraid, I admit it. But our battalions have held the road.", Direct, "Fatimata Sow"),
            ("The key stays", Direct, "Le Matin d'Ouré"),
            ("We are abandoning an ally", Direct, "Bertrand Lhuillier"),
            ("If they ask us. Not otherwise.", Direct, "Bertrand Lhuillier"),
        ],
    ),
    (
        "retold speech inside a quote is its speaker's ('Our brigade commander' retold by Marek is Marek's brigade commander); 'X stood up and said' and 'A sergeant I worked with … and said' have the phrase the clause opens with as subject; a phrase held up inside a quote, 'I said' and a paragraph's guess are not retold speech",
        "Head\n\n\"Our brigade commander stood up in the mess and said, 'Gentlemen, we are not leaving, we are relocating.' Nobody laughed,\" said Ivo Marek, a former officer.\n\n\"A sergeant I worked with shook my hand and said, 'Tomas, this is a good day.' I said to him, 'Then why the hurry?' They gave us a card for 'if things ever go bad',\" Tomas Berak said.\n\nThe general, Hana Lode, stood up and said the pull-out was overdue.",
        &[
            ("Our brigade commander stood up in the mess and said, 'Gentlemen, we are not leaving, we are relocating.' Nobody laughed", Direct, "Ivo Marek"),
            ("Gentlemen, we are not leaving, we are relocating.", Direct, "Ivo Marek's brigade commander"),
            ("A sergeant I worked with shook my hand and said, 'Tomas, this is a good day.' I said to him, 'Then why the hurry?' They gave us a card for 'if things ever go bad'", Direct, "Tomas Berak"),
            ("Tomas, this is a good day.", Direct, "a sergeant"),
            ("the pull-out was overdue", Reported, "Hana Lode"),
        ],
    ),
    (
        "'M.' before a name is Monsieur; 'Questioned by …,' opens no name; 'sums up' reports; 'according to official figures' is nobody's; 'According to X, Y said that' is Y's; 'the memo reads' is the author the memo is from; a quote set apart and signed '– Name, title' on the next line is the signer's; 'Our correspondent, Name, says' is the press",
        "Head\n\nM. Bastien Roquelaure, president of the civic party, denounced a \u{ab} capitulation \u{bb}. \u{ab} We are handing over the keys \u{bb}, M. Roquelaure added.\n\nQuestioned by deputies, the minister said the convoys were safe.\n\n\u{ab} Troops leave, capabilities stay \u{bb}, Dr. Krenn sums up.\n\nAccording to official figures, the mission cost 3 billion euros. According to KTV-2, Mr Orsk also said that the units were at full strength.\n\nA memo from the Defence Intelligence Directorate was leaked. \u{201c}The threat will not change,\u{201d} the memo reads.\n\n    \"Our soldiers leave with their heads held high.\"\n    \u{2013} Colonel Eryk Vasch, spokesperson, Ministry of Defence\n\nOur correspondent in Kesh, Tom Ferrier, says residents watched the convoy leave.",
        &[
            ("denounced a \u{ab} capitulation \u{bb}", Reported, "Bastien Roquelaure"),
            ("capitulation", Partial, "Bastien Roquelaure"),
            ("We are handing over the keys", Direct, "Bastien Roquelaure"),
            ("the convoys were safe", Reported, "the minister"),
            ("Troops leave, capabilities stay", Direct, "Krenn"),
            ("the units were at full strength", Reported, "Orsk"),
            ("The threat will not change", Direct, "Defence Intelligence Directorate"),
            ("Our soldiers leave with their heads held high.", Direct, "Eryk Vasch"),
        ],
    ),
    (
        "a TV script's RUNS:/WRITER:/OUTCUE: cues are no speakers; '“…,” it read.' after a line naming a statement is its author's; 'As one diplomat put it:' names the diplomat",
        "Head\n\nRUNS: 2:52\nWRITER: N. KOSTER\n\nFAROUK: \"This is not a retreat.\"\nOUTCUE: \"...not a retreat.\"\n\nThe Tarsk Front, the armed group in the hills, issued a statement. \u{201c}The occupier has fled,\u{201d} it read.\n\nAs one Western diplomat put it bluntly: \u{201c}They moved the soldiers and kept the guns.\u{201d}",
        &[
            ("This is not a retreat.", Direct, "FAROUK"),
            // (An out-cue repeats the last words of the speaker before it.)
            ("...not a retreat.", Direct, "FAROUK"),
            ("The occupier has fled", Direct, "Tarsk Front"),
            ("They moved the soldiers and kept the guns.", Direct, "one Western diplomat"),
        ],
    ),
    (
        "'The spokesperson for the UN Secretary-General' is not the 'a spokesperson' of another body before it",
        "Reactions\n\n\u{2022} Germany: \u{201c}It is far too early to say,\u{201d} a spokesperson told the government press conference.\n\n\u{2022} United Nations: The spokesperson for the UN Secretary-General described the plan as \u{201c}a positive step toward ownership of security.\u{201d}",
        &[
            ("It is far too early to say", Direct, "a spokesperson"),
            ("described the plan as \u{201c}a positive step toward ownership of security.\u{201d}", Reported, "the spokesperson for the UN Secretary-General"),
            ("a positive step toward ownership of security.", Partial, "the spokesperson for the UN Secretary-General"),
        ],
    ),
    (
        "'X said Y had told her that “…”': the words told are Y's; 'said Y had informed the government and received “…”' stays X's",
        "Head\n\nThe widow said Foreign Minister Sigrun Bakke had told her that \"the soldiers will be home by spring\".\n\nAnna Feld said Kaltenmark had informed the government on Monday and had received \"a positive and constructive reply\".",
        &[
            ("Foreign Minister Sigrun Bakke had told her that \"the soldiers will be home by spring\"", Reported, "the widow"),
            ("the soldiers will be home by spring", Partial, "Sigrun Bakke"),
            ("Kaltenmark had informed the government on Monday and had received \"a positive and constructive reply\"", Reported, "Anna Feld"),
            ("a positive and constructive reply", Partial, "Anna Feld"),
        ],
    ),
    (
        "a quote alone after a sentence that opens with a person's name is that person's ('Dobrova has heard the theory. “…”'), not after 'How …' or 'The Taji …'",
        "Head\n\nMayor Irina Dobrova said the town was afraid.\n\nThe battalion will shrink.\n\nDobrova has heard the theory. \u{201c}We have a word for leaving.\u{201d}\n\nHow small, he would not say. \u{201c}Ask the ministry.\u{201d}",
        &[
            ("the town was afraid", Reported, "Irina Dobrova"),
            ("We have a word for leaving.", Direct, "Irina Dobrova"),
            ("Ask the ministry.", Direct, "Irina Dobrova"),
        ],
    ),
    (
        "a plural subject reports with a present-tense verb ('Officials in the ministry privately concede that …'), not after 'to'",
        "Head\n\nOfficials in Averna's defence ministry privately concede that the guns moved only a few kilometres.\n\nThe minister refused to concede that the plan had failed.",
        &[(
            "the guns moved only a few kilometres",
            Reported,
            "Officials in Averna's defence ministry",
        )],
    ),
    (
        "a sentence opening on a person with a lowercase possessor ('The town’s mayor, who …, has heard') or past an adverbial's appositive ('At the Golden Anchor, the bar across from the gate, the owner …') is whom a later 'he said' names",
        "Head\n\nThe flags came down on Monday.\n\nThe town\u{2019}s mayor, who has held the post for 12 years, has heard departure dates before. \u{201c}We were told the same thing in 2019,\u{201d} he said.\n\nAt the Golden Anchor, the bar across from the gate, the owner, a former soldier himself, was philosophical. \u{201c}They came, they drank,\u{201d} he said.",
        &[
            ("We were told the same thing in 2019", Direct, "the town's mayor"),
            ("They came, they drank", Direct, "the owner"),
        ],
    ),
    (
        "a colon after a word or three on how the speaker spoke ('One Western diplomat was blunter still:') introduces their words, not the previous speaker's",
        "Head\n\n\"It is far too early,\" said Dr. Mira Kovac, a fellow.\n\n(One Western diplomat in Lorava was blunter still: \"They moved the tanks.\")",
        &[
            ("It is far too early", Direct, "Mira Kovac"),
            ("They moved the tanks.", Direct, "one Western diplomat in Lorava"),
        ],
    ),
    (
        "'the Minister of Defence, Ramiro Echeverría' is who 'the minister' refers back to",
        "Head\n\n\"This is not a retreat,\" said the Minister of Defence, Ramiro Echeverr\u{ed}a, from the tribune.\n\nThe minister insisted that the frontier will remain guarded.",
        &[
            ("This is not a retreat", Direct, "Ramiro Echeverr\u{ed}a"),
            ("the frontier will remain guarded", Reported, "Ramiro Echeverr\u{ed}a"),
        ],
    ),
    (
        "an office named without a determiner opening a line ('Office of the U.N. Resident Coordinator in Kavaria — It welcomed …') is what 'It' refers to",
        "Head\n\nKavarian Democratic Alliance: \"A sovereign nation must stand on its own feet.\"\n\nOffice of the U.N. Resident Coordinator in Kavaria \u{2014} It said the convoys had left in good order.",
        &[
            ("A sovereign nation must stand on its own feet.", Direct, "Kavarian Democratic Alliance"),
            ("the convoys had left in good order", Reported, "Office of the U.N. Resident Coordinator in Kavaria"),
        ],
    ),
    (
        "'a man who uses the name Colonel Ivo Marek and presents himself as …' is Ivo Marek, whom 'Colonel Marek' names later",
        "Head\n\nBut a man who uses the name Colonel Ivo Marek and presents himself as the group's spokesman said the Americans were fleeing. Colonel Marek promised that his fighters would follow.",
        &[
            ("the Americans were fleeing", Reported, "Ivo Marek"),
            ("his fighters would follow", Reported, "Ivo Marek"),
        ],
    ),
    (
        "dialogue dashes inside a paragraph, after a colon or a sentence, in an article set with dash dialogue; a comma's clause ends at a dash, and 'is said' attributes nothing",
        "Head\n\n\u{2014} This is not a retreat \u{2014} said the minister, Ramiro Paz.\n\nThe Chancellor of Alcantara, Hernan Oyarzun, warned: \u{2014} We will judge them by the river, not by what is said on a stage. Thirty kilometres is not far.\n\nSenator Marisol Quintero was harsher. \u{2014} He gave away the river in one afternoon \u{2014} she said.\n\n\u{2014} I buried his dogs myself, there, behind the chapel \u{2014} said Efrain Toledo.",
        &[
            ("This is not a retreat", Direct, "Ramiro Paz"),
            ("We will judge them by the river, not by what is said on a stage. Thirty kilometres is not far.", Direct, "Hernan Oyarzun"),
            ("He gave away the river in one afternoon", Direct, "Marisol Quintero"),
            ("I buried his dogs myself, there, behind the chapel", Direct, "Efrain Toledo"),
        ],
    ),
    (
        "'replied that …' reports a clause, and words reported in an opening 'When …' clause end at its comma (not at the comma of '6,000')",
        "Head\n\nGeneral Ines Carvalho spoke first. Carvalho replied that about forty officers would remain.\n\nWhen the minister replied that 6,000 troops were under review, Mrs Fiona Garside observed that the House had been promised a withdrawal.",
        &[
            ("about forty officers would remain", Reported, "Ines Carvalho"),
            ("6,000 troops were under review", Reported, "the minister"),
            ("the House had been promised a withdrawal", Reported, "Fiona Garside"),
        ],
    ),
    (
        "a paper named by a press word is a medium, also by that word alone after 'the' ('The Harbor Ledger', 'documents reviewed by the Ledger')",
        "Head\n\n\"Estovia's army is readier than you think,\" the Harbor Ledger wrote.\n\nDocuments reviewed by the Ledger show that the contractors still work at the pier, one official said.",
        &[
            ("Estovia's army is readier than you think", Direct, "-"),
            (
                "Documents reviewed by the Ledger show that the contractors still work at the pier",
                Reported,
                "one official",
            ),
        ],
    ),
    (
        "a sentence opening on a titled name ('Colonel Anton Halvik, who …, spent …') speaks for a quote after it in the paragraph",
        "Head\n\nColonel Anton Halvik, who commanded the first rotation, spent his career arguing for this exit. His verdict is careful. \u{201c}In principle, this is correct.\u{201d}",
        &[("In principle, this is correct.", Direct, "Anton Halvik")],
    ),
    (
        "a name after a long opening adverbial ('Four hours north, in a house outside Hallen, Ruta Mesner keeps …') is what 'she' refers to; 'Her answer is blunt:' and 'His verdict:' are the giver's words",
        "Head\n\nFour hours north, in a house outside Hallen, Ruta Mesner keeps a calendar on her fridge. I ask her whether she worries.\n\nHer answer is blunt: \u{201c}It is not my son\u{2019}s job.\u{201d}\n\nIn a study lined with histories, Colonel Anton Halvik reads the plan again. His verdict: \u{201c}This is the best chance in a decade.\u{201d}",
        &[
            ("It is not my son\u{2019}s job.", Direct, "Ruta Mesner"),
            ("This is the best chance in a decade.", Direct, "Anton Halvik"),
        ],
    ),
    (
        "past 'Tall and precise,' a sentence opens on its subject; a quote alone after '…, he laughed.' is his; 'a man who gives his name only as Commander Ilir Sava' is Ilir Sava",
        "Head\n\nTall and precise, the ambassador anticipates the question.\n\n\u{201c}This is not abandonment.\u{201d}\n\nIn a roadside caf\u{e9}, a man who gives his name only as Commander Ilir Sava is drinking tea. When I asked him whether his men would move in, he laughed.\n\n\u{201c}Why would we need their base?\u{201d}",
        &[
            ("This is not abandonment.", Direct, "the ambassador"),
            ("Why would we need their base?", Direct, "Ilir Sava"),
        ],
    ),
    (
        "'X was quoted by state television as saying …' and 'She was also quoted as saying …' are X's and hers",
        "Head\n\nDefence Minister Idris Kaleme was quoted by state broadcaster Belmaran Television (BTV) as saying the pull-out had been planned for months.\n\nForeign Minister Selin Adaru spoke in Korvia. She was also quoted as saying that inspectors must be allowed in.",
        &[
            ("the pull-out had been planned for months", Reported, "Idris Kaleme"),
            ("inspectors must be allowed in", Reported, "Selin Adaru"),
        ],
    ),
    (
        "an outlet named after its press noun ('The Mesarian news agency MesPress reported that …') is the press, no party",
        "Head\n\nThe Mesarian news agency MesPress reported that police units had begun arriving.\n\nGovernor Ana Dancu said the move was welcome.",
        &[("the move was welcome", Reported, "Ana Dancu")],
    ),
    (
        "a live blog's time stamp ('08:02 BST — Good morning and welcome …') names nobody; 'he confided' reports",
        "Head\n\n08:02 BST — Good morning and welcome to our live coverage of the withdrawal.\n\n09:14 BST — Henri Castagnède, a retired warrant officer, remembers other farewells. “We will keep their rooms made up,” he confided.",
        &[("We will keep their rooms made up", Direct, "Henri Castagnède")],
    ),
    (
        "an office before a titled name ('the Minister of the Armed Forces, M. Bertrand Lescure') is who 'the minister' means, the speaker named first",
        "Head\n\n«We leave with our heads high,» declared the Minister of the Armed Forces, M. Bertrand Lescure, who had flown in from Paris. The minister rejected any comparison with a rout: «A retreat is when you run.»",
        &[
            ("We leave with our heads high", Direct, "Bertrand Lescure"),
            ("A retreat is when you run.", Direct, "Bertrand Lescure"),
        ],
    ),
    (
        "the reporters a byline or a credit line names are the press: what they say is no party's",
        "Head\n\nBy Lucy Hartigan, with Daniel Okoro in Harwa\n\nDaniel Okoro is at the main gate. He says the crest was painted over during the night.\n\nGovernor Ana Dancu said the move was welcome.\n\nReporting by Tom Bell; Editing by Sara Lind",
        &[
            ("the crest was painted over during the night", Reported, "-"),
            ("the move was welcome", Reported, "Ana Dancu"),
        ],
    ),
    (
        "a name after 'the aid group' or 'the charity' is a body, and an opening 'He' after a quote that did not end the sentence is its subject",
        "Head\n\nKarim Haddou, who runs the clinic of the aid group Médecins du Désert, was cautious. “It is much too early,” he said.\n\nLaurent Fauchet, a deputy for the nationalist Rassemblement Civique, told the assembly: «C’est une fuite.» He called the end of the mission “a gift to every armed group”.\n\nAnna Berg, who works for the charity Help Now, was cautious. “It is too early,” she said.",
        &[
            ("It is much too early", Direct, "Karim Haddou"),
            ("C’est une fuite.", Direct, "Laurent Fauchet"),
            ("called the end of the mission “a gift to every armed group”", Reported, "Laurent Fauchet"),
            ("a gift to every armed group", Partial, "Laurent Fauchet"),
            ("It is too early", Direct, "Anna Berg"),
        ],
    ),
    (
        "local offices are roles ('the mukhtar said'), and 'the mukhtar of Tel Safa, Ahmad Jaber' or 'the ataman of the village host, Name' is who the role means later",
        "Head\n\nThe mukhtar of Tel Safa, Ahmad Jaber, stood beside the village well.\n\n“They took the checkpoint down on Tuesday,” the mukhtar said.\n\nIn Nova Sloboda, the ataman of the village host, Grigory Lomakin, weighed the news.\n\n“Nine years they were here,” the ataman said.\n\nThe kaymakam of Ain Dara district, Kemal Ozturan, spoke next. “This is a handover,” the kaymakam said.",
        &[
            ("They took the checkpoint down on Tuesday", Direct, "Ahmad Jaber"),
            ("Nine years they were here", Direct, "Grigory Lomakin"),
            ("This is a handover", Direct, "Kemal Ozturan"),
        ],
    ),
    (
        "'For X, …' opening a sentence that quotes gives X's view (the name in apposition to a description; not 'For years')",
        "Head\n\nFor the researcher Mathilde Aubry, of the Institut d’études sahéliennes, the operation is «more a relocation than a departure».\n\nFor the Minister of Foreign Affairs, Mme Aïssata Koné, the day marks «the return of our full sovereignty».\n\nFor years, the town had «no say at all» in it.",
        &[
            ("the operation is «more a relocation than a departure»", Reported, "Mathilde Aubry"),
            ("the day marks «the return of our full sovereignty»", Reported, "Aïssata Koné"),
            ("the return of our full sovereignty", Partial, "Aïssata Koné"),
        ],
    ),
    (
        "'calls on … to' is the verb (a press release's present tense), 'the calls on' a noun",
        "Head\n\nCivilian Protection Watch calls on the Government of Banuora to keep the checkpoints open.\n\nThe calls on the ministry went unanswered, Governor Ana Dancu said.",
        &[
            ("calls on the Government of Banuora to keep the checkpoints open", Reported, "Civilian Protection Watch"),
            ("The calls on the ministry went unanswered", Reported, "Ana Dancu"),
        ],
    ),
    (
        "'…, a handover reported by the agency' is a participle with its agent, no speaker ('said by telephone' still attributes)",
        "Head\n\nThe minister said the brigades had already taken over the outposts, a handover also reported by the state agency.\n\nThe base will close within weeks, a spokesman said by telephone.",
        &[
            ("the brigades had already taken over the outposts, a handover also reported by the state agency", Reported, "the minister"),
            ("The base will close within weeks", Reported, "a spokesman"),
        ],
    ),
    (
        "an interview's tag naming the paper ('LE COURRIER:') is the interviewer's, no party; a foreign paper word names a paper",
        "Head\n\nLe Courrier spoke to the commander.\n\nLE COURRIER: Is this a victory for you?\n\nIDRIS KALO: What a generous gift. They leave us the potholes.\n\nLE COURRIER: Your men left the hills in March.\n\nIDRIS KALO: It is a weather forecast.",
        &[
            ("What a generous gift. They leave us the potholes.", Direct, "Idris Kalo"),
            ("It is a weather forecast.", Direct, "Idris Kalo"),
        ],
    ),
    (
        "a given name says who 'she' and 'he' are ('Janet Pell … Her son, Owen Pell … she said')",
        "Head\n\nJanet Pell had driven four hours with a sign. Her son, Lance Corporal Owen Pell, 23, had spent eight months at a checkpoint.\n\n“I have watched the news every night,” she said.\n\nOwen Pell was less sentimental. “We did what we went there to do,” he said.",
        &[
            ("I have watched the news every night", Direct, "Janet Pell"),
            ("We did what we went there to do", Direct, "Owen Pell"),
        ],
    ),
    (
        "a bare surname is the one who has spoken, not a relative named in passing",
        "Head\n\n“It is the right call,” said Maria Lopes, whose husband, Staff Sgt. Daniel Lopes, is a mechanic with the brigade.\n\nBack on Ridgeview Drive, Lopes said her daughters have started a countdown.",
        &[
            ("It is the right call", Direct, "Maria Lopes"),
            ("her daughters have started a countdown", Reported, "Maria Lopes"),
        ],
    ),
    (
        "a name described as a person in apposition is a mention whatever governs it ('better than Lotte Brandt, a former army captain')",
        "Head\n\nDefence Minister Jonas Albrecht said it was a job done well.\n\nNobody put it better than Lotte Brandt, a former army captain who led a training team. “Three hundred soldiers fly out,” she said.",
        &[
            ("it was a job done well", Reported, "Jonas Albrecht"),
            ("Three hundred soldiers fly out", Direct, "Lotte Brandt"),
        ],
    ),
    (
        "a reaction box: 'Name, role:' alone on its line makes the paragraph under it that person's words, quoted or not; a long role on the same line too",
        "Head\n\nThe last convoy left on Sunday.\n\nWHAT THEY SAID\n\nDario Fenn, Velmira's Interior Minister:\nWe asked for this in 2022 and we have got it.\n\nSefa Brannock, spokesman for the Tarvos Liberation Front:\n\"They arrived with tanks and they are leaving on buses.\"\n\nTomas Rehn, opposition defence spokesman in the Kestrian parliament: I would like to believe her. But she has not published a single benchmark.",
        &[
            ("We asked for this in 2022 and we have got it.", Direct, "Dario Fenn"),
            ("They arrived with tanks and they are leaving on buses.", Direct, "Sefa Brannock"),
            ("I would like to believe her. But she has not published a single benchmark.", Direct, "Tomas Rehn"),
        ],
    ),
    (
        "a hyphenated place in a wire dateline is one place ('JETI-BULAK (Wire) - …'), so the sentence after it is read",
        "Troops leave\n\nJETI-BULAK (Wire) - The first column left the airbase today, the ministry said.",
        &[("The first column left the airbase today", Reported, "the ministry")],
    ),
    (
        "'reports', 'notes', 'states' closing a sentence after a subject set off by a comma are speech verbs",
        "Troops leave\n\nThe last unit will leave the base by Friday, the press service of the Ministry of Defence reports. The budget office notes. The regiment left on Monday, Colonel Ruiz states.",
        &[
            ("The last unit will leave the base by Friday", Reported, "the press service of the Ministry of Defence"),
            ("The regiment left on Monday", Reported, "Ruiz"),
        ],
    ),
    (
        "accented and diplomatic person nouns speak: 'the defence attaché', 'the chargé d'affaires', 'the special rapporteur', 'an émigré'",
        "Troops leave\n\nThe regiment left on Monday, the defence attaché said. The base is empty, the French chargé d'affaires said. The handover was rushed, the UN special rapporteur said. Nobody asked us, an émigré said.",
        &[
            ("The regiment left on Monday", Reported, "the defence attaché"),
            ("The base is empty", Reported, "the French chargé d'affaires"),
            ("The handover was rushed", Reported, "the UN special rapporteur"),
            ("Nobody asked us", Reported, "an émigré"),
        ],
    ),
    (
        "'as the old people say', 'as they say in the village': a hedge citing common wisdom makes no party (a named 'as the minister said' still reports)",
        "Troops leave\n\nAma Mensah, a trader, was angry.\n\nAs the old people say, she added, the river remembers its banks.\n\nAs they say in the village, the soldiers came and went, Mensah said.\n\nAs the minister said, the soldiers came and went.",
        &[
            ("As the old people say, she added, the river remembers its banks", Reported, "Ama Mensah"),
            ("As they say in the village, the soldiers came and went", Reported, "Ama Mensah"),
            ("the soldiers came and went", Reported, "the minister"),
        ],
    ),
    (
        "'the expert' refers back to an analyst (or a political scientist, researcher, economist …) named before",
        "Troops leave\n\nDefence Minister Ana Ruiz said the withdrawal was complete.\n\nSecurity analyst Mara Lind said the timing was odd. \"It is too early,\" the expert said.",
        &[
            ("the withdrawal was complete", Reported, "Ana Ruiz"),
            ("the timing was odd", Reported, "Mara Lind"),
            ("It is too early", Direct, "Mara Lind"),
        ],
    ),
    (
        "a name right after a lowercase press noun is a medium's ('the Río Seco daily La Frontera reported'), however unlisted",
        "Troops leave\n\nThe first convoy left before dawn, the Río Seco daily La Frontera reported. The column was escorted, the regional television channel Telenorte said.",
        &[],
    ),
    (
        "'the FCN' is the body whose initials it spells even when its name reads like a person's ('Frente Campesino del Norte')",
        "Troops leave\n\nThe Frente Campesino del Norte said the army was leaving in shame. The FCN added that its fighters would stay.",
        &[
            ("the army was leaving in shame", Reported, "Frente Campesino del Norte"),
            ("its fighters would stay", Reported, "Frente Campesino del Norte"),
        ],
    ),
    (
        "'disclosed that' reports; a capitalized office with its complement before the name is his title, so 'the army chief' and 'the COAS' refer back",
        "Troops leave\n\nAt the ceremony, the Chief of Army Staff, Lt. Gen. Adewale Bako, disclosed that about 1,200 soldiers would be redeployed.\n\n\"This is not a retreat,\" the army chief stated.\n\nReacting to the claim, the COAS said that the group was free to dream.",
        &[
            ("about 1,200 soldiers would be redeployed", Reported, "Adewale Bako"),
            ("This is not a retreat", Direct, "Adewale Bako"),
            ("the group was free to dream", Reported, "Adewale Bako"),
        ],
    ),
    (
        "a name right after a relative clause that ends on a title is in apposition inside it: the antecedent speaks",
        "Troops leave\n\nBako, who handed over the keys to the Commissioner of Police, CP Musa Yero, maintained that the drawdown followed months of assessment.",
        &[("the drawdown followed months of assessment", Reported, "Bako")],
    ),
    (
        "a 'Read more:' line is another story's headline, no words of this one",
        "Troops leave\n\nRead more: Nuvale's young army says it is ready to stand alone. Is it?\n\n\"We are ready,\" Defence Minister Ana Ruiz said.",
        &[("We are ready", Direct, "Ana Ruiz")],
    ),
    (
        "a handle spelling a name's words in full or by initials ('@VelstadMoD') is that party's account",
        "Troops leave\n\nVelstad's Ministry of Defence (@VelstadMoD) moved early to set the tone. \"This is not a retreat,\" it wrote on X.",
        &[("This is not a retreat", Direct, "Velstad's Ministry of Defence")],
    ),
    (
        "'said anything', 'said nothing in public' report no words; 'said nothing had changed' does",
        "Troops leave\n\nThe images were shared 40,000 times before the government had said anything.\n\nThe prime minister has said nothing in public since the announcement.\n\nThe mayor said nothing had changed.",
        &[("nothing had changed", Reported, "the mayor")],
    ),
    (
        "'Igwe' is a traditional ruler's title before his name",
        "Troops leave\n\nThe Igwe of Umuokpara, HRH Igwe Christopher Nwankwo-Ede, lauded the withdrawal. \"Today my people can sleep,\" he told journalists.",
        &[
            ("lauded the withdrawal", Reported, "Christopher Nwankwo-Ede"),
            ("Today my people can sleep", Direct, "Christopher Nwankwo-Ede"),
        ],
    ),
    (
        "an indefinite description ('A spokesman for the movement') is the one person later named after its definite head ('said the spokesman, Arvid Kolnar')",
        "Troops leave\n\nA spokesman for the Free Highlands Movement told AFP the withdrawal showed that \"the occupiers have understood.\"\n\n\"They came with tanks,\" said the spokesman, Arvid Kolnar.",
        &[
            ("the occupiers have understood.", Partial, "Arvid Kolnar"),
            ("They came with tanks", Direct, "Arvid Kolnar"),
        ],
    ),
    (
        "'According to X, the spokesman warned that …': the clause has its own speaker, X only carried it",
        "Troops leave\n\nAccording to the Qaumi Khabar Agency, the militant spokesman also warned that his fighters would strike.",
        &[("his fighters would strike", Reported, "the militant spokesman")],
    ),
    (
        "an honorific or first name with the family name ('Malik Mandokhel') is the one person named with both ends and middle names",
        "Troops leave\n\nMalik Gul Rehman Mandokhel, who heads the jirga, told this scribe that the tribes welcomed the return of civilian rule.\n\nMalik Mandokhel said the jirga would wait for the winter.",
        &[
            ("the tribes welcomed the return of civilian rule", Reported, "Malik Gul Rehman Mandokhel"),
            ("welcomed the return of civilian rule", Reported, "Malik Gul Rehman Mandokhel"),
            ("the jirga would wait for the winter", Reported, "Malik Gul Rehman Mandokhel"),
        ],
    ),
    (
        "a nationality adjective before a capitalized title modifies the title: 'she' is the minister named after it",
        "Troops leave\n\nBrennish Defence Minister Ilse Marwede has spoken again. Asked whether Brenland was leaving because it had lost, she did not hesitate: \"This is not a retreat.\"",
        &[("This is not a retreat.", Direct, "Ilse Marwede")],
    ),
    (
        "a colon paragraph naming someone's statement ('Here is Minister Marwede's statement, in full:') gives its owner the quote below",
        "Troops leave\n\nDefence Minister Ilse Marwede spoke at noon.\n\nHere is Minister Marwede's statement, read out at the ceremony, in full:\n\n\"Today the last of our soldiers leave Tarsk with their heads up.\"",
        &[("Today the last of our soldiers leave Tarsk with their heads up.", Direct, "Ilse Marwede")],
    ),
    (
        "'told KHFD radio the Guard would …': an unlisted station ending in a press noun is the medium told, not the words",
        "Troops leave\n\nMaj. Gen. Dana Whitcomb told KHFD radio the Guard would keep a recruiting office in Harlan Ford.",
        &[("the Guard would keep a recruiting office in Harlan Ford", Reported, "Dana Whitcomb")],
    ),
    (
        "a speech verb read as a noun ('The note to state officials') frames no quote, so a quote ending in a period ends the sentence",
        "Troops leave\n\nCommissioner Ray Dunmore said the commission would fight any transfer of the land \"in every forum we have.\" The note to state officials was blunt.",
        &[
            ("the commission would fight any transfer of the land \"in every forum we have.\"", Reported, "Ray Dunmore"),
            ("in every forum we have.", Partial, "Ray Dunmore"),
        ],
    ),
    (
        "a nickname in quote marks is the given name used: 'Buck Pruett' is 'Harold \"Buck\" Pruett'",
        "Troops leave\n\nHarold \"Buck\" Pruett, a retired first sergeant, watched the convoy. \"I stood here in 1996,\" Pruett said.\n\nWHAT THEY'RE SAYING\n\n\"I'll keep my lawn chair handy.\" — Buck Pruett, VFW Post 4417",
        &[
            ("I stood here in 1996", Direct, "Harold \"Buck\" Pruett"),
            ("I'll keep my lawn chair handy.", Direct, "Harold \"Buck\" Pruett"),
        ],
    ),
    (
        "a news agency named with its short form in brackets is a medium in a trailing 'according to'",
        "Troops leave\n\n\"We welcome any step that lowers the temperature along the frontier,\" a spokesperson of the ministry said in Samarand, according to the Tazhir News Agency (TNA).",
        &[("We welcome any step that lowers the temperature along the frontier", Direct, "a spokesperson of the ministry")],
    ),
    (
        "'According to X, Malhotra also said his party would …': the named speaker's clause is his, X only carried it",
        "Troops leave\n\nShri Pradeep S. Malhotra spoke first.\n\nAccording to Dainik Prahar, Malhotra also said his party would move an adjournment motion on the pullout.",
        &[("his party would move an adjournment motion on the pullout", Reported, "Pradeep S. Malhotra")],
    ),
    (
        "'…, with X, Union Minister of Defence, asserting that …': the one the 'with' phrase names asserts it",
        "Troops leave\n\nThe Kharlam Army began withdrawing its battalions from Dhorpur, with Shri R.K. Vadhera, Union Minister of Defence, asserting that the drawdown reflected \"a return of normalcy\".\n\n\"This is not a retreat,\" the minister said.",
        &[
            ("the drawdown reflected \"a return of normalcy\"", Reported, "R.K. Vadhera"),
            ("a return of normalcy", Partial, "R.K. Vadhera"),
            ("This is not a retreat", Direct, "R.K. Vadhera"),
        ],
    ),
    (
        "an indefinite description set before the sentence's subject pronoun ('A tall woman who …, she …') is that pronoun's person, no one new",
        "Troops leave\n\nColonel Ilse Marrendahl commands the contingent. A tall woman who answers questions while walking, she gave a tour of the compound.\n\n\"This is not a retreat,\" she said.",
        &[("This is not a retreat", Direct, "Ilse Marrendahl")],
    ),
    (
        "'X has spent six weeks explaining that …': a participle with no comma before it reports for the sentence's subject",
        "Troops leave\n\nColonel Ilse Marrendahl, the contingent's commander, has spent six weeks explaining that the departure is not what it looks like.",
        &[("the departure is not what it looks like", Reported, "Ilse Marrendahl")],
    ),
    (
        "in the translated register any past speech verb inverts before a name ('«…», observed X', '«…», assured General Y')",
        "Troops leave\n\nThe government spoke first. « The mission has been accomplished », assured General Thierry Lambrecht, commander of the forces. « The flag came down this morning », observed Mathilde Aubrac-Sené, a researcher.",
        &[
            ("The mission has been accomplished", Direct, "Thierry Lambrecht"),
            ("The flag came down this morning", Direct, "Mathilde Aubrac-Sené"),
        ],
    ),
    (
        "a ministry named with its words in the other order ('Ostrel's defence ministry', 'the Ministry of Defence') is one body",
        "Troops leave\n\nOstrel's defence ministry says the withdrawal is almost complete.\n\nIn a written statement, the Ministry of Defence said that 1,650 soldiers had already returned.",
        &[
            ("the withdrawal is almost complete", Reported, "Ostrel's defence ministry"),
            ("1,650 soldiers had already returned", Reported, "Ostrel's defence ministry"),
        ],
    ),
    (
        "'wrote on Facebook:' says where the words went, not what they were",
        "Troops leave\n\nRetired general Aron Lisk wrote on Facebook:\n\n\"Glad to see our soldiers coming home.\"",
        &[("Glad to see our soldiers coming home.", Direct, "Aron Lisk")],
    ),
    (
        "a one-word transcript tag the prose never names, asking half its turns, is the interviewer's",
        "Troops leave\n\nDefence Minister Halvard Renk set out his case in an interview with OBC One. The following exchange is taken from the transcript.\n\nAMUNDSEN: Minister, will every soldier be home by March?\n\nRENK: Every combat soldier, yes.\n\nAMUNDSEN: Your opponents call it a retreat.\n\nRENK: This is not a retreat.",
        &[
            ("Every combat soldier, yes.", Direct, "Halvard Renk"),
            ("This is not a retreat.", Direct, "Halvard Renk"),
        ],
    ),
    (
        "a member's seat in brackets after the name ('Aileen Tarrant (Lowther East)') is no one who speaks",
        "Troops leave\n\nAileen Tarrant (Lowther East), a government loyalist, did what loyalists do: praise, then pause. \"I welcome our soldiers home,\" she said.",
        &[("I welcome our soldiers home", Direct, "Aileen Tarrant")],
    ),
    (
        "'According to X, the ministry said it \"…\"': the body's own clause is its own",
        "Troops leave\n\nAccording to the Cordell Press agency, the Sarvian Foreign Ministry said it \"welcomes the timetable it requested\". It added that its engineers had begun repainting the tower.",
        &[
            ("it \"welcomes the timetable it requested\"", Reported, "Sarvian Foreign Ministry"),
            ("welcomes the timetable it requested", Partial, "Sarvian Foreign Ministry"),
            ("its engineers had begun repainting the tower", Reported, "Sarvian Foreign Ministry"),
        ],
    ),
    (
        "a capitalized office after the article in apposition ('Ruth Castellane, the Armed Forces Minister,') lets 'the minister' refer back",
        "Troops leave\n\nRuth Castellane, the Armed Forces Minister, had the look of a woman who had rehearsed.\n\nThe minister replied that the radar was \"a Sarvian asset\".",
        &[
            ("the radar was \"a Sarvian asset\"", Reported, "Ruth Castellane"),
            ("a Sarvian asset", Partial, "Ruth Castellane"),
        ],
    ),
    (
        "a name after a preposition described by an office with its article ('belonged to Morag Lindqvist, the Member for Kessock') is a person 'she' may mean",
        "Troops leave\n\nThe minister replied that the radar was safe.\n\nThe quietest moment belonged to Morag Lindqvist, the Member for Kessock. She spoke without notes.\n\n\"Mr Speaker, a bus driver in my constituency lost his son.\"",
        &[
            ("the radar was safe", Reported, "the minister"),
            ("Mr Speaker, a bus driver in my constituency lost his son.", Direct, "Morag Lindqvist"),
        ],
    ),
    (
        "'told Channel 7 they would …': a station named by 'Channel' and its number is the medium told",
        "Troops leave\n\nResidents along the canal told Channel 7 they would not miss the night convoys.",
        &[("they would not miss the night convoys", Reported, "Residents along the canal")],
    ),
    (
        "'This is what the mayor said:' gives the words below to the one the 'what' clause names",
        "Troops leave\n\nThe mayor spoke to us at the gate.\n\nThis is what the mayor said:\n\n\"We will manage the land ourselves.\"",
        &[("We will manage the land ourselves.", Direct, "the mayor")],
    ),
    (
        "a 'SIDEBAR:' box label is layout, no speaker, and 'what she told Channel 7:' reports no words of the medium",
        "Troops leave\n\nThe minister said the base was closed.\n\nSIDEBAR: ACROSS THE STREET\n\nMarta Lind has run the grill since 1991.\n\nHere is what she told Channel 7:\n\n\"Nobody from the city has come by.\"",
        &[
            ("the base was closed", Reported, "the minister"),
            ("Nobody from the city has come by.", Direct, "Marta Lind"),
        ],
    ),
    (
        "a capitalized modifier inside a description ('A senior Caldenian security official') leaves the official, not plural officials, for 'the official said'",
        "Troops leave\n\nDefence officials said the convoy would cross by Friday.\n\nA senior Caldenian security official offered a blunter picture.\n\n\"The flag came down at ten,\" the official said.",
        &[
            ("the convoy would cross by Friday", Reported, "Defence officials"),
            ("The flag came down at ten", Direct, "a senior Caldenian security official"),
        ],
    ),
    (
        "a bulleted paragraph's subject ('• The ministry was warmer …') is read past its bullet, so 'It' is the ministry",
        "Troops leave\n\n• The Velorian Ministry of Defence said the handover was complete.\n\n• Orrin said the cell will stay in the capital, Kessary.\n\n• The ministry was warmer in its written statement. It thanked the soldiers and said the government had asked for this day.",
        &[
            ("the handover was complete", Reported, "Velorian Ministry of Defence"),
            ("the cell will stay in the capital, Kessary", Reported, "Orrin"),
            ("thanked the soldiers", Reported, "Velorian Ministry of Defence"),
            ("the government had asked for this day", Reported, "Velorian Ministry of Defence"),
        ],
    ),
    (
        "a pull quote of two paragraphs signed under the last ('— Radek Sulimov, in an op-ed') is the signer's throughout",
        "Troops leave\n\nKEY QUOTES\n\n\"Nordhaven promised the valley that it would stay.\n\n\"The families will pay for both. This is a betrayal.\"\n— Radek Sulimov, former deputy foreign minister of Veloria, in an op-ed for The Velorian Herald",
        &[
            ("Nordhaven promised the valley that it would stay.", Direct, "Radek Sulimov"),
            ("The families will pay for both. This is a betrayal.", Direct, "Radek Sulimov"),
        ],
    ),
    (
        "a 'that' clause of several words before a quote after a comma ('confirmed that a cell will stay in the capital, Kessary, \"for as long …\"') is reported too",
        "Troops leave\n\nGen. Tavi Orrin confirmed that a small liaison cell will stay in the capital, Kessary, \"for as long as our partners find it useful.\"",
        &[
            ("a small liaison cell will stay in the capital, Kessary", Reported, "Tavi Orrin"),
            ("for as long as our partners find it useful.", Direct, "Tavi Orrin"),
        ],
    ),
    (
        "'Defense Sec.' is a title spelled 'secretary', and 'the defense chief' is the ministry's head",
        "Troops leave\n\nDefense Sec. Alfredo Macaraeg rejected claims. \"This is not abandonment,\" he told reporters.\n\n\"The radar at Tanglaw,\" the defense chief said, \"will be manned.\"",
        &[
            ("rejected claims", Reported, "Alfredo Macaraeg"),
            ("This is not abandonment", Direct, "Alfredo Macaraeg"),
            ("The radar at Tanglaw", Direct, "Alfredo Macaraeg"),
            ("will be manned.", Direct, "Alfredo Macaraeg"),
        ],
    ),
    (
        "'in an interview with the state-run Balita Nasyonal news agency, she said': the agency is no one 'she' may mean",
        "Troops leave\n\nMa. Consuelo Ignacio, director of the institute, said the patrols were thin.\n\nIn an interview with the state-run Balita Nasyonal news agency, she said the handover looks tidier on paper.",
        &[
            ("the patrols were thin", Reported, "Consuelo Ignacio"),
            ("the handover looks tidier on paper", Reported, "Consuelo Ignacio"),
        ],
    ),
    (
        "'the minister' after two ministers is the one the text last mentioned, when the other was met before the last two parties ('Marhoven said …. The minister said …')",
        "Troops leave\n\nDefence Minister Sigrun Marhoven said the drawdown was planned.\n\nDeputy Foreign Minister Rusan Tekeli said Tarvania had suffered a defeat.\n\nNadia Orsu of the charity said the trucks were still there.\n\nAsked later, Marhoven said the soldiers had left with their heads up. The minister said Tarvania would keep 40 instructors.",
        &[
            ("the drawdown was planned", Reported, "Sigrun Marhoven"),
            ("Tarvania had suffered a defeat", Reported, "Rusan Tekeli"),
            ("the trucks were still there", Reported, "Nadia Orsu"),
            ("the soldiers had left with their heads up", Reported, "Sigrun Marhoven"),
            ("Tarvania would keep 40 instructors", Reported, "Sigrun Marhoven"),
        ],
    ),
    (
        "an aside 'he recounts,' reports the sentence around it",
        "Troops leave\n\nLev Sadrin, 34, interpreted for the contingent for six years. In 2019, he recounts, he rode in the second vehicle of a convoy.",
        &[("In 2019, he recounts, he rode in the second vehicle of a convoy", Reported, "Lev Sadrin")],
    ),
    (
        "a sentence opening with a date and no comma ('On Friday the chancellor will fly …') has its subject after the date, whom 'she' then means",
        "Troops leave\n\nChancellor Margarete Ostholt said the withdrawal was overdue.\n\nHenrike Falbe heads the programme at the institute. She said the radar stays.\n\nOn Friday the chancellor will fly to Harzfeld. She would, she said, \"look every soldier in the eye\".",
        &[
            ("the withdrawal was overdue", Reported, "Margarete Ostholt"),
            ("the radar stays", Reported, "Henrike Falbe"),
            ("look every soldier in the eye", Direct, "Margarete Ostholt"),
        ],
    ),
    (
        "'Henrike Falbe heads the programme': a noun in '-s' before a determiner is the name's verb, so the name is a person 'she' may mean",
        "Troops leave\n\nHenrike Falbe heads the programme at the institute. She said the radar stays.",
        &[("the radar stays", Reported, "Henrike Falbe")],
    ),
    (
        "'In an interview with X, he went further, saying the government had \"…\" and that …': the pronoun past the adverbial says it, the partial quote inside its clause notwithstanding",
        "Troops leave\n\nOpposition leader Tomás Iriarte said it was reckless.\n\nIn an interview with Radio Continental later in the day, he went further, saying the government had \"abandoned the border\" and that a new government would send the brigade back.",
        &[
            ("it was reckless", Reported, "Tomás Iriarte"),
            ("the government had \"abandoned the border\" and that a new government would send the brigade back", Reported, "Tomás Iriarte"),
            ("abandoned the border", Partial, "Tomás Iriarte"),
        ],
    ),
    (
        "a lowercase title before a name ('Tory backbencher Giles Pennock') is part of the sentence's subject",
        "Troops leave\n\nTory backbencher Giles Pennock also backed the decision, saying the garrison had outlived its purpose.",
        &[("the garrison had outlived its purpose", Reported, "Giles Pennock")],
    ),
    (
        "'…, the general answered at length.' closing a paragraph makes the next paragraph's quote the answer",
        "Troops leave\n\nLt. Gen. Marcus Ebright said the drawdown was on track.\n\nAsked whether the timeline had been set in Velmont rather than by conditions on the ground, the general answered at length.\n\n\"We built this plan from the bottom up.\"",
        &[
            ("the drawdown was on track", Reported, "Marcus Ebright"),
            ("We built this plan from the bottom up.", Direct, "Marcus Ebright"),
        ],
    ),
    (
        "'a process the official said was \"…\"': the relative clause's subject is the official, not 'a process the official'",
        "Troops leave\n\nA senior defense official disputed that reading, calling the radar handover a process the official said was \"weeks, not years\" from finished.",
        &[
            ("was \"weeks, not years\" from finished", Reported, "a senior defense official"),
            ("weeks, not years", Partial, "a senior defense official"),
        ],
    ),
    (
        "Swahili honorifics ('Mzee', 'Mama') are titles; 'the Member of Parliament for X' after a name is the role, and 'the MP' refers back; a caller 'Baraka from Kisima' opening a sentence is a person 'he' may mean",
        "Troops leave\n\nHon. Joseph Kibet Lang'at, the Member of Parliament for Kalenga East, called the pull-out a betrayal.\n\n\"Let nobody lie to you,\" the MP said.\n\nMzee Lekishon Saitoti said the track is open. Mama Rehema Achieng said it was welcome.\n\nBaraka from Kisima saw it differently. He told the show that the young men knew the hills.",
        &[
            ("called the pull-out a betrayal", Reported, "Joseph Kibet Lang'at"),
            ("Let nobody lie to you", Direct, "Joseph Kibet Lang'at"),
            ("the track is open", Reported, "Lekishon Saitoti"),
            ("it was welcome", Reported, "Rehema Achieng"),
            ("the young men knew the hills", Reported, "Baraka"),
        ],
    ),
    (
        "a name in capitals after a title or with a known given name is a person's, named as in running text ('Sen. TOMAS HALLORAN' → 'Tomas Halloran'), whom 'she'/'he' fit; '@SenHalloran' and '@RepOkonjoBrandt' (a title's short form and the family name) are their accounts",
        "Head\n\nTHE BIG ONE: Defence Minister IRENA VOSKUIJL confirmed that the troops will leave.\n\nSen. TOMAS HALLORAN (National Union) was furious. \"Abandoning the corridor is a mistake,\" @SenHalloran posted on X.\n\nRep. NADIA OKONJO-BRANDT (Greens) kept it short. \"Finally. Bring them home,\" @RepOkonjoBrandt posted. She later said the savings should go to veterans.\n\nBACK AT THE MINISTRY: Voskuijl, for her part, was calm. The minister said the army was ready.\n\n\"People want a dramatic story,\" she said.",
        &[
            ("the troops will leave", Reported, "Irena Voskuijl"),
            ("Abandoning the corridor is a mistake", Direct, "Tomas Halloran"),
            ("Finally. Bring them home", Direct, "Nadia Okonjo-Brandt"),
            ("the savings should go to veterans", Reported, "Nadia Okonjo-Brandt"),
            ("the army was ready", Reported, "Irena Voskuijl"),
            ("People want a dramatic story", Direct, "Irena Voskuijl"),
        ],
    ),
    (
        "a broadcast script's clip slug ('ACTUALITY: Name, role', '(SOUNDBITE) Name, role', '(PHONE) …') names whose clip the line under it is",
        "Head\n\nANCHOR (RUTH CALLOWAY): The last soldiers have left Camp Halvik.\n\nREPORTER (MAREK DOVAN): The convoy took two hours to clear the gate.\n\nACTUALITY: Annika Rostvald, Taldonian Defence Minister\n\"This is not a retreat. We came to train a division.\"\n\nREPORTER: Not everyone is convinced.\n\n(PHONE) Tomas Ferrein, Adriel Institute for Security Studies\n\"The radar mast was still turning. Make of that what you will.\"\n\n(SOUNDBITE) Lejla Markon, shopkeeper\n\"Three weeks later, men with rifles came to my uncle's mill.\"",
        &[
            ("This is not a retreat. We came to train a division.", Direct, "Annika Rostvald"),
            ("The radar mast was still turning. Make of that what you will.", Direct, "Tomas Ferrein"),
            ("Three weeks later, men with rifles came to my uncle's mill.", Direct, "Lejla Markon"),
        ],
    ),
    (
        "a name and then a lowercase kind of medium ('the Belpress news agency', 'the Tarsk Courier newspaper') is a medium, never the speaker of the sentence it reports",
        "Head\n\nAccording to the Belpress news agency, a spokesman for the group said in an audio message that the troops had fled.\n\nThe Tarsk Courier newspaper reported that the base would close, and Mayor Ana Vell said the town would cope.",
        &[
            ("the troops had fled", Reported, "a spokesman for the group"),
            ("the town would cope", Reported, "Ana Vell"),
        ],
    ),
    (
        "a portfolio of two fields before its title ('Settlement and Heritage Minister Orit Kahalani', 'Culture and Sport Minister …') is one person's title, not a joint statement",
        "Head\n\nSettlement and Heritage Minister Orit Kahalani wrote on X: \"A black day for the Heights.\"\n\nCulture and Sport Minister Ben Aro said: \"A good day.\"\n\nRussia and China said the move was hasty.",
        &[
            ("A black day for the Heights.", Direct, "Orit Kahalani"),
            ("A good day.", Direct, "Ben Aro"),
            ("the move was hasty", Reported, "Russia"),
        ],
    ),
    (
        "'Forces will stay …, it said, adding that “…”': the aside's speaker says both the clause before it and the participle's quote, not the clause's capitalized subject",
        "Head\n\n\"The handover was orderly,\" the military said in a statement. Forces will continue to defend the communities, it said, adding that \"no resident is less protected tonight.\"",
        &[
            ("The handover was orderly", Direct, "the military"),
            ("Forces will continue to defend the communities", Reported, "the military"),
            ("\"no resident is less protected tonight.\"", Reported, "the military"),
            ("no resident is less protected tonight.", Partial, "the military"),
        ],
    ),
    (
        "'Rt.' is a title, so 'The Bishop of Thalpehena, Rt. Rev. Dr. Clement Almeida,' is one person whom 'the Bishop' refers back to",
        "Head\n\nThe Bishop of Thalpehena, Rt. Rev. Dr. Clement Almeida, welcomed the handover. \"We thank God,\" the Bishop said.",
        &[
            ("welcomed the handover", Reported, "Clement Almeida"),
            ("We thank God", Direct, "Clement Almeida"),
        ],
    ),
    (
        "'the diplomat' refers back to a foreign ministry's spokesperson",
        "Head\n\nSpeaking at her weekly briefing, Veldorian Foreign Ministry Spokeswoman Marina Vetlugina said the pullout was a success.\n\n\"This is not a retreat,\" the diplomat stressed.",
        &[
            ("the pullout was a success", Reported, "Marina Vetlugina"),
            ("This is not a retreat", Direct, "Marina Vetlugina"),
        ],
    ),
    (
        "'the Veldorian Defense Ministry's press service' speaks as the ministry, which 'the press service' and 'The Defense Ministry' refer back to",
        "Head\n\nThe last column left the garrison on Thursday, the Veldorian Defense Ministry's press service reported. According to the press service, 1,900 servicemen left.\n\nThe Defense Ministry also said that all servicemen would be provided with housing.",
        &[
            ("The last column left the garrison on Thursday", Reported, "Veldorian Defense Ministry"),
            ("1,900 servicemen left", Reported, "Veldorian Defense Ministry"),
            ("all servicemen would be provided with housing", Reported, "Veldorian Defense Ministry"),
        ],
    ),
    (
        "'charged' reports words with a marked complement ('charged that …', '…, he charged,'), not 'charged the protesters'; 'welcome to' greets",
        "Head\n\nGood Wednesday morning, and welcome to Capitol Circuit. Opposition Leader Chaminda Hettiarachchige was unimpressed. It is a very nice photograph for the campaign posters, he charged.\n\nThe mayor charged that the government had lied. Police charged the protesters.",
        &[
            ("It is a very nice photograph for the campaign posters", Reported, "Chaminda Hettiarachchige"),
            ("the government had lied", Reported, "the mayor"),
        ],
    ),
    (
        "'the High Commission' after 'A spokesperson for the Kestrian High Commission' (no body so named met) is the spokesperson's party",
        "Head\n\nA spokesperson for the Kestrian High Commission told AFP that Kestria was \"proud of the contribution our sailors made.\" In a separate statement, the High Commission said the decision to leave reflected \"the maturity of a partnership.\"",
        &[
            ("Kestria was \"proud of the contribution our sailors made.\"", Reported, "a spokesperson for the Kestrian High Commission"),
            ("proud of the contribution our sailors made.", Partial, "a spokesperson for the Kestrian High Commission"),
            ("the decision to leave reflected \"the maturity of a partnership.\"", Reported, "a spokesperson for the Kestrian High Commission"),
            ("the maturity of a partnership.", Partial, "a spokesperson for the Kestrian High Commission"),
        ],
    ),
    (
        "'the group' after 'A spokesman for the Sarnow Liberation Front' is that organization's, not a body named earlier",
        "Head\n\nIn a statement, the Lenvarian Foreign Ministry said it welcomed the return. A spokesman for the Sarnow Liberation Front mocked the announcement in remarks carried by the Lenvarian Press Agency. \"They are leaving with suitcases,\" he said.\n\nAccording to the agency, the group also claimed the departure as proof that \"occupiers always leave in the end.\"",
        &[
            ("it welcomed the return", Reported, "Lenvarian Foreign Ministry"),
            ("mocked the announcement in remarks carried by the Lenvarian Press Agency", Reported, "a spokesman for the Sarnow Liberation Front"),
            ("They are leaving with suitcases", Direct, "a spokesman for the Sarnow Liberation Front"),
            ("occupiers always leave in the end.", Partial, "a spokesman for the Sarnow Liberation Front"),
        ],
    ),
    (
        "a name after a lowercase kind of medium ('the state agency DravInform') is a medium through the document: 'according to DravInform' after a quote gives no party",
        "Head\n\n«The troops are being regrouped,» the ministry said in a statement distributed by the state agency DravInform.\n\nThe governor, Viktor Osokin, was more restrained. «We of course welcome the decision,» Osokin said at a meeting, according to DravInform. «But the border does not become quieter.»",
        &[
            ("The troops are being regrouped", Direct, "the ministry"),
            ("We of course welcome the decision", Direct, "Viktor Osokin"),
            ("But the border does not become quieter.", Direct, "Viktor Osokin"),
        ],
    ),
    (
        "'…, the Defense Ministry confirmed on Monday.': a marked-complement verb past a short time or place reports the clause before; 'By the ministry's count, …' is the ministry's as 'according to'; a bare 'ministers confirmed' names no one",
        "Head\n\nThe army has begun withdrawing its units, the Defense Ministry in Solgorsk confirmed on Monday. By the ministry's count, about 6,000 servicemen are to be moved by the end of the month.\n\nBritain is to pull its troops out by the spring, ministers confirmed last night.",
        &[
            ("The army has begun withdrawing its units", Reported, "Defense Ministry"),
            ("about 6,000 servicemen are to be moved by the end of the month", Reported, "Defense Ministry"),
        ],
    ),
    (
        "'the deputy prime minister' / 'The Deputy Prime Minister' refers back to one introduced in passing with those title words ('Deputy Prime Minister Vuong Lac attended …'), not 'the foreign minister'",
        "Head\n\nDeputy Prime Minister Vuong Lac attended the handover of the base.\n\nThe Deputy Prime Minister said the return was good.\n\nDeputy Defence Minister Ana Ruiz attended too. The deputy defence minister said it was late. The foreign minister said nothing would change.",
        &[
            ("the return was good", Reported, "Vuong Lac"),
            ("it was late", Reported, "Ana Ruiz"),
            ("nothing would change", Reported, "the foreign minister"),
        ],
    ),
    (
        "'The Korvan Defence Force said': 'Force' ends a body's name, so the title word 'Defence' before it makes no person called 'Force'",
        "Head\n\nThe Korvan Defence Force said the last troops would leave on Friday. The Korvan Security Force said it was ready.",
        &[
            ("the last troops would leave on Friday", Reported, "Korvan Defence Force"),
            ("it was ready", Reported, "Korvan Security Force"),
        ],
    ),
    (
        "a magazine Q&A with each speaker's label alone on its line ('Meridian:' over the questions, 'Aldermann:' over the answers): the answers are the speaker's turns, an answer's further paragraphs in the first person continue it, and the magazine's questions are no party's",
        "Head\n\nLieutenant General Piet Aldermann spoke to Meridian at the airbase.\n\nMeridian:\nYour column leaves on Sunday. How does it feel?\n\nAldermann:\nQuieter than people expect. I am proud of how it has been done.\n\nMeridian:\nIs this a retreat?\n\nAldermann:\nLet me be very plain: this is not a retreat.\n\nThe Front has announced our defeat every spring since I arrived.\n\nMeridian:\nAny regrets?\n\nAldermann:\nFourteen names on the memorial wall.",
        &[
            ("Quieter than people expect. I am proud of how it has been done.", Direct, "Piet Aldermann"),
            ("Let me be very plain: this is not a retreat.", Direct, "Piet Aldermann"),
            ("The Front has announced our defeat every spring since I arrived.", Direct, "Piet Aldermann"),
            ("Fourteen names on the memorial wall.", Direct, "Piet Aldermann"),
        ],
    ),
    (
        "a body named in its own language ('the Palacio del Alba') is a body that 'the presidential palace' and 'it' refer back to; 'Agencia Sur' is a news agency, so 'according to Agencia Sur' gives no party",
        "Head\n\n\"The mission has fulfilled its purpose,\" the Palacio del Alba said in a statement. The presidential palace added that homicides had fallen by a third, and it said the handover would be orderly.\n\nThe minister, Rodrigo Ibarra, said the last unit would leave by March 15, according to Agencia Sur.",
        &[
            ("The mission has fulfilled its purpose", Direct, "Palacio del Alba"),
            ("homicides had fallen by a third", Reported, "Palacio del Alba"),
            ("the handover would be orderly", Reported, "Palacio del Alba"),
            ("the last unit would leave by March 15, according to Agencia Sur", Reported, "Rodrigo Ibarra"),
        ],
    ),
    (
        "'the minister' is the minister the text last named when another minister came paragraphs before, though a body was named after him ('… into the Rimal Air Force's programme'); 'Closing his remarks, the minister said:' and 'Nodding, the minister said' open with a participle, not a name; 'underscored that' reports",
        "Head\n\nForeign Minister Saif Mazrooq lauded the handover as \"a milestone.\"\n\nDefence Minister Henrik Aalstad rejected suggestions that his government was abandoning the region.\n\nMargit Solvang called the pull-out \"a betrayal\".\n\nAsked about the workforce, Mazrooq underscored that workers would join the Rimal Air Force's support programme.\n\nClosing his remarks, the minister said: \"We bid farewell to our friends.\" Nodding, the minister said the base was theirs.",
        &[
            ("lauded the handover as \"a milestone.\"", Reported, "Saif Mazrooq"),
            ("a milestone.", Partial, "Saif Mazrooq"),
            ("rejected suggestions that his government was abandoning the region", Reported, "Henrik Aalstad"),
            ("called the pull-out \"a betrayal\"", Reported, "Margit Solvang"),
            ("a betrayal", Partial, "Margit Solvang"),
            ("workers would join the Rimal Air Force's support programme", Reported, "Saif Mazrooq"),
            ("We bid farewell to our friends.", Direct, "Saif Mazrooq"),
            ("the base was theirs", Reported, "Saif Mazrooq"),
        ],
    ),
    (
        "'The two countries said', 'The two sides stressed': a joint statement's parties speak together",
        "Head\n\nThe two countries said that the handover \"opens a new chapter.\" The two sides stressed their commitment to cooperation.",
        &[
            ("the handover \"opens a new chapter.\"", Reported, "the two countries"),
            ("opens a new chapter.", Partial, "the two countries"),
            ("their commitment to cooperation", Reported, "the two sides"),
        ],
    ),
    (
        "'The Kellbrook and District Chamber of Trade' is one body, whose 'it wrote' is its own; 'a ministry spokesman' and 'a spokesman for the ministry' after 'The Defence Ministry said' speak as the ministry, and the 'He' after the spokesman is the ministry's too",
        "Head\n\nThe Kellbrook and District Chamber of Trade said some 80 local firms supply the barracks. The Chamber has never stood in the way, it wrote, \"but the timetable is reckless\".\n\nThe Defence Ministry said the redeployment was right. \"We go on schedule,\" a ministry spokesman said. He said the first battalion would cross within ten days.\n\n\"There is no change,\" a spokesperson for the ministry said.",
        &[
            ("some 80 local firms supply the barracks", Reported, "Kellbrook and District Chamber of Trade"),
            ("but the timetable is reckless", Direct, "Kellbrook and District Chamber of Trade"),
            ("the redeployment was right", Reported, "Defence Ministry"),
            ("We go on schedule", Direct, "Defence Ministry"),
            ("the first battalion would cross within ten days", Reported, "Defence Ministry"),
            ("There is no change", Direct, "Defence Ministry"),
        ],
    ),
    (
        "'said one resident, who asked that only her first name, Leyla, be used': the description is the person the relative clause names",
        "Head\n\n\"They took my husband instead,\" said one resident, who asked that only her first name, Leyla, be used.\n\nLeyla said no one had come to explain.",
        &[
            ("They took my husband instead", Direct, "Leyla"),
            ("no one had come to explain", Reported, "Leyla"),
        ],
    ),
    (
        "'The clerk then read out a letter from the battalion's commanding officer, Lieutenant Colonel Marcus Hale, who …': the quote alone in the next paragraph is the letter's author's",
        "Head\n\nThe clerk to the council, Andrew Pim, then read out a letter from the battalion's commanding officer, Lieutenant Colonel Marcus Hale, who was unable to attend.\n\n\"This is not a retreat.\"",
        &[("This is not a retreat.", Direct, "Marcus Hale")],
    ),
    (
        "a photo caption closing on a dashed credit ('. — MPA') is no speaker's turn, and a lone place in capitals before a colon opening the lede is its dateline, no body an 'It' could be",
        "Head\n\nBy Bilal Sheikh\n\nDARYA KHEL: Air Force personnel raise the national flag at the airbase on Tuesday. — MPA\n\nNOORABAD: The last contingent of troops left the airbase on Tuesday, ending a long presence.\n\n\"We welcome this,\" Foreign Office spokesperson Nighat Kazmi said.\n\nIt said the base was empty.",
        &[
            ("We welcome this", Direct, "Nighat Kazmi"),
            ("the base was empty", Reported, "-"),
        ],
    ),
    (
        "'The Department for Education', 'the Office for National Statistics' and 'the Victoria Damulak Centre for Peace' are named in full, and 'the Centre' is the last of them",
        "Head\n\nThe Department for Education said schools near the base would stay open. The Office for National Statistics said 3,000 jobs depended on the base.\n\nMeanwhile, the Victoria Damulak Centre for Peace described the withdrawal as \"premature\". In a statement on Wednesday, the Centre said \"the peace is fragile\".",
        &[
            ("schools near the base would stay open", Reported, "Department for Education"),
            ("3,000 jobs depended on the base", Reported, "Office for National Statistics"),
            ("described the withdrawal as \"premature\"", Reported, "Victoria Damulak Centre for Peace"),
            ("premature", Partial, "Victoria Damulak Centre for Peace"),
            ("the peace is fragile", Partial, "Victoria Damulak Centre for Peace"),
        ],
    ),
    (
        "'According to a statement issued by the military's media wing, the Armed Forces Media Directorate (AFMD), the handover …': the name in apposition is the source and the words start after it (not before a subject's relative clause)",
        "Head\n\nAccording to a statement issued by the military's media wing, the Armed Forces Media Directorate (AFMD), the handover was completed on time.\n\nAccording to the ministry, President Alan Ruiz, who spoke on Monday, will visit the base.",
        &[
            ("the handover was completed on time", Reported, "Armed Forces Media Directorate"),
            ("President Alan Ruiz, who spoke on Monday, will visit the base", Reported, "the ministry"),
        ],
    ),
    (
        "'the package promised to the districts' gives no one's words; 'promised to the crowd that …' does",
        "Head\n\nMr Zarkoon added that the benefits would stay on paper until the federal government released the package promised to the districts around the base.\n\nThe minister promised to the crowd that the base would reopen.",
        &[
            ("the benefits would stay on paper until the federal government released the package promised to the districts around the base", Reported, "Zarkoon"),
            ("the base would reopen", Reported, "the minister"),
        ],
    ),
    (
        "'Cllr' and 'Amb.' are the councillor's and the ambassador's titles; 'Parish priest of Glenmore Fr Liam Gaffney' is the priest, named after his parish and title",
        "Head\n\nIndependent Cllr Seán Mulvihill called the closure \"a betrayal\".\n\nThe councillor later told Ardmoyle FM that he would lead a protest march.\n\nParish priest of Glenmore Fr Liam Gaffney said the town would grieve. \"It is sad,\" he said.\n\nAmb. Chidi Obi said the move was wise. The ambassador added that it was right.",
        &[
            ("called the closure \"a betrayal\"", Reported, "Seán Mulvihill"),
            ("a betrayal", Partial, "Seán Mulvihill"),
            ("he would lead a protest march", Reported, "Seán Mulvihill"),
            ("the town would grieve", Reported, "Liam Gaffney"),
            ("It is sad", Direct, "Liam Gaffney"),
            ("the move was wise", Reported, "Chidi Obi"),
            ("it was right", Reported, "Chidi Obi"),
        ],
    ),
    (
        "'former ambassador to Dravonia Anders Koll' is Anders Koll (a known given name after the place), whom 'he said' and 'Koll said' mean; 'a segment with Maja Lindqvist, whose son …' is the person a next 'she said' means",
        "Head\n\nIn the studio, former ambassador to Dravonia Anders Koll was unmoved.\n\n\"They lowered our flag at Ostholm on Thursday,\" he said.\n\n\"I am describing a hill,\" Koll said.\n\nColumnist Ingrid Falk said it was wrong.\n\nThe program also aired a recorded segment with Maja Lindqvist, whose son served two tours at the camp.\n\n\"Erik painted the sign,\" she said.",
        &[
            ("They lowered our flag at Ostholm on Thursday", Direct, "Anders Koll"),
            ("I am describing a hill", Direct, "Anders Koll"),
            ("it was wrong", Reported, "Ingrid Falk"),
            ("Erik painted the sign", Direct, "Maja Lindqvist"),
        ],
    ),
    (
        "'In a statement emailed to the Advocate, the office of … Andrew Pettigrew said': the next line's 'the statement read' is his, not the body named before",
        "Head\n\nThe 7th Light Cavalry Regiment will be pulled out of the barracks.\n\nIn a statement emailed to the Advocate, the office of Member for Brolga Andrew Pettigrew said the move was right.\n\n\"This is not a retreat,\" the statement read.",
        &[
            ("the move was right", Reported, "Andrew Pettigrew"),
            ("This is not a retreat", Direct, "Andrew Pettigrew"),
        ],
    ),
    (
        "a mixed-case acronym whose small letters spell the small words ('MoD', 'DfE') is the body named in full before",
        "Head\n\nThe Ministry of Defence said the withdrawal would be complete by May.\n\nThe MoD added that no equipment would be left behind.\n\nThe Department for Education said schools near the base would stay open.\n\nThe DfE said it was ready.",
        &[
            ("the withdrawal would be complete by May", Reported, "Ministry of Defence"),
            ("no equipment would be left behind", Reported, "Ministry of Defence"),
            ("schools near the base would stay open", Reported, "Department for Education"),
            ("it was ready", Reported, "Department for Education"),
        ],
    ),
    (
        "'shot back that …', 'fired back' and 'interjected' report words ('fired back at the gunmen' is shooting, though the army it names is the body a later statement is from); a byline's name with a family name read as a title ('By Bilal Ahmed Sheikh') is the reporter's, no one 'It said' can mean",
        "Head\n\nBy Bilal Ahmed Sheikh\n\nBrask shot back that the radar station was \"a Dravonian asset\" and that the role was small.\n\n\"That is simply not true,\" Falk interjected.\n\n\"No,\" Rehn fired back. The army fired back at the gunmen.\n\n\"The districts are in our hands,\" the statement said. It said that no foreign personnel would remain.",
        &[
            ("the radar station was \"a Dravonian asset\" and that the role was small", Reported, "Brask"),
            ("a Dravonian asset", Partial, "Brask"),
            ("That is simply not true", Direct, "Falk"),
            ("No", Direct, "Rehn"),
            ("The districts are in our hands", Direct, "the army"),
            ("no foreign personnel would remain", Reported, "the army"),
        ],
    ),
    (
        "'began to say that …' and 'continued to insist that …' report words as 'went on to say' does; 'started to withdraw' reports none",
        "Head\n\nWhen the minister began to say that attacks in the valley had fallen by two-thirds, Falk cut across her.\n\nThe general started to withdraw the troops.",
        &[("attacks in the valley had fallen by two-thirds", Reported, "the minister")],
    ),
    (
        "'told Funkwelle the …', 'told Kessler by phone:': a name the media list lacks after 'told' is who was told, and 'by phone' no words",
        "Head\n\nDefence Minister Tobias Reinhold told Funkwelle the withdrawal had been the right decision.\n\nSalif Doumbé, an interpreter, told Kessler by phone:\n\n\"I translated for the officers for six years.\"",
        &[
            ("the withdrawal had been the right decision", Reported, "Tobias Reinhold"),
            ("I translated for the officers for six years.", Direct, "Salif Doumbé"),
        ],
    ),
    (
        "'the Landwehr' is a body, so the next sentence's 'It said' is its",
        "Head\n\n\"The handover was completed in full,\" the Landwehr said in a statement on Wednesday. It said that all weapons systems had been flown out.",
        &[
            ("The handover was completed in full", Direct, "Landwehr"),
            ("all weapons systems had been flown out", Reported, "Landwehr"),
        ],
    ),
    (
        "'the opposition said' is a speaker; a heading's 'Opposition warns of …' is no one",
        "Head\n\nOpposition warns of reckless timing\n\nIn Berlin, the opposition said the government had waited too long and left too quietly.",
        &[("the government had waited too long and left too quietly", Reported, "the opposition")],
    ),
    (
        "', while the opposition said …' is a second speaker's clause, not more of the first's words",
        "Head\n\nChancellor Margit Overbeck said the pull-out is no retreat, while the opposition said it was a \"capitulation.\"",
        &[
            ("the pull-out is no retreat", Reported, "Margit Overbeck"),
            ("it was a \"capitulation.\"", Reported, "the opposition"),
            ("capitulation.", Partial, "the opposition"),
        ],
    ),
    (
        "'spoke of a “…”' reports a view; 'who spoke on condition of anonymity' and 'will speak again' do not",
        "Head\n\nThe general spoke of a “new chapter” for the valley.\n\nA Western diplomat, who spoke on condition of anonymity, said the drawdown was real and the rest would follow.",
        &[
            ("spoke of a “new chapter” for the valley", Reported, "the general"),
            ("new chapter", Partial, "the general"),
            ("the drawdown was real and the rest would follow", Reported, "a Western diplomat"),
        ],
    ),
    (
        "'His Excellency' is a style, not a name, and alone it stands for the person last named",
        "Head\n\nHis Excellency the Minister of Foreign Affairs, Dr. Fawzi al-Mansouri, affirmed that the withdrawal was a crowning achievement.\n\nHis Excellency stressed the need for continued cooperation with brotherly states.\n\nHis Excellency Henrik Falstedt said the plan was sound.",
        &[
            ("the withdrawal was a crowning achievement", Reported, "Fawzi al-Mansouri"),
            ("the need for continued cooperation with brotherly states", Reported, "Fawzi al-Mansouri"),
            ("the plan was sound", Reported, "Henrik Falstedt"),
        ],
    ),
    (
        "a name in apposition inside a relative clause is not the subject, past a description of the antecedent too",
        "Head\n\nHenrik Falstedt, the Ambassador of Valdoria, who attended the ceremony alongside the new commander, Rear Admiral Tolga Esenboga, told reporters: \"This is not a retreat.\"",
        &[("This is not a retreat.", Direct, "Henrik Falstedt")],
    ),
    (
        "'asked why …' reports a pointed question, as 'questioned why' does; a reporter's does not",
        "Head\n\nNesrin Yalcinkaya also asked why the agreement had been negotiated without any briefing. A reporter asked why the base had closed.",
        &[("why the agreement had been negotiated without any briefing", Reported, "Nesrin Yalcinkaya")],
    ),
    (
        "'Ma.' before a name is the Filipino short form of Maria, not a sentence's end, so the titles before it are the person's",
        "Head\n\nPalace Press Officer Ma. Celeste Villaraza said the handover was a milestone.\n\nAsked about the criticism, the Palace press officer said the Navy had already sent a ship.",
        &[
            ("the handover was a milestone", Reported, "Celeste Villaraza"),
            ("the Navy had already sent a ship", Reported, "Celeste Villaraza"),
        ],
    ),
    (
        "a body's name, its initials in brackets, a role and a title before a full name: the name is the role's holder, who is not the initials",
        "Head\n\nArmed Forces of Valdoria (AFV) spokesperson Col. Teresa Villaruel said the drawdown followed a timetable.\n\nThe AFV said the bases were handed over.",
        &[
            ("the drawdown followed a timetable", Reported, "Teresa Villaruel"),
            ("the bases were handed over", Reported, "Armed Forces of Valdoria"),
        ],
    ),
    (
        "a partial quote after 'would explain' is inside the outer speaker's words, not the words of whoever will explain",
        "Head\n\nMorikawa Tetsuya spoke.\n\n\"Deterrence is not measured by headcount,\" he said, adding that the government would explain the plan \"carefully and sincerely\" to residents.",
        &[
            ("Deterrence is not measured by headcount", Direct, "Morikawa Tetsuya"),
            ("the government would explain the plan \"carefully and sincerely\" to residents", Reported, "Morikawa Tetsuya"),
            ("carefully and sincerely", Partial, "Morikawa Tetsuya"),
        ],
    ),
    (
        "a speaker named inside another's reported clause is part of what that speaker reports; words the inner speaker is quoted saying stay theirs",
        "Head\n\nThe Chief Minister said that the state government had written to the Centre seeking an assurance that residents would keep their grazing rights.\n\nRenfeld answered that the committee had asked for a finished mission, \"not a finished press release.\"\n\nThe envoy noted that the group had boasted in a video that the troops had \"run like beaten dogs\".",
        &[
            ("the state government had written to the Centre seeking an assurance that residents would keep their grazing rights", Reported, "the Chief Minister"),
            ("the committee had asked for a finished mission", Reported, "Renfeld"),
            ("not a finished press release.", Direct, "Renfeld"),
            ("the group had boasted in a video that the troops had \"run like beaten dogs\"", Reported, "the envoy"),
            ("the troops had \"run like beaten dogs\"", Reported, "the group"),
            ("run like beaten dogs", Partial, "the group"),
        ],
    ),
    (
        "'told' a name with 'and' inside it ('the Defence and Security Committee') and a time, then 'that': the words start after 'that'",
        "Head\n\nDefence Minister Aurel Brannik told parliament's Defence and Security Committee on Wednesday that the withdrawal would be completed by March.",
        &[("the withdrawal would be completed by March", Reported, "Aurel Brannik")],
    ),
    (
        "'he told the committee,' set off inside the words is an aside, like 'he said,': the whole sentence is the words",
        "Head\n\nAurel Brannik spoke.\n\nSelmaran units had trained for eight years, he told the committee, and were ready to take over every checkpoint.",
        &[(
            "Selmaran units had trained for eight years, he told the committee, and were ready to take over every checkpoint",
            Reported,
            "Aurel Brannik",
        )],
    ),
    (
        "a noun announcing words before a colon ('opened the session with a warning:', 'had a blunt message for the government:'): the clause's subject says them",
        "Head\n\nCommittee chair Ingrid Tovell opened the session with a warning: \"This committee will judge the withdrawal by what happens next winter.\"\n\nThe mayor had a blunt message for the government: \"Do not leave us alone.\"",
        &[
            ("This committee will judge the withdrawal by what happens next winter.", Direct, "Ingrid Tovell"),
            ("Do not leave us alone.", Direct, "the mayor"),
        ],
    ),
    (
        "a description right after a full name ending a prepositional phrase ('Under questioning from Tomas Ederly, an independent member, …') is that name's, not the subject's",
        "Head\n\nThe minister spoke.\n\nUnder questioning from Tomas Ederly, an independent member for the eastern districts, the minister acknowledged that a radar station would remain.",
        &[("a radar station would remain", Reported, "the minister")],
    ),
    (
        "a lowercase field between a capitalized or organization word and a role ('Shadow defence spokesman …', 'The opposition defence spokesman …') is one phrase, for a participle's subject too; 'netizen' is a person",
        "Head\n\nShadow defence spokesman Craig Lindqvist went further, calling the decision \"reckless penny-pinching\".\n\nOne netizen wrote: \"Thirty-one years to build, eleven weeks to run.\"",
        &[
            ("reckless penny-pinching", Partial, "Craig Lindqvist"),
            ("Thirty-one years to build, eleven weeks to run.", Direct, "one netizen"),
        ],
    ),
    (
        "'announced the drawdown in November' announces the event and reports no words; 'announced that …', a quote or a participle after it do, and the speaker stays mentioned for a pronoun",
        "Head\n\nPrime Minister Odile Sarn announced the drawdown in November, weeks after a formal request.\n\nDefence Minister Ingrid Haraldsen announced the date in parliament last week. \"Tarn was built for a crisis that is over,\" she said.\n\nThe ministry announced on Monday that troops would leave.",
        &[
            ("Tarn was built for a crisis that is over", Direct, "Ingrid Haraldsen"),
            ("troops would leave", Reported, "the ministry"),
        ],
    ),
    (
        "'the head of state' in apposition before a name, or as a title, is the president: a later 'the president' is the same party",
        "Head\n\nThe head of state, Aurelio Benavente, said the day had come.\n\n\"No foreign flag will fly again,\" the president declared.",
        &[
            ("the day had come", Reported, "Aurelio Benavente"),
            ("No foreign flag will fly again", Direct, "Aurelio Benavente"),
        ],
    ),
    (
        "a reaction-box label right over another label has no paragraph of its own (it once made the text panic)",
        "Head\n\nDario Fenn, Velmira interior minister:\nMaria Lopez, Velmira foreign minister:\nWe will stay.\n\nAna Ruiz, deputy mayor:\nWe leave.\n",
        &[("We will stay.", Direct, "Maria Lopez"), ("We leave.", Direct, "Ana Ruiz")],
    ),
    (
        "a script's credit line ('Presenter: Dara Menk. Field reporting: Yusuf Aramb.') names its journalists, whose tags are no parties",
        "RADIO SAFFRA - MARKET HOUR\nScript as broadcast. Presenter: Dara Menk. Field reporting: Yusuf Aramb.\n\nDARA MENK: It's just after nine. Yusuf has been walking the market.\n\nYUSUF ARAMB: Thanks, Dara. I started with the fruit.\n\nA fruit seller near the old gate, weighing apricots, did not look up when I asked. \"I'll believe it when I can't hear the engines,\" she said.\n\nDARA MENK: Thank you, Yusuf.",
        &[
            ("I'll believe it when I can't hear the engines", Direct, "a fruit seller near the old gate"),
        ],
    ),
    (
        "'It read: «…»' after a post on a channel used by a group: the group's words",
        "Head\n\nA retired teacher was reading on a crate. \"We can only remember if they go,\" he told me.\n\nA post on a channel used by the Kesh Brothers, the armed group, appeared overnight. It read: \"The soldiers are running back to their mothers.\"\n\nBack at the market, I read that post to the retired teacher. He folded his newspaper.\n\n\"They want us frightened,\" he said.",
        &[
            ("We can only remember if they go", Direct, "a retired teacher"),
            ("The soldiers are running back to their mothers.", Direct, "Kesh Brothers"),
            ("They want us frightened", Direct, "a retired teacher"),
        ],
    ),
    (
        "'“…,” the embassy's statement read': the owner of the text is its author",
        "Head\n\nThe Velkan Republic reacted with undisguised relish. \"Great powers rarely announce their retreats,\" the embassy's statement read.",
        &[
            ("Great powers rarely announce their retreats", Direct, "the embassy"),
        ],
    ),
    (
        "'X issued a statement (on Thursday) saying/declaring that …': the words of the statement's author",
        "Head\n\nThe Sarn Liberation Council, the armed movement that controls much of the high ground east of the river, issued a statement on Thursday declaring that the occupier was leaving because it had lost.\n\nThe Red Ridge Front put out a statement claiming victory.",
        &[
            ("the occupier was leaving because it had lost", Reported, "Sarn Liberation Council"),
        ],
    ),
    (
        "a photo credit names the press ('Photographs by Tomas Ek'), and a unit named as such ('Halland's Third Lancers') is no 'he'",
        "The last round\n\nBy Hanne Solberg\nPhotographs by Tomas Ek\n\nKELLSBRIDGE — As Halland's Third Lancers pack up, Tuck is folding a flag. He does it the way the manual says, which is, he insists, not where the nickname comes from.",
        &[(
            "He does it the way the manual says, which is, he insists, not where the nickname comes from",
            Reported,
            "-",
        )],
    ),
    (
        "'the Brotherhood' after 'the Sarband Brotherhood' is the same body (the end of its name, one body so named)",
        "Head\n\nThe Sarband Brotherhood said its fighters would turn to the puppets left behind.\n\nIn a second message on Wednesday, the Brotherhood said the pull-out had been agreed in secret talks.",
        &[
            ("its fighters would turn to the puppets left behind", Reported, "Sarband Brotherhood"),
            ("the pull-out had been agreed in secret talks", Reported, "Sarband Brotherhood"),
        ],
    ),
    (
        "reporters named by their outlet ('Tove Haraldsen of Kanal 4', 'Jonas Berre of the Torvik Dagblad') or role ('our correspondent Isak Moller') are the press, also by surname",
        "Head\n\nThe first question came from Tove Haraldsen of Kanal 4, who asked about the timetable.\n\nJonas Berre of the Torvik Dagblad put it more bluntly: “Minister, isn't this simply a retreat dressed up as a victory?”\n\nHaraldsen then asked about the trainers. “They are trainers. They will train,” Haraldsen said.\n\nOur correspondent Isak Moller will have a full report tonight. “It is a sad day,” Moller said.",
        &[
            ("Minister, isn't this simply a retreat dressed up as a victory?", Direct, "-"),
            ("They are trainers. They will train", Direct, "-"),
            ("It is a sad day", Direct, "-"),
        ],
    ),
    (
        "words reported in an open relative clause end before the main verb ('…, which has long demanded that the battalion leave, was more guarded'), not after a closed one",
        "Head\n\nThe Kalderan government, which has long demanded that the battalion leave the Sound, was more guarded.\n\nThe union, which argued that jobs would go, was silent on Monday.\n\nA senior official, who spoke on condition of anonymity, said about 900 troops would remain at Camp Delrow, outside the capital, to protect the embassy.",
        &[
            ("the battalion leave the Sound", Reported, "the Kalderan government"),
            ("jobs would go", Reported, "the union"),
            ("about 900 troops would remain at Camp Delrow, outside the capital, to protect the embassy", Reported, "a senior official"),
        ],
    ),
    (
        "'it was stated by X that …' (a translated press's impersonal passive) reports X's words; not 'by many'",
        "Head\n\nFor his part, it was stated by Staff Lieutenant General Al-Suwaidi that the men of the contingent performed their duty in the finest manner.\n\nIt has been announced by the Ministry of Defence that the last troops will leave in May.\n\nIt was said by many that the war was lost.",
        &[
            ("the men of the contingent performed their duty in the finest manner", Reported, "Al-Suwaidi"),
            ("the last troops will leave in May", Reported, "Ministry of Defence"),
        ],
    ),
    (
        "'affirmed that' reports (translated register), 'affirmed the decision' does not",
        "Head\n\nThe Mouvement du Plateau Libre (MPL), the armed group active in the region, reacted during the night. The group affirmed there that « the occupier leaves as he came, by night ».\n\nThe council affirmed the decision on Monday.",
        &[
            ("the occupier leaves as he came, by night", Partial, "MPL"),
        ],
    ),
    (
        "when the press speaks to someone before a colon ('Isak Moller spoke to Yusuf Arkan, who …:', 'Our reporter spoke to Lena Marsh, a baker:'), the one spoken to says the words",
        "Head\n\nOur correspondent Isak Moller will have a report tonight.\n\nShopkeepers have come out to watch. Isak Moller spoke to Yusuf Arkan, who sells phone cards opposite the port gates:\n\n\"I do not know if it is good or bad. Ask me in a month.\"\n\nOur reporter spoke to Lena Marsh, a baker:\n\n\"They should have gone years ago.\"",
        &[
            ("I do not know if it is good or bad. Ask me in a month.", Direct, "Yusuf Arkan"),
            ("They should have gone years ago.", Direct, "Lena Marsh"),
        ],
    ),
    (
        "'It read:' and 'It reads, in part:' after a line naming a statement give the words to the body that issued it, not to the last body that spoke",
        "Head\n\nThe island assembly passed a resolution. It asks the Duchy to act \"by deeds and not by notes,\" it said.\n\nThe Port Sevrin Base Workers' Union, which represents the civilians at the station, issued a one-page statement. It did not use the word \"protest.\" It read, in part: 'Our fathers poured the concrete for the north pier.'\n\nThe Dock Workers Union issued a statement. It read: \"We were not asked.\"",
        &[
            ("by deeds and not by notes", Partial, "the island assembly"),
            ("Our fathers poured the concrete for the north pier.", Direct, "Port Sevrin Base Workers' Union"),
            ("We were not asked.", Direct, "Dock Workers Union"),
        ],
    ),
    (
        "a fact check's claim set apart under a label ('Claim: “…”') is the claimant's named on the next line ('Who said it: Senator Lio Batchelor, …')",
        "Fact check\n\nDefence Minister Anselm Drevik spoke in parliament. \"We are proud of them,\" he said.\n\nClaim: \"Only a third of them are coming home.\"\nWho said it: Senator Lio Batchelor, in a video posted on 6 May.\nVerdict: FALSE\n\nClaim: \"Our fighters made the islands too hot for them.\"\nWho said it: The Pellan Islands Liberation Command, an armed group, in a statement.\nVerdict: FALSE",
        &[
            ("We are proud of them", Direct, "Anselm Drevik"),
            ("Only a third of them are coming home.", Direct, "Lio Batchelor"),
            ("Our fighters made the islands too hot for them.", Direct, "Pellan Islands Liberation Command"),
        ],
    ),
    (
        "a sentence that ends '…, she said:' sets the scene for the next paragraph's words and reports none itself; 'who announced the drawdown in January' recalls an act, not words",
        "Head\n\nBaghdad was first to respond.\n\nIn a statement issued overnight, the office of the Iraqi prime minister said:\n\n\"This agreement honours the will of the Iraqi people.\"\n\nThe Prime Minister, Alastair Brenning, who announced the drawdown in January, was not at the ceremony.\n\nBrigadier Harriet Ashdown was more measured. Speaking at a regimental dinner on Wednesday night, she said:\n\n\"I have heard the word a great deal this week.\"",
        &[
            ("This agreement honours the will of the Iraqi people.", Direct, "the office of the Iraqi prime minister"),
            ("I have heard the word a great deal this week.", Direct, "Harriet Ashdown"),
        ],
    ),
    (
        "'“…,” it read.' after 'X responded with a post on … the messaging app Sendline' is X's: the text's author is the subject of the verb that put it out, not the app",
        "Head\n\nThe Karuun Front, the armed group that has fought in the upper valley for a decade, responded with a post on its channel on the messaging app Sendline. \"The valley has buried empires,\" it read.",
        &[("The valley has buried empires", Direct, "Karuun Front")],
    ),
    (
        "a given name alone is a person when set off after a role ('Its landlord, Henrik, who …') or described as one ('Greta, a primary-school teacher, …'), not a relative named in passing ('Her son, Erik, …')",
        "Head\n\nIts landlord, Henrik, who asked that his surname not be printed, raised a beer. “Marvellous news,” he said.\n\nGreta, a primary-school teacher, was marking exercise books. She rolled her eyes at him. “Henrik has been toasting the end of the world since June,” she said.\n\nI spoke to Greta Holm. Her son, Erik, has spent three Christmases at Kessa. “I need a date, and now I have one,” she said.",
        &[
            ("Marvellous news", Direct, "Henrik"),
            ("Henrik has been toasting the end of the world since June", Direct, "Greta"),
            ("I need a date, and now I have one", Direct, "Greta Holm"),
        ],
    ),
    (
        "a transcript's cast list ('PARTICIPANTS: LENA ARKWRIGHT, moderator; …') is no speaker and names the press by its role; 'Senator, you've called it …' is the host addressing a guest",
        "Transcript\n\nPARTICIPANTS: LENA ARKWRIGHT, moderator; TOMAS ERLING, Deputy Defence Minister; IRINA VASQUELLE, Senator.\n\nLENA ARKWRIGHT: Good evening. Minister, why now?\n\nTOMAS ERLING: Because the job is done.\n\nARKWRIGHT: Senator, you've called it something else.\n\nIRINA VASQUELLE: I've called it what it is.",
        &[
            ("Because the job is done.", Direct, "Tomas Erling"),
            ("I've called it what it is.", Direct, "Irina Vasquelle"),
        ],
    ),
    (
        "Markdown emphasis around a name ('**Ilse Vandermaar**, Lorrant's defence minister, spoke …:') leaves the name leading its sentence, so it speaks the blockquote after the colon",
        "# Dispatch\n\n**Ilse Vandermaar**, Lorrant's defence minister, spoke at the flag-lowering at Camp Sentinel:\n\n> We came at Mavrossa's invitation and we leave at Mavrossa's request.\n\n**Is the base empty?** Tobias Renn, a researcher at the Centre for Northern Security Studies who has visited the base since 2019, described what he saw there: \"The flag is gone from the gate.\"",
        &[
            ("We came at Mavrossa's invitation and we leave at Mavrossa's request.", Direct, "Ilse Vandermaar"),
            ("The flag is gone from the gate.", Direct, "Tobias Renn"),
        ],
    ),
    (
        "a refusal to speak reports no view: 'A spokesman for Abelard said she would not comment on …', 'said it had no immediate comment', 'has said nothing in public'",
        "Head\n\nGen. Corinne Abelard wrote that the timetable was rushed. A spokesman for Abelard said she would not comment on internal correspondence.\n\nThe embassy said it had no immediate comment. Chancellor Matthias Oduya has said nothing in public.\n\nThe ministry said it would comment on the plan only after the vote was counted in full.",
        &[
            ("the timetable was rushed", Reported, "Corinne Abelard"),
            ("it would comment on the plan only after the vote was counted in full", Reported, "the ministry"),
        ],
    ),
    (
        "words that end by addressing someone by name ('Ilse Brandvold and Greta Holm were haggling. “You’ll miss them, Greta,” she said.') are not that person's: 'he' and 'she' skip the one addressed",
        "Head\n\nThe queue at the bakery reached the door. “We were told nothing would change,” said Ilse Brandvold.\n\nPiet Rullo drives a taxi. “I’ll sleep better,” he said.\n\nGreta, a teacher, was marking books. “Henrik has been toasting,” she said.\n\nLater Ilse Brandvold and Greta Holm were haggling. “You’ll miss them, Greta,” she said.",
        &[
            ("We were told nothing would change", Direct, "Ilse Brandvold"),
            ("I’ll sleep better", Direct, "Piet Rullo"),
            ("Henrik has been toasting", Direct, "Greta"),
            ("You’ll miss them, Greta", Direct, "Ilse Brandvold"),
        ],
    ),
    (
        "'said one of them, who gave his name only as Jawed' is Jawed's: the name given in the relative clause after the speaker",
        "Head\n\nA group of young men outside the gate were less troubled. 'They have been leaving since I was in fifth class,' said one of them, who gave his name only as Jawed. 'Every year they leave.' His friends laughed.",
        &[
            ("They have been leaving since I was in fifth class", Direct, "Jawed"),
            ("Every year they leave.", Direct, "Jawed"),
        ],
    ),
    (
        "a letters page whose letters open under headings, without a salutation: each signature ('— Agnes Pellworth, Harwick', 'Desmond Fairleigh (Col., retd.)' over a town) ends a letter that is the signer's",
        "THE COURIER\nLETTERS TO THE EDITOR\n\nEditor's note: A selection follows.\n\nPROUD, AND RELIEVED\n\nMy son has spent three winters in the valley. I welcome it with all my heart.\n\n— Agnes Pellworth, Harwick\n\nA BETRAYAL\n\nI served eighteen years in uniform. This pull-out is a betrayal.\n\nDesmond Fairleigh (Col., retd.)\nUpper Cottam",
        &[
            ("My son has spent three winters in the valley. I welcome it with all my heart.", Direct, "Agnes Pellworth"),
            ("I served eighteen years in uniform. This pull-out is a betrayal.", Direct, "Desmond Fairleigh"),
        ],
    ),
    (
        "'went on to' before a speech verb ('She went on to say that …') and an adverb after a pronoun ('It also said …') leave the subject the verb's",
        "Head\n\nThe Karuun Front said on Monday that its fighters would return. The group's statement went on to promise \"a summer nobody will forget\".\n\nIt also said the roads would burn.\n\nDefence Minister Ana Vance said the troops had left. She went on to say that the valley was safe.",
        &[
            ("its fighters would return", Reported, "Karuun Front"),
            ("a summer nobody will forget", Partial, "Karuun Front"),
            ("the roads would burn", Reported, "Karuun Front"),
            ("the troops had left", Reported, "Ana Vance"),
            ("the valley was safe", Reported, "Ana Vance"),
        ],
    ),
    (
        "an embedded post under a bare card ('[Embedded post]') is the author's on the line below ('Tobiah Renn @TobiahRennMereth'), quote marks around it dropped; a photographer in a photo credit ('(Jonas Pirk/Beacon24)') is the press",
        "Head\n\nBy Rhea Castellane\n\nThe last company sailed on Thursday.\n\n[Embedded post]\nJonas Pirk @JonasPirkB24\nLast company boarding now. Quiet crowd, a few flags.\n06:07 · 22 May\n\n[Embedded post]\nTobiah Renn @TobiahRennMereth\nToday Mereth keeps its own peace. That is how friends behave.\n11:30 · 22 May\n\n[Embedded post]\nMLC – Mereth Liberation Council @MLC_Voice\n«They leave by boat before sunrise, like thieves.»\n12:02 · 22 May\n\nImage: The ship leaves Port Ilvar at dawn. (Jonas Pirk/Beacon24)",
        &[
            ("Last company boarding now. Quiet crowd, a few flags.", Direct, "-"),
            ("Today Mereth keeps its own peace. That is how friends behave.", Direct, "Tobiah Renn"),
            ("They leave by boat before sunrise, like thieves.", Direct, "Mereth Liberation Council"),
        ],
    ),
    (
        "a credit after a sentence ('Copyright WBN. Reporting by Dev Amaranth; …') names the press, also after the outlet's possessive ('WBN's Dev Amaranth … he reported')",
        "Head\n\nWBN Evening Hour\n\nThe last battalion landed on Tuesday.\n\nWBN's Dev Amaranth was in the hangar when the doors opened. \"It went completely quiet,\" he reported.\n\nSergeant Kelan Bright was among the first off. \"We did what we came to do,\" Bright said.\n\nThe base will close next year.\n\nCopyright WBN Westmarch Broadcasting Network. Reporting by Dev Amaranth; producer Nadia Krell.",
        &[
            ("It went completely quiet", Direct, "-"),
            ("We did what we came to do", Direct, "Kelan Bright"),
        ],
    ),
    (
        "'the diplomat' is the ambassador met before; 'answered' reports ('answered, smiling, that …', past the aside) but 'the minister's answer' is a noun; 'according to Vaal's statement' is Vaal's; 'Députée' is a title",
        "Head\n\nThe ambassador of Nordmark, Henrik Vaal, insisted that his country was not leaving. Asked if it was a defeat, the diplomat answered: \"Call it what you want.\"\n\nDéputée Hélène Vauclair called the plan \"a capitulation\". Asked about the sandbags, the mayor, Basile Oroun, answered, smiling, that they would stay.\n\nDefence Minister Jonas Albrecht said the job was done. Asked about the road, the minister's answer was brisk: \"That is a question for the authorities now.\"\n\nAccording to Vaal's statement, about 80 advisers will remain.",
        &[
            ("his country was not leaving", Reported, "Henrik Vaal"),
            ("Call it what you want.", Direct, "Henrik Vaal"),
            ("called the plan \"a capitulation\"", Reported, "Hélène Vauclair"),
            ("a capitulation", Partial, "Hélène Vauclair"),
            ("they would stay", Reported, "Basile Oroun"),
            ("the job was done", Reported, "Jonas Albrecht"),
            ("That is a question for the authorities now.", Direct, "Jonas Albrecht"),
            ("about 80 advisers will remain", Reported, "Henrik Vaal"),
        ],
    ),
    (
        "a motion is a document: 'voted for a motion calling the deadline “premature”' and 'the motion says' are the body's that voted it",
        "Head\n\nAt Town Hall, the Brannoch Falls Town Council voted on Monday for a motion calling the deadline “premature”. The town “cannot absorb the loss of 640 jobs in a single winter,” the motion says.",
        &[
            ("premature", Partial, "Brannoch Falls Town Council"),
            ("cannot absorb the loss of 640 jobs in a single winter", Partial, "Brannoch Falls Town Council"),
        ],
    ),
    (
        "a radio guest 'joined Dana Pruitt on The Morning Line': the host's turns are the press; 'reminded the chamber that …' reports words",
        "Radio Greyholm – The Morning Line – posted Thursday, 9:40am\n\nRetired Brigadier Malcolm Teague joined Dana Pruitt on The Morning Line this morning.\n\nDANA PRUITT: So is it the right decision?\n\nMALCOLM TEAGUE: It might well be. Ask me in a year.\n\nDANA PRUITT: That sounds like a no to me.\n\nCouncillor Edgar Pym was more guarded. He reminded the chamber that the tank crews had left in 2012 and come back.",
        &[
            ("It might well be. Ask me in a year.", Direct, "Malcolm Teague"),
            ("the tank crews had left in 2012 and come back", Reported, "Edgar Pym"),
        ],
    ),
    (
        "a press review (a text about editorials): a newspaper speaks ('The Tribune called the pull-out “a betrayal”'), 'the paper's editorial board wrote' is the paper named before, and 'the Courier' is 'The Halvern Courier'",
        "Press review: editorial pages split\n\nThe Halvern Courier greeted the news. \"For a decade we were told that leaving would be irresponsible,\" the paper's editorial board wrote. The Courier called the decision \"the most consequential act\" of the cabinet.\n\nThe harshest verdict came from the Oskava Tribune. The Tribune called the pull-out \"a betrayal\".",
        &[
            ("For a decade we were told that leaving would be irresponsible", Direct, "the Halvern Courier"),
            ("called the decision \"the most consequential act\" of the cabinet", Reported, "the Halvern Courier"),
            ("the most consequential act", Partial, "the Halvern Courier"),
            ("called the pull-out \"a betrayal\"", Reported, "Tribune"),
            ("a betrayal", Partial, "Tribune"),
        ],
    ),
    (
        "a web page's time stamp ('– The Morning Line – posted Thursday, 9:40am') reports no words: a clock's colon introduces nothing",
        "Greyholm Rifles come home\n\nRadio Greyholm 96.4 – The Morning Line – posted Thursday, 9:40am\n\nThe battalion landed on Wednesday.",
        &[],
    ),
    (
        "'It cited a commander of the Varn Highland Guard, who told SNA: «…»' is the commander's (the object the relative clause is on); 'Ruud brushed the threat aside, saying …' is Ruud's words",
        "Head\n\nThe Border Rights Observatory said the pull-out was reckless. It cited a commander of the Varn Highland Guard, who told the agency SNA on 4 June: «They ran out of courage.»\n\nDefence Minister Halvard Ruud said the troops would leave. Ruud brushed the threat aside, saying the Calvessan army had held every position handed to it.",
        &[
            ("the pull-out was reckless", Reported, "Border Rights Observatory"),
            ("They ran out of courage.", Direct, "a commander of the Varn Highland Guard"),
            ("the troops would leave", Reported, "Halvard Ruud"),
            ("the Calvessan army had held every position handed to it", Reported, "Halvard Ruud"),
        ],
    ),
    (
        "whom one informs may take many words before 'that': 'informed the heads of diplomatic missions accredited in Zarevsk that …'",
        "Head\n\nDeputy Foreign Minister Ilsa Drogunova, speaking on Friday, informed the heads of diplomatic missions accredited in Zarevsk that the full timetable of the reduction had been communicated to the Government.",
        &[("the full timetable of the reduction had been communicated to the Government", Reported, "Ilsa Drogunova")],
    ),
    (
        "an interview's answers are the person its introduction mentions last, by family name ('Brandvold, 58, received us') after critics named in full; 'calls the timetable «…»' is a verb before its object; 'For Petar Vilkancz, a retired general who …,' makes the description his",
        "THE INTERVIEW\n\nDefence Minister Oskar Brandvold on timetables and the last flight out.\n\nNot everyone is cheering. Jorun Ekdahl, a former ambassador, calls the timetable «a calendar drawn up by pollsters». Mirela Varga, of the opposition, goes further: «It is a surrender with a brass band.» Brandvold, 58, received us in his office on Friday.\n\nQ: Minister, is this a retreat?\n\nA: No. Nobody pushed us.\n\nFor Petar Vilkancz, a retired lieutenant general who commanded the contingent, the danger lies elsewhere. He calls the decision reckless.",
        &[
            ("calls the timetable «a calendar drawn up by pollsters»", Reported, "Jorun Ekdahl"),
            ("a calendar drawn up by pollsters", Partial, "Jorun Ekdahl"),
            ("It is a surrender with a brass band.", Direct, "Mirela Varga"),
            ("No. Nobody pushed us.", Direct, "Oskar Brandvold"),
            ("calls the decision reckless", Reported, "Petar Vilkancz"),
        ],
    ),
    (
        "the bullets under a summary's label ('Key points') sum up the story in headline style and report no words",
        "LIVE: Aldmere begins pulling its peacekeepers out of Vessa\n\nKey points\n- Vessan President Adrien Kolo welcomes the departure\n- Crimson Dawn Front mocks the pull-out and threatens the capital\n\n08:02 — Good morning. The first trucks leave within the hour.\n\n09:10 — President Adrien Kolo said Vessa had asked for this day.",
        &[("Vessa had asked for this day", Reported, "Adrien Kolo")],
    ),
    (
        "'has sent us a voice message. Here it is in full:' over a quote alone in the next paragraph: the text's author speaks",
        "LIVE: pull-out\n\n11:25 — The mayor of Drav, Luka Sestan, has sent us a voice message. It is short, so here it is in full:\n\n'They painted over the blue stripe on their trucks last night.'",
        &[("They painted over the blue stripe on their trucks last night.", Direct, "Luka Sestan")],
    ),
    (
        "a bare generic plural ('Analysts cautioned that …', 'Critics say …') names no party",
        "Head\n\nDefence Minister Ana Vance said the troops would leave by June.\n\nAnalysts cautioned that the scale of the drawdown should not be overstated. Critics say the timetable is a fiction.",
        &[("the troops would leave by June", Reported, "Ana Vance")],
    ),
    (
        "a role in apposition after a full name ('Monsignor Ernesto Balbuena, bishop of the diocese of …') is what a later 'the bishop' refers back by",
        "Head\n\nMonsignor Ernesto Balbuena, bishop of the diocese of San Ignacio, was more cautious. In his homily he acknowledged that the streets are calmer. Still, the bishop warned: \"Peace is not decreed from a desk.\"\n\nFlorencia Arce, national deputy for the opposition Frente Cívico, called the withdrawal \"a surrender signed in the capital\".\n\n\"Let him come and spend a night here,\" the deputy wrote.",
        &[
            ("the streets are calmer", Reported, "Monsignor Ernesto Balbuena"),
            ("Peace is not decreed from a desk.", Direct, "Monsignor Ernesto Balbuena"),
            ("called the withdrawal \"a surrender signed in the capital\"", Reported, "Florencia Arce"),
            ("a surrender signed in the capital", Partial, "Florencia Arce"),
            ("Let him come and spend a night here", Direct, "Florencia Arce"),
        ],
    ),
    (
        "'said through a spokesperson' makes a later bare 'the spokesperson' that party's; a ship named after its kind ('the frigate AKS Tormund') is no antecedent of 'he'",
        "Head\n\nThe North Coast Fishermen's Cooperative said through a spokesperson that its members had never been consulted.\n\n\"We radioed the coast guard and got no answer,\" the spokesperson said.\n\nPrime Minister Tomas Ebrel watched the frigate AKS Tormund clear the harbour. \"Today our waters are watched by our own eyes,\" he told reporters.",
        &[
            ("its members had never been consulted", Reported, "North Coast Fishermen's Cooperative"),
            ("We radioed the coast guard and got no answer", Direct, "North Coast Fishermen's Cooperative"),
            ("Today our waters are watched by our own eyes", Direct, "Tomas Ebrel"),
        ],
    ),
    (
        "a show's host ('Line of Fire host Clara Whitfield') is the press, and the one she asks ('began by asking Halvorsen whether …') answers in the quote alone below",
        "Head\n\nDefence Minister Tomas Halvorsen sat down with Line of Fire host Clara Whitfield to defend the decision.\n\nWhitfield began by asking Halvorsen whether the timing had been driven by budget pressure.\n\n\"Honestly, both conversations were happening. But the decision was made on the ground.\"",
        &[("Honestly, both conversations were happening. But the decision was made on the ground.", Direct, "Tomas Halvorsen")],
    ),
    (
        "a post rendered as a name line over a handle line ('Lukas Marr' / '@LMarr_Defence') is the name's, its time stamp ('9:47 AM · Mar 14') is chrome; a body's 'Media Office' speaks for it; a clock's colon ('UPDATED 14:52 GMT') ends no speaker tag",
        "Head\n\nUPDATED 14:52 GMT, Thursday 14 March\n\nShortly after the convoy crossed the border, he posted:\n\n    Lukas Marr\n    @LMarr_Defence\n    The first of our soldiers are back on Ostrand soil. Nine years, 41 fallen.\n    9:47 AM · Mar 14\n\nThe Korvan Valley Defence Front (KVDF) saw it differently.\n\n    KVDF Media Office\n    @kvdf_voice\n    They came with tanks. They leave with trucks at dawn, like thieves.\n    8:12 AM · Mar 14",
        &[
            ("The first of our soldiers are back on Ostrand soil. Nine years, 41 fallen.", Direct, "Lukas Marr"),
            ("They came with tanks. They leave with trucks at dawn, like thieves.", Direct, "Korvan Valley Defence Front"),
        ],
    ),
    (
        "a bare 'state' after a word no verb follows is the noun ('a council member state said', 'on state radio that'), not the speech verb",
        "Head\n\nFirst line.\n\nOne senior diplomat from a council member state, speaking on condition of anonymity, suggested that domestic politics had set the pace.\n\nGovernor Emmanuel Achida said the state was \"neither consulted nor prepared\" for the pull-out.",
        &[
            ("domestic politics had set the pace", Reported, "one senior diplomat from a council member state"),
            ("the state was \"neither consulted nor prepared\" for the pull-out", Reported, "Emmanuel Achida"),
            ("neither consulted nor prepared", Partial, "Emmanuel Achida"),
        ],
    ),
    (
        "a live blog entry's heading ending on a quote ('15:10 - Belstra: \\'We will judge …\\'') sums up the entry and names no party",
        "LIVE: pull-out\n\n15:10 - Belstra: 'We will judge by what happens on the ground'\n\nBelstra's foreign minister, Paavo Renn, struck a cautious note. \"We will judge this by what happens on the ground,\" he told reporters.",
        &[("We will judge this by what happens on the ground", Direct, "Paavo Renn")],
    ),
    (
        "a judging verb's phrase ends before ', and' opens a new clause with its own finite verb ('called the timetable reckless, and in the north, separatists are claiming a win')",
        "Head\n\nFirst line.\n\nThe Opposition leader Graham Pettit has called the timetable reckless, and in the north, separatists are already claiming a win.",
        &[("called the timetable reckless", Reported, "Graham Pettit")],
    ),
    (
        "a description that spoke before its person was named ('The Opposition's defence spokesman has called …', later 'the Opposition's defence spokesman, Graham Pettit,') is that person",
        "Head\n\nFirst line.\n\nThe Opposition's defence spokesman has called the timetable reckless.\n\nIn Canberra, the Opposition's defence spokesman, Graham Pettit, put his objection bluntly: \"This government is pulling up the ladder.\"",
        &[
            ("called the timetable reckless", Reported, "Graham Pettit"),
            ("This government is pulling up the ladder.", Direct, "Graham Pettit"),
        ],
    ),
    (
        "a short time phrase between an auxiliary and its verb ('has in the past accused') leaves the subject before it",
        "Head\n\nFirst line.\n\nTanoa's Prime Minister, Josefa Ratuvaka, was pleased.\n\nMr Ratuvaka has in the past accused the mission of behaving like a landlord.",
        &[("accused the mission of behaving like a landlord", Reported, "Josefa Ratuvaka")],
    ),
    (
        "a concession ('grants that the numbers are real') reports words; 'the grants that were awarded' does not",
        "Head\n\nFirst line.\n\nAnja Brenner, a senior fellow at the Halden Institute, grants that the numbers are real.\n\nThe grants that were awarded last year will lapse.",
        &[("the numbers are real", Reported, "Anja Brenner")],
    ),
    (
        "a company that 'reported full-year revenue up 7%' filed figures and said nothing; 'reported that …' still reports words",
        "Head\n\nFirst line.\n\nBrennmoor reported full-year revenue up 7% to 14.3 billion crowns.\n\nThe ministry reported that the last convoy had left.",
        &[("the last convoy had left", Reported, "the ministry")],
    ),
    (
        "a partial quote inside a relative clause ('an analyst who rates the stock \"hold\", said') does not end the subject; 'said the sell-off assumed a certainty that …' begins its complement at the noun phrase, not at a relative 'that'",
        "Head\n\nFirst line.\n\nPriya Hallam, an analyst at Corbel Securities who rates the stock \"hold\", said the sell-off assumed a certainty that nobody yet had.",
        &[
            ("hold", Partial, "-"),
            ("the sell-off assumed a certainty that nobody yet had", Reported, "Priya Hallam"),
        ],
    ),
    (
        "a personal pronoun opening a clause is the subject of its second verb after 'and' ('He paid tribute to …, and said …')",
        "Head\n\nBy Tom Ellery\n\nGareth Pryce, the shadow defence secretary, began generously.\n\nHe paid tribute to the 31 servicemen and women who had died, and said the opposition had never argued that troops should stay.",
        &[("the opposition had never argued that troops should stay", Reported, "Gareth Pryce")],
    ),
    (
        "a headline's bare family name ('Ashcombe insists …') becomes a person once the text gives a known given name ('Helen Ashcombe'), so a later 'she' finds her",
        "SKETCH\n\nAshcombe insists Marovia pull-out is \"no retreat\" – but her own back benches are not so sure\n\nBy Tom Ellery\n\nThe chamber fell silent as Helen Ashcombe walked to the despatch box.\n\nThe last troops will leave by September, she told MPs.",
        &[
            ("Marovia pull-out is \"no retreat\" – but her own back benches are not so sure", Reported, "Helen Ashcombe"),
            ("no retreat", Partial, "Helen Ashcombe"),
            ("The last troops will leave by September", Reported, "Helen Ashcombe"),
        ],
    ),
    (
        "a person named by training or circumstance without an agent's ending ('a second-year cadet', 'the trainee', 'a paramedic') is a speaker",
        "Head\n\nFirst line.\n\nA second-year cadet, who asked not to be named, described the past year as a slow goodbye.\n\nThe trainee added that the pull-out was a mistake.",
        &[
            ("described the past year as a slow goodbye", Reported, "a second-year cadet"),
            ("the pull-out was a mistake", Reported, "the trainee"),
        ],
    ),
    (
        "'indicated that …', 'estimated that …' (translated register) report words; a noun in '-over' ('the handover of the camp') is no person for a later 'he'",
        "Head\n\nMission spokesman Didier Nkoulou spoke at the camp.\n\nNkoulou indicated that the mission had trained 3,000 soldiers. The handover of the camp, he said, \"is the best proof that our work has borne fruit.\"\n\nGovernor Alphonse Bamba estimated that one dry season would be enough.",
        &[
            ("the mission had trained 3,000 soldiers", Reported, "Didier Nkoulou"),
            ("is the best proof that our work has borne fruit.", Direct, "Didier Nkoulou"),
            ("one dry season would be enough", Reported, "Alphonse Bamba"),
        ],
    ),
    (
        "a councillor's title ('Cr Dunleavy', 'Cllr Amrit Sandhu') is stripped, so the name merges with the full one",
        "Head\n\nMayor Trish Dunleavy said the move was \"a kick in the guts\".\n\n\"Somebody has drawn a line on a map,\" Cr Dunleavy said later.",
        &[
            ("the move was \"a kick in the guts\"", Reported, "Trish Dunleavy"),
            ("a kick in the guts", Partial, "Trish Dunleavy"),
            ("Somebody has drawn a line on a map", Direct, "Trish Dunleavy"),
        ],
    ),
    (
        "a single family name after a courtesy title or rank ('Mr Hartigan', 'Colonel Grom') is a person, whom a later 'he' means",
        "Head\n\nA Defence spokesperson told AAP the move was \"a posture decision\".\n\nAt the club, Colonel Hartigan was more measured.\n\n\"I would want to be up north too,\" he said.",
        &[
            ("the move was \"a posture decision\"", Reported, "a Defence spokesperson"),
            ("a posture decision", Partial, "a Defence spokesperson"),
            ("I would want to be up north too", Direct, "Hartigan"),
        ],
    ),
    (
        "framing the event ('cast the withdrawal as a humiliation', 'portrayed the drawdown as a saving') reports a view; 'cast a vote', 'painted the barracks white' report none",
        "Head\n\nOpposition leader Karl Moss cast the withdrawal as a humiliation for the country.\n\nFinance Minister Olga Rask portrayed the drawdown as a long-overdue saving.\n\nCritics cast a vote of no confidence in the minister. The general painted the barracks white.",
        &[
            ("cast the withdrawal as a humiliation for the country", Reported, "Karl Moss"),
            ("portrayed the drawdown as a long-overdue saving", Reported, "Olga Rask"),
        ],
    ),
    (
        "a relative clause's speaker past a description in apposition ('from Henrik Saal, a former envoy to the region, who told reporters that …') is the name",
        "Head\n\nThe plan drew sharp criticism on Tuesday from Henrik Saal, a former envoy to the region, who told reporters that the pull-out was premature.",
        &[("the pull-out was premature", Reported, "Henrik Saal")],
    ),
    (
        "a given name alone is the person a 'she' confirmed, or the family name of a hyphenated given name",
        "Head\n\nYoshiko Higa, 71, sells noodles by the gate. “They were good customers,” she said.\n\nDefence Minister Taro Kono welcomed the move. “It is a significant step,” Kono said.\n\nYoshiko was not convinced. “We will see if they really go,” she said.\n\nA farmer, Kim Dae-hyun, watched the trucks. “They left the barracks and kept the radar,” Kim said.\n\nOn the Tapiri Indigenous reserve, the mood was darker. “We were not asked,” said Txaná Iwaré.\n\n“Tapiri is our river,” he said.",
        &[
            ("They were good customers", Direct, "Yoshiko Higa"),
            ("welcomed the move", Reported, "Taro Kono"),
            ("It is a significant step", Direct, "Taro Kono"),
            ("We will see if they really go", Direct, "Yoshiko Higa"),
            ("They left the barracks and kept the radar", Direct, "Kim Dae-hyun"),
            ("We were not asked", Direct, "Txaná Iwaré"),
            ("Tapiri is our river", Direct, "Txaná Iwaré"),
        ],
    ),
    (
        "a given name alone is the person of that name when the text names two of the family",
        "Head\n\n“They have to go,” said Ivan Petrov, a mechanic.\n\nHis wife, Lena Petrov, is a nurse.\n\n“Let them go home,” Lena said.\n\nUpriver, on the Tapiri Indigenous reserve, the mood was darker. “We were not asked,” said Txaná Iwaré.\n\n“Tapiri is our river,” he said.",
        &[
            ("They have to go", Direct, "Ivan Petrov"),
            ("Let them go home", Direct, "Lena Petrov"),
            ("We were not asked", Direct, "Txaná Iwaré"),
            ("Tapiri is our river", Direct, "Txaná Iwaré"),
        ],
    ),
    (
        "a letter to the editor is its signer's words, from the salutation to the signature",
        "Letters\n\nNot a retreat\n\nSir, It is not a retreat to bring soldiers home.\n\nLet us not ask them to wonder.\n— Margaret Ellison, Kendal\n\nSir, I doubt that anybody could tell us what they leave behind.\nGraham Pike, retired colonel, Harrogate\n\nSir, a paragraph with no signature.\n\nThe minister said the job was done.",
        &[
            ("It is not a retreat to bring soldiers home.", Direct, "Margaret Ellison"),
            ("Let us not ask them to wonder.", Direct, "Margaret Ellison"),
            ("I doubt that anybody could tell us what they leave behind.", Direct, "Graham Pike"),
            ("the job was done", Reported, "the minister"),
        ],
    ),
    (
        "'the head of X' is not 'the head of Y' named before; 'the grandmother' is still 'the grandmother of seven'",
        "Head\n\nThe head of the defence ministry rejected the accusations.\n\n“We respect this decision,” said the head of Morvanian diplomacy.\n\nThe grandmother of seven said she bore them no ill will. “It is time,” the grandmother said.",
        &[
            ("rejected the accusations", Reported, "the head of the defence ministry"),
            ("We respect this decision", Direct, "the head of Morvanian diplomacy"),
            ("she bore them no ill will", Reported, "the grandmother of seven"),
            ("It is time", Direct, "the grandmother of seven"),
        ],
    ),
    (
        "a transcript's timestamps are no part of its turns; a phone-in caller's tag names the caller",
        "Episode 212\n\n[00:00:04] HOST: Good evening. Is this a retreat?\n\n[00:00:41] Maria Okafor: No. This is not a retreat.\n\n[00:02:25] Caller (Dan, from Leeds): My brother held that road.\n\n(00:03:10) Dr Tomasz Wren: The fuel contract was renewed.",
        &[
            ("No. This is not a retreat.", Direct, "Maria Okafor"),
            ("My brother held that road.", Direct, "Dan"),
            ("The fuel contract was renewed.", Direct, "Tomasz Wren"),
        ],
    ),
    (
        "Spanish dialogue dashes: '—Words —said X—, more words.' is one speaker's two pieces",
        "Head\n\n—Nobody here is running away —said Colonel Ernesto Villalba—, and whoever calls this a defeat has not seen the map.\n\n—The job is done —he added—. We came to do a job.",
        &[
            ("Nobody here is running away", Direct, "Ernesto Villalba"),
            ("and whoever calls this a defeat has not seen the map.", Direct, "Ernesto Villalba"),
            ("The job is done", Direct, "Ernesto Villalba"),
            ("We came to do a job.", Direct, "Ernesto Villalba"),
        ],
    ),
    (
        "a post opened by its handle is the handle's owner's: '@SenMarkHale: …' is Senator Mark Hale",
        "Live\n\n14:02 Senator Mark Hale was quick to respond.\n\n@SenMarkHale: Great news, everyone. We leave the port with a thank-you card.\n\n@oksana_veltri: Credit where due: an impressive bit of logistics.",
        &[
            ("Great news, everyone. We leave the port with a thank-you card.", Direct, "Mark Hale"),
            ("Credit where due: an impressive bit of logistics.", Direct, "Oksana Veltri"),
        ],
    ),
    (
        "a hearing's dotted turns: 'Q.' is the member named just before, 'A.' the witness",
        "Minister grilled\n\nThe committee spent two hours questioning Defence Minister Ida Lunde on the pullout.\n\nMr Karl Berg (Greens) opened.\n\nQ. Will every soldier be home by June?\n\nA. Every one of them.\n\nMs Olga Sand (Labour) was blunter. She pressed the minister:\n\nQ. Is this a retreat?\n\nA. It is not a retreat.",
        &[
            ("Will every soldier be home by June?", Direct, "Karl Berg"),
            ("Every one of them.", Direct, "Ida Lunde"),
            ("Is this a retreat?", Direct, "Olga Sand"),
            ("It is not a retreat.", Direct, "Ida Lunde"),
        ],
    ),
    (
        "a dotted interview: answers are the introduced person's, the journalist's questions no quotes",
        "Interview\n\nGeneral Rosa Imbert spoke to us at her headquarters.\n\nQ. Why leave now?\n\nA. Because the job is done.",
        &[("Because the job is done.", Direct, "Rosa Imbert")],
    ),
    (
        "a paragraph ending 'quoted its director, Name:' gives the next paragraph's words to Name, not to the body reported before",
        "Release\n\nThe Peace Coalition said the withdrawal was \"historic\". The release quoted the coalition's director, Leilani Fonoti:\n\n\"Today we are finally trusting Solvarans.\"\n\nIn a second post, the forum said it would \"fight this\".",
        &[
            ("the withdrawal was \"historic\"", Reported, "Peace Coalition"),
            ("historic", Partial, "Peace Coalition"),
            ("Today we are finally trusting Solvarans.", Direct, "Leilani Fonoti"),
            ("it would \"fight this\"", Reported, "the forum"),
            ("fight this", Partial, "the forum"),
        ],
    ),
    (
        "'For Karen Whitby, whose son …,' opens on a person 'she said' may refer to",
        "Homecoming\n\nCouncillor Tom Aldous said the council was ready. For Karen Whitby, whose son Liam is a rifleman, the timing could not matter less. \"I can finally unpack,\" she said.",
        &[
            ("the council was ready", Reported, "Tom Aldous"),
            ("I can finally unpack", Direct, "Karen Whitby"),
        ],
    ),
    (
        "a camp or fort named after a person is a place, not whom 'she said' refers to",
        "Feature\n\nIlse Marten, a historian, has visited Camp Veldhuis twice. She does not make predictions, she said.",
        &[("She does not make predictions", Reported, "Ilse Marten")],
    ),
    (
        "'A two-line statement called …' speaks for the body the sentence before was about",
        "Capital\n\nIn the capital, the defence ministry has kept its words brief. A two-line statement called the handover \"a sovereign milestone\".",
        &[
            ("called the handover \"a sovereign milestone\"", Reported, "the defence ministry"),
            ("a sovereign milestone", Partial, "the defence ministry"),
        ],
    ),
    (
        "names inside reported words are no antecedents: a later 'it added', 'he said' is the reporting speaker's",
        "Reactions\n\nGermany said France had acted too soon. \"We are worried,\" it added.\n\nThe senator said that President Mark Diaz had misled the country. \"It is a disgrace,\" he said.",
        &[
            ("France had acted too soon", Reported, "Germany"),
            ("We are worried", Direct, "Germany"),
            ("President Mark Diaz had misled the country", Reported, "the senator"),
            ("It is a disgrace", Direct, "the senator"),
        ],
    ),
    (
        "ministries of different states stay apart: 'the Russian Foreign Ministry' is not 'the Chinese Foreign Ministry'",
        "Reactions\n\nThe Russian Foreign Ministry said the move was late. The Chinese Foreign Ministry said it was welcome. The Kurdistan Regional Government said it was a betrayal.",
        &[
            ("the move was late", Reported, "Russian Foreign Ministry"),
            ("it was welcome", Reported, "Chinese Foreign Ministry"),
            ("it was a betrayal", Reported, "Kurdistan Regional Government"),
        ],
    ),
    (
        "'came from Liis Kask, who runs a café': a name with a relative 'who' is a person 'she told' may mean",
        "Column\n\nThe mayor spoke first. The most telling verdict came from Liis Kask, who runs a café. She told ERR: \"Nobody came by to say anything.\"",
        &[("Nobody came by to say anything.", Direct, "Liis Kask")],
    ),
    (
        "'Nothing says solidarity like …' has no speaker",
        "Column\n\nNothing says solidarity quite like a removal van.",
        &[],
    ),
    (
        "'averred that' reports; 'author of “Title”' is a work; a place after an institute ('…, Dehradun,') is no speaker",
        "Ladakh\n\nShri Rajendra Mehra averred that the army had not given up an inch. Dr. Meenakshi Iyer, Professor at the Institute of Himalayan Affairs, Dehradun, and author of \u{201c}The Long Frontier: India and China\u{201d}, opined that the development ought to be welcomed.",
        &[
            ("the army had not given up an inch", Reported, "Rajendra Mehra"),
            ("the development ought to be welcomed", Reported, "Meenakshi Iyer"),
        ],
    ),
    (
        "a bulletin's 'NEWSREADER: NAME' header makes NAME's turns the journalist's",
        "Bulletin\n\nNEWSREADER: TOM ASHWORTH / RUNNING TIME 4'10\"\n\nTOM ASHWORTH: Good evening. The engineers come home in July.\n\nMARTIN HALE: This is not a retreat.\n\nTOM ASHWORTH: A rebel commander, Gatluak Deng, said: \"Upper Nile belongs to those who stay.\"",
        &[
            ("This is not a retreat.", Direct, "Martin Hale"),
            ("Upper Nile belongs to those who stay.", Direct, "Gatluak Deng"),
        ],
    ),
    (
        "words reported inside a relative clause end with it: 'The mayor, who had argued that …, said …'",
        "Town\n\nThe mayor, who had argued that the base should stay, said the town would cope.",
        &[
            ("the base should stay", Reported, "the mayor"),
            ("the town would cope", Reported, "the mayor"),
        ],
    ),
    (
        "Markdown blockquotes: '> “…”' after a colon is the introducer's; a pull quote signed '— a platoon sergeant, …' is the signer's",
        "Brief\n\nDefence Minister Claire Dubois chose her words with care:\n\n> \"This is not a retreat.\"\n\nDario Vess told AFP the withdrawal was a defeat.\n\n> \"We guarded that road for four years.\" \u{2014} a Velmorian platoon sergeant, speaking to the Courier",
        &[
            ("This is not a retreat.", Direct, "Claire Dubois"),
            ("the withdrawal was a defeat", Reported, "Dario Vess"),
            ("We guarded that road for four years.", Direct, "a Velmorian platoon sergeant"),
        ],
    ),
    (
        "an opening phrase is no reported words of a verb that has its own: 'In a statement carried by X, a spokesman said … and warned that “…”'",
        "Militia\n\nIn a statement carried by the channel Al Mayadeen, a spokesman for the group said the troops were fleeing and warned that \"the rest will follow\".",
        &[
            ("the troops were fleeing", Reported, "a spokesman for the group"),
            ("the rest will follow", Partial, "a spokesman for the group"),
        ],
    ),
    (
        "transcript tags that open with a multi-byte letter ('ÉLODIE MARTIN:') are turns like any other",
        "Transcript\n\n\u{c9}LODIE MARTIN: We are leaving.\n\nJEAN DUPONT: Good.\n\nThey left.",
        &[
            ("We are leaving.", Direct, "\u{c9}lodie Martin"),
            ("Good.", Direct, "Jean Dupont"),
        ],
    ),
    (
        "'A.' opening a line is an initial, not a turn, without 'Q.' lines",
        "Troops leave\n\nA. Mensah, a trader, said the market was calm.",
        &[("the market was calm", Reported, "A. Mensah")],
    ),
    (
        "a date's month is no party: 'it' after 'on 22 January' is the ministry",
        "Head\n\nThe Ministry of Defence published its schedule on 22 January.\n\n\"This is not a retreat,\" it said.",
        &[("This is not a retreat", Direct, "Ministry of Defence")],
    ),
    (
        "a title string with prepositions before a full name is the name's title",
        "Head\n\nMinister of State at the Department of Defence Pádraig Ó Murchú said the plan was careful. Ministry of External Affairs spokesperson Vikrant Sehgal said it was a positive step. Ó Murchú added that it was overdue.",
        &[
            ("the plan was careful", Reported, "Pádraig Ó Murchú"),
            ("it was a positive step", Reported, "Vikrant Sehgal"),
            ("it was overdue", Reported, "Pádraig Ó Murchú"),
        ],
    ),
    (
        "a judging verb in the passive is its agent's statement (not a crowd's)",
        "Head\n\nThe decision was welcomed by Gerry Tallon, general secretary of the soldiers' association. It has been welcomed by lawmakers who pushed for it.",
        &[("The decision was welcomed by Gerry Tallon", Reported, "Gerry Tallon")],
    ),
    (
        "'…, the spokesman added.' ending the sentence reports the clause before it",
        "Head\n\nA Defence Forces spokesman said the first soldiers would fly home in November. Families would be briefed at the barracks next week, the spokesman added.",
        &[
            ("the first soldiers would fly home in November", Reported, "a Defence Forces spokesman"),
            ("Families would be briefed at the barracks next week", Reported, "a Defence Forces spokesman"),
        ],
    ),
    (
        "a name in apposition to 'signed by his <role>' is the go-between, not the subject",
        "Head\n\nIn a statement signed by his Chief Press Secretary, Mr Solomon Agbo-Ijeh, the governor said the timing was poor.\n\nThe DHQ, in a statement signed by its spokesman, Brigadier General Kayode Olatunbosun, said the drawdown would end in March.",
        &[
            ("the timing was poor", Reported, "the governor"),
            ("the drawdown would end in March", Reported, "DHQ"),
        ],
    ),
    (
        "a speech verb inside 'whether' asserts nothing; 'Asked …,' opens the sentence",
        "Head\n\n\"We expect the process to be taken to its logical conclusion,\" Mr Vikrant Sehgal said. Asked by a reporter whether the army had conceded patrolling rights, he stated that no territory had been given up.",
        &[
            ("We expect the process to be taken to its logical conclusion", Direct, "Vikrant Sehgal"),
            ("no territory had been given up", Reported, "Vikrant Sehgal"),
        ],
    ),
    (
        "a definite description before a name gives him its title for 'the governor'",
        "Head\n\nThe Adoka State Governor, Mr Danladi Garba, described the move as \"premature\".\n\nThe governor said the police were not ready.",
        &[
            ("described the move as \"premature\"", Reported, "Danladi Garba"),
            ("premature", Partial, "Danladi Garba"),
            ("the police were not ready", Reported, "Danladi Garba"),
        ],
    ),
    (
        "a bare title speaking in a heading is the one person the text later gives that title",
        "Troops leave Adoka\n\n• Governor says move premature\n\nThe Adoka State Governor, Mr Danladi Garba, said the police were not ready.",
        &[
            ("move premature", Reported, "Danladi Garba"),
            ("the police were not ready", Reported, "Danladi Garba"),
        ],
    ),
    (
        "the first of two family names alone is the person named with both",
        "Head\n\nThe ombudsman, Marta Elena Quispe Salazar, said the withdrawal was a historic demand.\n\n\"We will judge this measure by what happens,\" Quispe added.",
        &[
            ("the withdrawal was a historic demand", Reported, "Marta Elena Quispe Salazar"),
            ("We will judge this measure by what happens", Direct, "Marta Elena Quispe Salazar"),
        ],
    ),
    (
        "roles joined by 'and' after a party's 'of' are one appositive; a description before an acronym and a name is that person",
        "Head\n\nSenator Graciela Montoya Ruiz, of the opposition Patria y Orden (MPO) and a member of the Senate Defence Commission, told Reuters that the plan was reckless.\n\nIn the village, the leader of the Unified Peasant Federation of the North (FECUNOR), Teodoro Ccama Huanca, offered his own account. \"They took down the flag,\" the peasant leader related.",
        &[
            ("the plan was reckless", Reported, "Graciela Montoya Ruiz"),
            ("They took down the flag", Direct, "Teodoro Ccama Huanca"),
        ],
    ),
    (
        "'TD' is a legislator's title, and 'the Donegal TD' right after a person's words is that person",
        "Head\n\nSinn Féin's defence spokesman, Ciarán Mac Giolla, accused the Government of walking away.\n\n\"You should be ashamed of it,\" the Donegal TD said.",
        &[
            ("accused the Government of walking away", Reported, "Ciarán Mac Giolla"),
            ("You should be ashamed of it", Direct, "Ciarán Mac Giolla"),
        ],
    ),
    (
        "a quote signed after a spaced hyphen by a name, on its own or after a label, is the name's",
        "Head\n\nThe claim: \"Fewer than half of the troops are coming home.\" - Open Ledger Coalition, briefing paper, 6 February.",
        &[("Fewer than half of the troops are coming home.", Direct, "Open Ledger Coalition")],
    ),
    (
        "a handle running a party's words together is its account",
        "Head\n\nThe Secure Pacific Forum, a defence lobby, called the decision \"a betrayal\". \"Someone in Beijing is opening the champagne,\" @SecurePacificAU posted.",
        &[
            ("called the decision \"a betrayal\"", Reported, "Secure Pacific Forum"),
            ("a betrayal", Partial, "Secure Pacific Forum"),
            ("Someone in Beijing is opening the champagne", Direct, "Secure Pacific Forum"),
        ],
    ),
    (
        "a pronoun after a sentence-opening participle phrase is not a name inside that phrase",
        "Head\n\nSenator Aurangzeb Orakzai said the announcement was \"a ribbon-cutting, not a withdrawal\".\n\nExpressing these views on a talk show hosted by Mehreen Qazi, he said: \"Let me be clear, we welcome anything that brings relief.\"",
        &[
            ("the announcement was \"a ribbon-cutting, not a withdrawal\"", Reported, "Aurangzeb Orakzai"),
            ("a ribbon-cutting, not a withdrawal", Partial, "Aurangzeb Orakzai"),
            ("Let me be clear, we welcome anything that brings relief.", Direct, "Aurangzeb Orakzai"),
        ],
    ),
    (
        "Commonwealth legislators' acronyms are titles: 'The MCA' is the member named with it",
        "Head\n\nRhamu Ward MCA Ibrahim Adan Gutale recalled the last pull-out. \"Nobody came to ask us how we were living,\" Mr Gutale lamented.\n\nThe MCA said he would table a motion to halt the remaining phases.",
        &[
            ("Nobody came to ask us how we were living", Direct, "Ibrahim Adan Gutale"),
            ("he would table a motion to halt the remaining phases", Reported, "Ibrahim Adan Gutale"),
        ],
    ),
    (
        "a title with its field, met before the person given both words, is that person",
        "Germany begins pull-out\n\nThe first soldiers have left. The defense minister insists the exit is orderly, but critics see it differently.\n\nDefense Minister Katrin Albers said in Berlin: \"This is not a retreat, and no one should call it one.\"\n\nOpposition lawmaker Roderich Hallberg called it \"a humiliation\".",
        &[
            ("the exit is orderly, but critics see it differently", Reported, "Katrin Albers"),
            ("This is not a retreat, and no one should call it one.", Direct, "Katrin Albers"),
            ("called it \"a humiliation\"", Reported, "Roderich Hallberg"),
            ("a humiliation", Partial, "Roderich Hallberg"),
        ],
    ),
    (
        "a title's two fields joined by 'and' run on into the name, which starts after the last field noun",
        "Head\n\nFederal Minister for States and Frontier Regions Sardar Naveed Bhatti, however, defended the decision.\n\n\"This is not a retreat,\" Mr Bhatti said.",
        &[
            ("defended the decision", Reported, "Sardar Naveed Bhatti"),
            ("This is not a retreat", Direct, "Sardar Naveed Bhatti"),
        ],
    ),
    (
        "an acronym in brackets that spells a name's initials is that body's short name",
        "Head\n\nIn a press release, the Inter-Services Public Relations (ISPR) said the first contingent had moved out.\n\n\"The writ of the state stands fully restored,\" the ISPR said.",
        &[
            ("the first contingent had moved out", Reported, "Inter-Services Public Relations"),
            ("The writ of the state stands fully restored", Direct, "Inter-Services Public Relations"),
        ],
    ),
    (
        "'the party' is the body last named; a linking adverb opening a sentence is no speaker",
        "Head\n\nThe Economic Freedom Fighters (EFF) was scathing. In a statement, the party said the government had \"sent young soldiers to bleed\".\n\nSimilarly, the Road Transport Workers Union, in a communiqué, welcomed the pull-out.",
        &[
            ("the government had \"sent young soldiers to bleed\"", Reported, "EFF"),
            ("sent young soldiers to bleed", Partial, "EFF"),
            ("welcomed the pull-out", Reported, "Road Transport Workers Union"),
        ],
    ),
    (
        "rank abbreviations without a period are titles: 'Brig (retd) X' is X",
        "Head\n\nSecurity analyst Brig (retd) Farrukh Nadeem Khattak told Reuters that the handover followed the textbook sequence.\n\n\"On paper, it is exactly right,\" Khattak said.",
        &[
            ("the handover followed the textbook sequence", Reported, "Farrukh Nadeem Khattak"),
            ("On paper, it is exactly right", Direct, "Farrukh Nadeem Khattak"),
        ],
    ),
    (
        "a name after a title's 'for' and a lowercase word is the title's object, not the speaker",
        "Head\n\nColonel Abdoulaye Sidibé, spokesman for Bénadou's ruling Council for National Renewal (CNR), said: \"The transitional government welcomes it.\"",
        &[("The transitional government welcomes it.", Direct, "Abdoulaye Sidibé")],
    ),
    (
        "who told 'what' before the words is not quoted by them",
        "Head\n\nGov. Leonora Abad-Santiago was cautious. But asked by an anchor whether the withdrawal was real, the governor recounted what residents near the site had told her.\n\n\"The trucks still come in at two in the morning,\" Abad-Santiago said.",
        &[("The trucks still come in at two in the morning", Direct, "Leonora Abad-Santiago")],
    ),
    (
        "a crosshead repeating words the body quotes later is a label, not a statement",
        "Head\n\nThe first soldiers left on Friday.\n\nJunta: 'Partners of our own choosing'\n\nColonel Abdoulaye Sidibé said the country would rely on \"partners of our own choosing\".",
        &[
            ("Partners of our own choosing", Direct, "-"),
            ("the country would rely on \"partners of our own choosing\"", Reported, "Abdoulaye Sidibé"),
            ("partners of our own choosing", Partial, "Abdoulaye Sidibé"),
        ],
    ),
    (
        "'the <nationality> mission' is that country's embassy named before",
        "Head\n\nThe Chinese Embassy in Manila, in a post on its page, said the departure showed outsiders could not be relied upon.\n\n\"Those who come from far away will leave,\" the Chinese mission said.",
        &[
            ("the departure showed outsiders could not be relied upon", Reported, "Chinese Embassy"),
            ("Those who come from far away will leave", Direct, "Chinese Embassy"),
        ],
    ),
    (
        "'that' right after a name in an appositive opens a relative clause, not the speaker's clause",
        "Head\n\nSheikh Mubarak Saleh Al Harithi, leader of the tribal Coastal Alliance that fought the militias for five years, told Reuters the withdrawal was \"the flight of a beaten army\".",
        &[
            ("the withdrawal was \"the flight of a beaten army\"", Reported, "Mubarak Saleh Al Harithi"),
            ("the flight of a beaten army", Partial, "Mubarak Saleh Al Harithi"),
        ],
    ),
    (
        "a nationality adjective before a noun, or an approximator opening a sentence, is no body 'it' refers to",
        "Head\n\nThe Darevian defence ministry said the handover was complete. Roughly 1,400 British personnel have now left the base.\n\n\"The job is done,\" it said.",
        &[
            ("the handover was complete", Reported, "the Darevian defence ministry"),
            ("The job is done", Direct, "the Darevian defence ministry"),
        ],
    ),
    (
        "'the statement read' on the line after 'X has issued a statement' is X's",
        "Head\n\nPresident Ilir Vasko, whose government asked for the withdrawal in January, has issued a statement. He thanked British personnel \"for their service in difficult years\", though the tone was cool.\n\n\"Darevia requested this, and Darevia is satisfied,\" the statement read.",
        &[
            ("thanked British personnel \"for their service in difficult years\", though the tone was cool", Reported, "Ilir Vasko"),
            ("for their service in difficult years", Partial, "Ilir Vasko"),
            ("Darevia requested this, and Darevia is satisfied", Direct, "Ilir Vasko"),
        ],
    ),
    (
        "a paragraph without quote marks under 'X wrote:' is X's post; how X describes himself is no statement",
        "Head\n\nIn a post on X, Arben Kole, who describes himself as a spokesman for the Brask Liberation Front, wrote:\n\nThe English came with drones and left with suitcases. Brask does not forget.\n\nThe account could not be verified.",
        &[("The English came with drones and left with suitcases. Brask does not forget.", Direct, "Arben Kole")],
    ),
    (
        "'the former/retired/veteran <role>' with no name is the person the text is on",
        "Head\n\nFor Kevin Marsh, 41, the news reopened old wounds.\n\nThe former lance corporal lost his left leg to a roadside bomb in 2019.\n\n\"I was on the road to the water plant when it went off,\" he said quietly.",
        &[("I was on the road to the water plant when it went off", Direct, "Kevin Marsh")],
    ),
    (
        "'the insider' is the unnamed source quoted before",
        "Head\n\nBut a senior Whitehall source was less convinced.\n\n\"They're lowering the flags for the cameras,\" the source said.\n\nThe insider described the announcement as \"a handy headline for conference season\".",
        &[
            ("They're lowering the flags for the cameras", Direct, "the source"),
            ("described the announcement as \"a handy headline for conference season\"", Reported, "the source"),
            ("a handy headline for conference season", Partial, "the source"),
        ],
    ),
    (
        "a name with two particles ('van der') is one name",
        "Head\n\nDutch Defense Minister Marieke van der Linde said the pull-out was complete.\n\n\"It is done,\" Van der Linde added.",
        &[
            ("the pull-out was complete", Reported, "Marieke van der Linde"),
            ("It is done", Direct, "Marieke van der Linde"),
        ],
    ),
    (
        "'…, she said' after a whole sentence of reported words: 'she' is not a name inside them",
        "Head\n\nThe Netherlands has begun withdrawing its contingent, Dutch Defense Minister Marieke van der Linde announced on March 14.\n\nThe contingent, known as Task Force Dnipro, will leave in stages by the end of May, she said, while 120 personnel will remain.",
        &[
            ("The Netherlands has begun withdrawing its contingent", Reported, "Marieke van der Linde"),
            ("The contingent, known as Task Force Dnipro, will leave in stages by the end of May, she said, while 120 personnel will remain", Reported, "Marieke van der Linde"),
        ],
    ),
    (
        "a narration paragraph between transcript excerpts that names the speaker is the reporter's, not the speaker's turn going on",
        "Head\n\nRUTH ALDER: I have waited nine years for somebody to say the word home.\n\nAlder's son, a corporal, has served three tours. It is the right call, she said, and it is overdue.\n\nMARK BELL: Look, I would love to believe it.\n",
        &[
            ("I have waited nine years for somebody to say the word home.", Direct, "Ruth Alder"),
            ("It is the right call, she said, and it is overdue", Reported, "Ruth Alder"),
            ("Look, I would love to believe it.", Direct, "Mark Bell"),
        ],
    ),
    (
        "'has said nothing about <a long topic>' reports silence, not words",
        "Head\n\nThe ministry said the last convoy would leave in May. Erik Dahl noted that the ministry has said nothing about the radar station on the ridge or the drone hangars by the river.\n",
        &[
            ("the last convoy would leave in May", Reported, "the ministry"),
            ("the ministry has said nothing about the radar station on the ridge or the drone hangars by the river", Reported, "Erik Dahl"),
        ],
    ),
    (
        "a name right before a role word ('Lok Sabha MP') is no person a later 'she' can mean",
        "Head\n\nMs. Asha Verma, Lok Sabha MP and member of the defence committee, said Parliament had not been consulted. \"We are abandoning the people we were sent to protect,\" she told PTI.\n",
        &[
            ("Parliament had not been consulted", Reported, "Asha Verma"),
            ("We are abandoning the people we were sent to protect", Direct, "Asha Verma"),
        ],
    ),
    (
        "the name a relative clause gives a description ('who gave his name only as Abu Karim') is the description's person",
        "Head\n\nA spokesman for the Hadar Front, who gave his name only as Abu Karim, told AFP by telephone that the foreign troops \"are running because they have been beaten.\" He warned that the group would \"return to every town\".\n",
        &[
            ("the foreign troops \"are running because they have been beaten.\"", Reported, "Abu Karim"),
            ("are running because they have been beaten.", Partial, "Abu Karim"),
            ("the group would \"return to every town\"", Reported, "Abu Karim"),
            ("return to every town", Partial, "Abu Karim"),
        ],
    ),
    (
        "'pushed back on the idea that …' is a view; 'pushed back the date' is none",
        "Head\n\nAt a briefing, spokesperson Col. Dana White pushed back on the idea that the United States is walking away. The army has pushed back the date twice.\n",
        &[
            ("pushed back on the idea that the United States is walking away", Reported, "Dana White"),
        ],
    ),
    (
        "an ombudsman is a role: 'the ombudsman' refers back to the one named in apposition",
        "Head\n\nThe regional human rights ombudsman, Pedro Mora Castro, was more cautious. \"A withdrawal is measured in the villages,\" Mora said.\n\nAsked whether he supported the decision, the ombudsman replied that it was \"too early to give a verdict.\"\n",
        &[
            ("A withdrawal is measured in the villages", Direct, "Pedro Mora Castro"),
            ("it was \"too early to give a verdict.\"", Reported, "Pedro Mora Castro"),
            ("too early to give a verdict.", Partial, "Pedro Mora Castro"),
        ],
    ),
    (
        "'she' is not a man named in a relative clause ('Ernesto' is a man's given name)",
        "Head\n\nGovernor Claudia Ospina, who had asked President Ernesto Vallejo for the handover, welcomed the first departures. \"Today the valley recovers its civilian life,\" she said.\n",
        &[
            ("welcomed the first departures", Reported, "Claudia Ospina"),
            ("Today the valley recovers its civilian life", Direct, "Claudia Ospina"),
        ],
    ),
    (
        "words opening on a relative pronoun go on the reporting sentence: the outer speaker's, not the reported verb's subject",
        "Head\n\nRaman added that Norvania had announced two previous reductions since 2017, \"both of which were quietly reversed within 18 months\".\n",
        &[
            ("Norvania had announced two previous reductions since 2017", Reported, "Raman"),
            ("both of which were quietly reversed within 18 months", Direct, "Raman"),
        ],
    ),
    (
        "'Barr.' before a name is a barrister's title, not a sentence's end; after a name it is the surname Barr",
        "Head\n\nIn a statement signed by its secretary, Barr. Halima Yakubu, the coalition said: \"We reject the claim that the job is done.\"\n\nThe loudest voice at the meeting was that of Colleen Barr. Veterans said the date was premature.\n",
        &[
            ("We reject the claim that the job is done.", Direct, "the coalition"),
            ("the date was premature", Reported, "Veterans"),
        ],
    ),
    (
        "a full name after a preposition, described by a bare role ('fell to Katrin Wehlau, spokeswoman for …'), is a person a later 'she' can mean",
        "Head\n\nThe task of explaining the decision fell on Monday to Katrin Wehlau, spokeswoman for the Defence Ministry. When a correspondent asked whether the mission had failed, Wehlau did not hesitate. \"This is not a retreat,\" she said.\n",
        &[("This is not a retreat", Direct, "Katrin Wehlau")],
    ),
    (
        "\"Tamaran's representative\" is \"the representative of Tamaran\"",
        "Head\n\nThe representative of Tamaran said his Government was ready to take over. Later, Tamaran's representative said the timetable \"respects our sovereignty\".\n",
        &[
            ("his Government was ready to take over", Reported, "the representative of Tamaran"),
            ("the timetable \"respects our sovereignty\"", Reported, "the representative of Tamaran"),
            ("respects our sovereignty", Partial, "the representative of Tamaran"),
        ],
    ),
    (
        "an appositive's head noun names its person again ('the chief executive', 'The Special Representative'), never a word of its complement ('adviser to the president')",
        "Head\n\nTom Hale, the chief executive of Arden Mining, said the pullout was a disaster. The chief executive added that the company would cut 200 jobs.\n\nMariam Okafor, Special Representative of the Secretary-General and Head of the mission, said the bases had been handed over. The Special Representative also called for calm.\n\nPaul Roe, a longtime adviser to the president, said the move was overdue. The president said on Friday that the troops would be home by May.\n",
        &[
            ("the pullout was a disaster", Reported, "Tom Hale"),
            ("the company would cut 200 jobs", Reported, "Tom Hale"),
            ("the bases had been handed over", Reported, "Mariam Okafor"),
            ("called for calm", Reported, "Mariam Okafor"),
            ("the move was overdue", Reported, "Paul Roe"),
            ("the troops would be home by May", Reported, "the president"),
        ],
    ),
    (
        "a judging verb in the passive after adverbs ('was sharply criticized by') is its agent's statement, with what the agent called it ('as \"reckless\"')",
        "Head\n\nThe move was sharply criticized by opposition leader Karl Betz as \"reckless and premature\".\n\nThe withdrawal has also been condemned by Human Rights Watch as \"a gift to the militias\".\n",
        &[
            ("The move was sharply criticized by opposition leader Karl Betz as \"reckless and premature\"", Reported, "Karl Betz"),
            ("reckless and premature", Partial, "Karl Betz"),
            ("The withdrawal has also been condemned by Human Rights Watch as \"a gift to the militias\"", Reported, "Human Rights Watch"),
            ("a gift to the militias", Partial, "Human Rights Watch"),
        ],
    ),
    (
        "'that' after a description's noun ('a local militia that fought …') opens a relative clause about it; the name before speaks",
        "Head\n\nIdris Varo, a commander of the Qorvan Defense Units, a local militia that fought alongside US forces for years, described the departure as \"a betrayal\".\n",
        &[
            ("described the departure as \"a betrayal\"", Reported, "Idris Varo"),
            ("a betrayal", Partial, "Idris Varo"),
        ],
    ),
    (
        "a newsletter's capitalized lead-ins ('DRIVING THE DAY:', '... BUT NOT EVERY DEMOCRAT:') are headings run into their paragraphs, not transcript speakers",
        "Playbook\n\nBy NADIA FAIRBANKS\n06/10/2025 06:00 AM EDT\n\nDRIVING THE DAY: The administration will begin pulling 1,800 U.S. troops out of Tarsenia this month.\n\nTHE WHITE HOUSE LINE: A senior White House official pushed back. \"This is not a retreat,\" the official tells Playbook.\n\n... BUT NOT EVERY DEMOCRAT: Sen. Jim Pruett (D-Va.) said the plan was \"a war footing with a smaller headcount.\"\n\nFROM VESHGOROD: A spokesman for the Northern Liberation Front gloated over the news. \"They leave with their heads down,\" the spokesman told AFP. The group said its fighters were \"only waiting for the last plane\".\n",
        &[
            ("This is not a retreat", Direct, "a senior White House official"),
            ("the plan was \"a war footing with a smaller headcount.\"", Reported, "Jim Pruett"),
            ("a war footing with a smaller headcount.", Partial, "Jim Pruett"),
            ("They leave with their heads down", Direct, "a spokesman for the Northern Liberation Front"),
            ("its fighters were \"only waiting for the last plane\"", Reported, "a spokesman for the Northern Liberation Front"),
            ("only waiting for the last plane", Partial, "a spokesman for the Northern Liberation Front"),
        ],
    ),
    (
        "a possessor before a role must be the earlier party's ('The group's spokesman' is not 'Government spokesman X')",
        "Head\n\nGovernment spokesman Bassem al-Obeidi said the handover was complete.\n\nThe group's spokesman told Al Jazeera that the fighters \"will not lay down their weapons\".\n",
        &[
            ("the handover was complete", Reported, "Bassem al-Obeidi"),
            ("the fighters \"will not lay down their weapons\"", Reported, "the group's spokesman"),
            ("will not lay down their weapons", Partial, "the group's spokesman"),
        ],
    ),
    (
        "a party's bracketed acronym inside a person's title is read past ('… Party (AK Party) Ardahan deputy Hulusi Şahin'); 'one source' after 'sources said' is one of them",
        "Head\n\nDefense Ministry sources said the army was watching \"step by step\". \"Announcements are one thing,\" one source said.\n\nRuling Justice and Development Party (AK Party) Ardahan deputy Hulusi Şahin hailed the development as \"patient and principled\".\n\nMain opposition Republican People's Party (CHP) deputy Elif Çelik said any easing of tension was welcome.\n",
        &[
            ("the army was watching \"step by step\"", Reported, "Defense Ministry sources"),
            ("step by step", Partial, "Defense Ministry sources"),
            ("Announcements are one thing", Direct, "Defense Ministry sources"),
            ("hailed the development as \"patient and principled\"", Reported, "Hulusi Şahin"),
            ("patient and principled", Partial, "Hulusi Şahin"),
            ("any easing of tension was welcome", Reported, "Elif Çelik"),
        ],
    ),
    (
        "a standfirst's possessive description ('Poland's deputy defence minister says') is the person later set in apposition to it; 'the local mayor' is the mayor later named",
        "US brigade leaves Zagan\n\nPoland's deputy defence minister says security is not weakened by the departure, but the local mayor says residents feel abandoned.\n\nPoland's deputy defence minister, Pawel Wojcik, sought to play down the move. \"This is not a retreat,\" he told Rzeczpospolita.\n\nMayor Marek Zielinski recalled the years of the garrison. \"We took them at their word,\" Zielinski said.\n",
        &[
            ("security is not weakened by the departure", Reported, "Pawel Wojcik"),
            ("residents feel abandoned", Reported, "Marek Zielinski"),
            ("This is not a retreat", Direct, "Pawel Wojcik"),
            ("the years of the garrison", Reported, "Marek Zielinski"),
            ("We took them at their word", Direct, "Marek Zielinski"),
        ],
    ),
    (
        "'what it called' inside words another speech verb reports is no second statement",
        "Head\n\nThe Foreign Ministry welcomed what it called an orderly handover.\n\nThe minister condemned what he called \"a betrayal of our soldiers\".\n",
        &[
            ("welcomed what it called an orderly handover", Reported, "Foreign Ministry"),
            ("condemned what he called \"a betrayal of our soldiers\"", Reported, "the minister"),
            ("a betrayal of our soldiers", Partial, "the minister"),
        ],
    ),
    (
        "after a quote its own stop ended, 'X said the …' names its speaker and reports a clause of its own",
        "Head\n\nHis read, in an email: \"They are taking down the flags. Make of that what you will.\" Oyelaran said the headline figure is \"a great number for a press release\".\n",
        &[
            ("They are taking down the flags. Make of that what you will.", Direct, "Oyelaran"),
            ("the headline figure is \"a great number for a press release\"", Reported, "Oyelaran"),
        ],
    ),
    (
        "'In his view, …' reports the view of the person the pronoun refers to",
        "Head\n\nZhao Keming said the move was symbolic. In his view, whether the US has truly left will be clear only when the last contractor leaves.\n",
        &[
            ("the move was symbolic", Reported, "Zhao Keming"),
            ("whether the US has truly left will be clear only when the last contractor leaves", Reported, "Zhao Keming"),
        ],
    ),
    (
        "'recalled how …' reports the story told",
        "Head\n\nMayor Marek Zielinski recalled how the town had refurbished a school sports hall for the soldiers.\n",
        &[("how the town had refurbished a school sports hall for the soldiers", Reported, "Marek Zielinski")],
    ),
    (
        "after a question turn ('Q: …'), an answer tagged by a surname alone ('Gao: …') is a turn",
        "Head\n\nForeign Ministry spokesperson Gao Wenrui said China welcomed the move.\n\nQ: Does China plan to play a larger role there?\n\nGao: The so-called vacuum theory is a typical Cold War mentality.\n",
        &[
            ("China welcomed the move", Reported, "Gao Wenrui"),
            ("The so-called vacuum theory is a typical Cold War mentality.", Direct, "Gao Wenrui"),
        ],
    ),
    (
        "a closing bracket whose opening one is in the speaker's phrase stays in its name ('… Movement (NOPM)')",
        "Head\n\nA spokesman of the Northern Ombessa Patriotic Movement (NOPM) said the foreign troops were fleeing.\n",
        &[("the foreign troops were fleeing", Reported, "a spokesman of the Northern Ombessa Patriotic Movement (NOPM)")],
    ),
    (
        "a transcript's capitalized tags with 'of' ('MINISTER OF DEFENCE:', repeated or with a title word) stay speakers, not newsletter lead-ins",
        "Transcript\n\nMODERATOR: Welcome. Minister, your view?\n\nMINISTER OF DEFENCE: We are leaving because the job is done.\n\nHEAD OF THE OPPOSITION: It is a betrayal of everyone who trusted us.\n\nREPORTER: Thank you.\n",
        &[
            ("We are leaving because the job is done.", Direct, "Minister Of Defence"),
            ("It is a betrayal of everyone who trusted us.", Direct, "Head Of The Opposition"),
        ],
    ),
    (
        "a bracketed party tag after a person's name is no antecedent",
        "Troops leave\n\nFederal deputy Wanderley Maciel (PL-RR), an ally of the miners, was less diplomatic. In an interview, he said the government was \"leaving with its tail between its legs.\"",
        &[
            ("the government was \"leaving with its tail between its legs.\"", Reported, "Wanderley Maciel"),
            ("leaving with its tail between its legs.", Partial, "Wanderley Maciel"),
        ],
    ),
    (
        "a 'Contributing:' credit names the press; a sheriff is a person",
        "Troops come home\n\nSALT LAKE CITY — The battalion is coming home early, the governor's office said.\n\nJenna Holloway, who spent four days with the battalion, reported at the time that crews were working 12-hour shifts.\n\nThe sheriff said he was \"not convinced.\"\n\nMore later.\n\nContributing: Jenna Holloway, KBCN News",
        &[
            ("The battalion is coming home early", Reported, "the governor's office"),
            ("crews were working 12-hour shifts", Reported, "-"),
            ("he was \"not convinced.\"", Reported, "the sheriff"),
            ("not convinced.", Partial, "the sheriff"),
        ],
    ),
    (
        "a family name without its Arabic article is the same person",
        "Troops leave\n\nDefense Minister Khalid al-Sabri hailed the handover. \"Our forces are ready,\" Sabri said.",
        &[
            ("hailed the handover", Reported, "Khalid al-Sabri"),
            ("Our forces are ready", Direct, "Khalid al-Sabri"),
        ],
    ),
    (
        "'the minister' is not the prime minister named before",
        "Troops leave\n\nThe drawdown followed pressure from Prime Minister Hisham Qaddour's government.\n\nDefense Minister Khalid Sabri hailed the handover. \"Our forces are ready,\" Sabri said.\n\nThe minister also rejected suggestions of a vacuum.",
        &[
            ("hailed the handover", Reported, "Khalid Sabri"),
            ("Our forces are ready", Direct, "Khalid Sabri"),
            ("rejected suggestions of a vacuum", Reported, "Khalid Sabri"),
        ],
    ),
    (
        "a news agency, official or state-run, is a medium",
        "Troops leave\n\nGovernment spokesman Bassem Obeidi spoke in Baghdad.\n\n\"Iraq asked for this, and Iraq received it,\" Obeidi told reporters, according to the state-run Iraqi News Agency (INA).\n\nThe troops would be assigned to relief brigades, Tan told the committee, according to the official Hoklan Central News Agency.",
        &[
            ("Iraq asked for this, and Iraq received it", Direct, "Bassem Obeidi"),
            ("The troops would be assigned to relief brigades", Reported, "Tan"),
        ],
    ),
    (
        "a channel affiliated with a body: the body speaks",
        "Troops leave\n\nHours later, a Telegram channel affiliated with Saraya al-Qisas, an armed faction active along the border, posted a statement describing the withdrawal as \"the flight of the occupier.\" The group said it \"will not rest.\"\n\nA social media account linked to the armed Tavrin Freedom Front posted a photograph with the caption: \"Don't worry, we will keep the lights on for you.\"",
        &[
            ("the flight of the occupier.", Partial, "Saraya al-Qisas"),
            ("it \"will not rest.\"", Reported, "Saraya al-Qisas"),
            ("will not rest.", Partial, "Saraya al-Qisas"),
            ("Don't worry, we will keep the lights on for you.", Direct, "Tavrin Freedom Front"),
        ],
    ),
    (
        "'the CS', 'the PM': a title's initials are its holder",
        "Troops leave\n\nDefence Cabinet Secretary Philip Kiprono Sang said the pullout would be phased.\n\nThe CS said the first contingent would leave by March.\n\nPrime Minister Ana Ruiz welcomed the plan. The PM said it was \"overdue.\"",
        &[
            ("the pullout would be phased", Reported, "Philip Kiprono Sang"),
            ("the first contingent would leave by March", Reported, "Philip Kiprono Sang"),
            ("welcomed the plan", Reported, "Ana Ruiz"),
            ("overdue.", Partial, "Ana Ruiz"),
        ],
    ),
    (
        "title strings: a field without a field's ending, the Tánaiste",
        "Troops leave\n\nIn a written reply, Minister of Defence and Military Veterans Nomvula Khathide said the drawdown would come in three phases.\n\n\"It is not a retreat,\" Khathide wrote.\n\nThe withdrawal was confirmed by the Tánaiste.\n\nTánaiste and Minister for Defence Declan Furlong told the Dáil that the battalion would leave. \"This is not a retreat,\" Mr Furlong said.",
        &[
            ("the drawdown would come in three phases", Reported, "Nomvula Khathide"),
            ("It is not a retreat", Direct, "Nomvula Khathide"),
            ("the battalion would leave", Reported, "Declan Furlong"),
            ("This is not a retreat", Direct, "Declan Furlong"),
        ],
    ),
    (
        "a capitalized office before its holder is named; a feast is no name",
        "Troops to leave UN post\n\nAround 140 soldiers are to be withdrawn before Christmas, the Tánaiste has confirmed.\n\nTánaiste and Minister for Defence Declan Furlong told the Dáil that the battalion would move south.",
        &[
            ("Around 140 soldiers are to be withdrawn before Christmas", Reported, "Declan Furlong"),
            ("the battalion would move south", Reported, "Declan Furlong"),
        ],
    ),
    (
        "a lowercase role's 'of' governs a body, not the speaker's name",
        "Troops leave\n\nDonald MacKay, chairman of Strathdearn and Kinlochbrae Community Council, said residents had been given \"different stories by different folk\" since the review.\n\nGen. Daniel Whitcombe, commander of U.S. Forces Korea (USFK), described the drawdown as part of \"a modernization of the alliance.\"",
        &[
            ("residents had been given \"different stories by different folk\" since the review", Reported, "Donald MacKay"),
            ("different stories by different folk", Partial, "Donald MacKay"),
            ("described the drawdown as part of \"a modernization of the alliance.\"", Reported, "Daniel Whitcombe"),
            ("a modernization of the alliance.", Partial, "Daniel Whitcombe"),
        ],
    ),
    (
        "a lowercase title string before a full name",
        "Troops leave\n\nDA shadow minister of defence Riaan Oosthuizen said the decision was made in the Treasury. \"Let's be honest about what this is,\" Oosthuizen said.",
        &[
            ("the decision was made in the Treasury", Reported, "Riaan Oosthuizen"),
            ("Let's be honest about what this is", Direct, "Riaan Oosthuizen"),
        ],
    ),
    (
        "'the professor' after 'Professor <name>'",
        "Troops leave\n\nProfessor Refilwe Dlamini-Hartley, who teaches international relations, was more cautious. \"The front has not announced a date,\" she said. \"It remains to be seen,\" the professor said.",
        &[
            ("The front has not announced a date", Direct, "Refilwe Dlamini-Hartley"),
            ("It remains to be seen", Direct, "Refilwe Dlamini-Hartley"),
        ],
    ),
    (
        "an agent and volunteers are persons a later pronoun can be",
        "Troops leave\n\nA Federal Police agent who spent three months in the territory, speaking on condition of anonymity, pointed at the river.\n\n\"We burned 412 dredges,\" he said.",
        &[("We burned 412 dredges", Direct, "a Federal Police agent")],
    ),
    (
        "'the governor's office' is the office named with the governor before",
        "Troops come home\n\nThe troops are coming home, Gov. Carl Brandvold's office announced Wednesday night.\n\nIn a statement, the governor's office said the battalion had finished its work.",
        &[
            ("The troops are coming home", Reported, "Gov. Carl Brandvold's office"),
            ("the battalion had finished its work", Reported, "Gov. Carl Brandvold's office"),
        ],
    ),
    (
        "'and' inside a body's 'for' phrase is more of its name, no person a pronoun can be",
        "Troops leave\n\n\"The drone base stays,\" said Lukas Feddersen, a Sahel researcher at the Berlin-based Center for Security and Development Policy.\n\n\"So what has Germany withdrawn from?\" he said.",
        &[
            ("The drone base stays", Direct, "Lukas Feddersen"),
            ("So what has Germany withdrawn from?", Direct, "Lukas Feddersen"),
        ],
    ),
    (
        "a group described before its name set off by commas is 'the group' later",
        "Troops leave\n\n\"This is a surrender,\" Frederik Wallner, a defense expert for the CDU/CSU parliamentary group, told DW.\n\nAn armed group active around Tinzar, Harakat Ahl al-Sahra, claimed the withdrawal as a victory. In a message posted on Telegram, the group said the \"crusader army has packed its bags in humiliation\".",
        &[
            ("This is a surrender", Direct, "Frederik Wallner"),
            ("the withdrawal as a victory", Reported, "Harakat Ahl al-Sahra"),
            ("the \"crusader army has packed its bags in humiliation\"", Reported, "Harakat Ahl al-Sahra"),
            ("crusader army has packed its bags in humiliation", Partial, "Harakat Ahl al-Sahra"),
        ],
    ),
    (
        "a medium's bracketed short name is a medium too",
        "Troops leave\n\nIn a statement carried by the state-run Khatang State News Agency (KSNA), the foreign ministry described the disengagement as \"a positive step\".\n\nIt said the two sides should \"build on this hard-won momentum\", according to KSNA.",
        &[
            ("described the disengagement as \"a positive step\"", Reported, "the foreign ministry"),
            ("a positive step", Partial, "the foreign ministry"),
            ("the two sides should \"build on this hard-won momentum\", according to KSNA", Reported, "the foreign ministry"),
            ("build on this hard-won momentum", Partial, "the foreign ministry"),
        ],
    ),
    (
        "a quote after a statement is not the party named inside it",
        "Troops leave\n\n\"The flags came down on Thursday,\" said Samuel Oduya, an analyst.\n\nWhether the army can hold Kanzi remains to be seen, he said, adding that the government had declared \"full control\" of the southwest in 2023. \"A handover ceremony is a nice picture. It is not a security plan.\"",
        &[
            ("The flags came down on Thursday", Direct, "Samuel Oduya"),
            ("Whether the army can hold Kanzi remains to be seen", Reported, "Samuel Oduya"),
            ("the government had declared \"full control\" of the southwest in 2023", Reported, "Samuel Oduya"),
            ("\"full control\" of the southwest in 2023", Reported, "the government"),
            ("full control", Partial, "the government"),
            ("A handover ceremony is a nice picture. It is not a security plan.", Direct, "Samuel Oduya"),
        ],
    ),
    (
        "'recalled the night …', 'remembered a night when …', 'brushed aside claims that …'",
        "Troops leave\n\nRosalie Ndongo, a mother of five, recalled the night gunmen reached her village of Ouandago.\n\nRodel Cabacungan, a fisherman, remembered a night in April when large foreign vessels chased his boats.\n\nDefense Secretary Arturo Villacorta brushed aside claims that the country had been left exposed.",
        &[
            ("the night gunmen reached her village of Ouandago", Reported, "Rosalie Ndongo"),
            ("a night in April when large foreign vessels chased his boats", Reported, "Rodel Cabacungan"),
            ("brushed aside claims that the country had been left exposed", Reported, "Arturo Villacorta"),
        ],
    ),
    (
        "'that' right before a finite verb is the reported clause's subject",
        "Troops leave\n\nRiaan Oosthuizen said that was precisely the problem. The analyst said that would be no tragedy.",
        &[
            ("that was precisely the problem", Reported, "Riaan Oosthuizen"),
            ("that would be no tragedy", Reported, "the analyst"),
        ],
    ),
    (
        "a capitalized title after a party's bracketed acronym, and a name's own bracket after it",
        "Troops leave\n\nSpeaking to reporters, Democratic Progressive Party (DPP) Legislator Hsu Ching-wen (許靜雯) said the reduction should be seen as a measure of success.\n\n\"This is not a retreat,\" Hsu said.",
        &[
            ("the reduction should be seen as a measure of success", Reported, "Hsu Ching-wen"),
            ("This is not a retreat", Direct, "Hsu Ching-wen"),
        ],
    ),
    (
        "a dated wire dateline ending at its agency's bracket, with no dash",
        "Troops leave\n\nTaipei, May 14 (CNA) Kestria will cut its rotation by two-thirds, the ministry said Wednesday, describing the move as a planned transition rather than a pullback.",
        &[
            ("Kestria will cut its rotation by two-thirds", Reported, "the ministry"),
            ("describing the move as a planned transition rather than a pullback", Reported, "the ministry"),
        ],
    ),
    (
        "'the researcher' is the research fellow named before",
        "Troops leave\n\nLo Chien-ming, an associate research fellow at the institute, said the ministry was right.\n\nThe researcher added that the memorandum runs until 2027.",
        &[
            ("the ministry was right", Reported, "Lo Chien-ming"),
            ("the memorandum runs until 2027", Reported, "Lo Chien-ming"),
        ],
    ),
    (
        "an opening phrase set off by its comma before a clause, then '…, the ministry said in a press release'",
        "Troops leave\n\nUnder the new arrangement, the contingent will shrink to about 120, the ministry said in a press release.\n\nIn Tamsara, the ministry said nothing.",
        &[
            ("Under the new arrangement, the contingent will shrink to about 120", Reported, "the ministry"),
        ],
    ),
    (
        "a lowercase office right before a name is its title ('the mukhtar' later); 'remembers the last time …'; Cypriot papers are media",
        "Troops leave\n\nAccording to Philenews, the minister had warned that the cut was \"premature\".\n\nAt Pano Asproyi, mukhtar Kyriacos Demetriou remembers the last time patrols were thinned, in 2009.\n\nAsked what message he would send, the mukhtar shrugged. \"Tell them thank you for the photographs.\"",
        &[
            ("the cut was \"premature\"", Reported, "the minister"),
            ("premature", Partial, "the minister"),
            ("the last time patrols were thinned, in 2009", Reported, "Kyriacos Demetriou"),
            ("Tell them thank you for the photographs.", Direct, "Kyriacos Demetriou"),
        ],
    ),
    (
        "a body's name its bracketed initials spell runs on past 'for' and 'and'; the bracketed initials are no party of their own",
        "Troops leave\n\nThe human-rights group Citizens for Justice and Accountability (CJA), which documented 27 complaints, said in a statement that it \"takes note\" of the withdrawal.\n\nThe CJA warned that the drawdown risked being \"a change of uniform\".",
        &[
            ("it \"takes note\" of the withdrawal", Reported, "Citizens for Justice and Accountability"),
            ("takes note", Partial, "Citizens for Justice and Accountability"),
            ("the drawdown risked being \"a change of uniform\"", Reported, "Citizens for Justice and Accountability"),
            ("a change of uniform", Partial, "Citizens for Justice and Accountability"),
        ],
    ),
    (
        "initials in brackets inside a name ('… Relations (ISPR) Directorate') are its short name; a prefect is a titled office",
        "Troops leave\n\nThe flight landed at 3:15pm, according to the Inter Services Public Relations (ISPR) Directorate.\n\nIn a press release, the ISPR said the contingent had completed its mandate.\n\nPrefect Pierre-Olivier Mbemba recalled the night in 2022 when gunmen attacked the town.\n\nThe prefect said his office had written twice.",
        &[
            ("The flight landed at 3:15pm", Reported, "Inter Services Public Relations"),
            ("the contingent had completed its mandate", Reported, "Inter Services Public Relations"),
            ("the night in 2022 when gunmen attacked the town", Reported, "Pierre-Olivier Mbemba"),
            ("his office had written twice", Reported, "Pierre-Olivier Mbemba"),
        ],
    ),
];

#[test]
fn pattern_table() {
    let mut failures = Vec::new();
    for (name, text, want) in PATTERNS {
        let got = found(text);
        let want: Vec<(String, QuoteKind, String)> = want
            .iter()
            .map(|(s, k, p)| (s.to_string(), *k, p.to_string()))
            .collect();
        if got != want {
            failures.push(format!("{name}:\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Names joined by "and" before the verb each speak the words; anything that is not a list
/// of names stays one speaker.
#[test]
fn a_joint_statement_is_each_named_party_s() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            "Russia and China said in a joint statement that the move was premature.",
            "the move was premature",
            &["Russia", "China"],
        ),
        (
            "Both Germany and France welcomed the decision.",
            "welcomed the decision",
            &["Germany", "France"],
        ),
        (
            "In a joint statement, the governments of Lisovia and Pelland said the move was overdue.",
            "the move was overdue",
            &["Lisovia", "Pelland"],
        ),
        (
            "The United States, Britain and France said the pullout was orderly.",
            "the pullout was orderly",
            &["United States", "Britain", "France"],
        ),
        (
            "“We welcome it,” Britain and France said.",
            "We welcome it",
            &["Britain", "France"],
        ),
        (
            "“We welcome it,” said Britain and France.",
            "We welcome it",
            &["Britain", "France"],
        ),
        (
            "Russia and Iran, both allies of Damascus, said the withdrawal was overdue.",
            "the withdrawal was overdue",
            &["Russia", "Iran"],
        ),
        (
            "Russia and China, in a joint statement, said the withdrawal was reckless.",
            "the withdrawal was reckless",
            &["Russia", "China"],
        ),
        (
            "On Tuesday, Kerry and Lavrov told reporters the ceasefire would hold.",
            "the ceasefire would hold",
            &["Kerry", "Lavrov"],
        ),
        (
            "Local farmers and shopkeepers said they feared for their livelihoods.",
            "they feared for their livelihoods",
            &["Local farmers and shopkeepers"],
        ),
        (
            "Bosnia and Herzegovina said it welcomed the decision.",
            "it welcomed the decision",
            &["Bosnia and Herzegovina"],
        ),
    ];
    let mut failures = Vec::new();
    for (sentence, words, want) in cases {
        let text = format!("Troops leave\n\n{sentence}");
        let f = run(&text);
        let got: Vec<(&str, Vec<&str>)> = f
            .quotes
            .iter()
            .map(|q| {
                let names = q.party.iter().chain(&q.also);
                (
                    &text[q.start..q.end],
                    names.map(|&p| f.parties[p].name.as_str()).collect(),
                )
            })
            .collect();
        if got != [(*words, want.to_vec())] {
            failures.push(format!(
                "{sentence}\n  want {words:?} {want:?}\n  got  {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn via_verb_and_context() {
    let text = "Troops leave\n\n“We will see,” Shirwan Baban told Reuters on Tuesday.";
    let f = run(text);
    let q = &f.quotes[0];
    assert_eq!(q.via.as_deref(), Some("Reuters"));
    assert_eq!(q.verb.as_deref(), Some("tell"));
    assert_eq!(q.sieve, "quote-verb-speaker");
    assert_eq!(q.context, "“…,” Shirwan Baban told Reuters on Tuesday.");
    assert_eq!(f.parties.len(), 1);
    assert_eq!(f.parties[0].kind, PartyKind::Person);
}

#[test]
fn a_turn_continuation_after_an_empty_turn_does_not_panic() {
    // Found by the line-ending property test: the paragraph after the empty "SMITH:" turn
    // continued a turn that had no quote, and the continuation looked up quote -1.
    let text = "\"\nSMITH:\nsaid ‘\nSMITH:\"";
    for ending in ["\n", "\r\n", "\r"] {
        let text = text.replace('\n', ending);
        for q in run(&text).quotes {
            assert!(q.start <= q.end && q.end <= text.len());
        }
    }
}

#[test]
fn a_medium_inside_a_body_name_is_no_medium() {
    // "Liberation" is a newspaper (Libération); before "Front" it is part of the body's name.
    let text = "Troops leave\n\n“We have won,” the Harran Liberation Front told AFP.";
    let f = run(text);
    assert_eq!(f.quotes[0].via.as_deref(), Some("AFP"));
    assert_eq!(f.parties[0].name, "Harran Liberation Front");
    let text = "Troops leave\n\n“We have won,” Sara Lind told BBC Radio on Monday.";
    assert_eq!(run(text).quotes[0].via.as_deref(), Some("BBC"));
}

#[test]
fn extra_media_are_not_parties() {
    let text = "Troops leave\n\n“We will see,” Zagros Voice reported.";
    assert_eq!(found(text)[0].2, "Zagros Voice");
    let config = QuoteConfig {
        extra_media: vec!["Zagros Voice".into()],
        ..QuoteConfig::default()
    };
    let f = extract_quotes(text, &config).unwrap();
    assert!(f.parties.is_empty());
    assert_eq!(f.quotes[0].via.as_deref(), Some("Zagros Voice"));
}

#[test]
fn too_large_is_refused() {
    let config = QuoteConfig {
        max_bytes: 10,
        ..QuoteConfig::default()
    };
    let err = extract_quotes("this is longer than ten bytes", &config).unwrap_err();
    assert_eq!(err, QuoteError::TooLarge { bytes: 29, max: 10 });
    assert_eq!(
        err.to_string(),
        "article is 29 bytes, more than the limit of 10 (raise max_bytes)"
    );
}

#[test]
fn serde_kind_is_lowercase() {
    assert_eq!(
        serde_json::to_string(&QuoteKind::Reported).unwrap(),
        "\"reported\""
    );
    let k: QuoteKind = serde_json::from_str("\"partial\"").unwrap();
    assert_eq!(k, QuoteKind::Partial);
}

/// `../shared` beside the crate (the main crate), else `/work/shared` (a scratch crate).
fn shared_dir() -> Option<std::path::PathBuf> {
    let beside = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared"));
    [
        beside.to_path_buf(),
        std::path::PathBuf::from("/work/shared"),
    ]
    .into_iter()
    .find(|p| p.join("seed").is_dir())
}

#[test]
fn seed_article_matches_gold() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped: shared/seed not found");
        return;
    };
    let seed = shared.join("seed/kerry-moscow-syria-withdrawal");
    let text = std::fs::read_to_string(seed.with_extension("txt")).unwrap();
    let gold: Gold =
        serde_json::from_str(&std::fs::read_to_string(seed.with_extension("json")).unwrap())
            .unwrap();
    let f = run(&text);
    let names: Vec<&str> = f.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(f.parties.len(), gold.parties.len(), "parties: {names:?}");
    for g in &gold.parties {
        let gname = norm(&g.party);
        let p = (0..f.parties.len())
            .find(|&p| {
                let party = &f.parties[p];
                norm(&party.name) == gname || party.mentions.iter().any(|m| norm(m) == gname)
            })
            .unwrap_or_else(|| panic!("gold party {:?} not found in {names:?}", g.party));
        for gq in &g.quotes {
            let s = text.find(gq.as_str()).expect("gold quote in text");
            let e = s + gq.len();
            assert!(
                f.quotes
                    .iter()
                    .any(|q| q.party == Some(p) && q.start <= s && e <= q.end),
                "{:?} not attributed to {:?}",
                gq,
                g.party
            );
        }
    }
    for not in &gold.not_parties {
        assert!(
            !f.parties.iter().any(|p| norm(&p.name) == norm(not)),
            "{not} reported as a party"
        );
    }
}

#[test]
fn gold_articles_score() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipped: shared/seed not found");
        return;
    };
    let mut seed = Score::default();
    score_dir(&shared.join("seed"), &mut seed).unwrap();
    eprintln!("seed: {}", seed.summary());
    assert_eq!(seed.party_recall(), 1.0, "{}", seed.log);
    // Only train/ and dev/: test/ is held out for reporting.
    let root = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/training_data/articles"
    ));
    let root = if root.is_dir() {
        root.to_path_buf()
    } else {
        std::path::PathBuf::from("/work/main/training_data/articles")
    };
    for split in ["train", "dev"] {
        let mut s = Score::default();
        if score_dir(&root.join(split), &mut s).is_err() || s.articles == 0 {
            eprintln!("skipped: no {split} articles");
            continue;
        }
        eprintln!("{split}: {}", s.summary());
        // A floor that only a broken finder misses; the targets are reported, not asserted,
        // because the corpus is still being written.
        assert!(
            s.party_recall() > 0.6 && s.attribution_precision() > 0.6,
            "{split}: {}",
            s.summary()
        );
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn check(text: &str) {
        let f = extract_quotes(text, &QuoteConfig::default()).unwrap();
        for q in &f.quotes {
            assert!(q.start <= q.end && q.end <= text.len(), "{q:?}");
            assert!(
                text.is_char_boundary(q.start) && text.is_char_boundary(q.end),
                "{q:?}"
            );
            assert!(q.party.is_none_or(|p| p < f.parties.len()));
        }
        let starts: Vec<usize> = f.quotes.iter().map(|q| q.start).collect();
        assert!(starts.windows(2).all(|w| w[0] <= w[1]));
    }

    const PIECES: &[&str] = &[
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "“",
        ":",
        ",",
        ".",
        "\n",
        "\n\n",
        " ",
        "said",
        "told",
        "according to",
        "AFP",
        "Reuters",
        "he",
        "she",
        "the commander",
        "John Kerry",
        "Kerry",
        "a member of the",
        "Ministry",
        "HOST:",
        "AMINA DIALLO:",
        "that",
        "denied",
        "called",
        "and",
        "it’s",
        "don't",
        "U.S.",
        "Photo:",
        "/",
        "(",
        ")",
        "—",
        "é",
        "Getty Images",
        "who",
        "adding",
        "We welcome this",
        "…",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn arbitrary_strings(s in "\\PC{0,300}") {
            check(&s);
        }

        #[test]
        fn quote_soup(pieces in proptest::collection::vec(0..PIECES.len(), 0..80)) {
            let s: String = pieces.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
            check(&s);
            let t: String = pieces.iter().map(|&i| PIECES[i]).collect();
            check(&t);
        }
    }
}

#[test]
fn byline_names_reporters() {
    let text = "Head\n\nBY ANA RUIZ AND TOM BELL | Staff writers\n\nBy the river, Mayor Jon Hale said it was over.\n\nReporting by Daniel Marsh; Additional reporting by Lena Hart in Kesh; Editing by Sara Lind";
    assert_eq!(
        super::extract::byline_names(text),
        [
            "ana ruiz",
            "tom bell",
            "daniel marsh",
            "lena hart",
            "sara lind"
        ]
    );
}
