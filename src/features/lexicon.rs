//! Cue lexicons: general words and phrases that signal each reaction, written from the
//! annotation guide's definitions (not mined from the corpus), so the model can generalize
//! to wording its training data never used. Each match emits `l:<class>`, with the token's
//! negation (`l:!<class>`) and contrast (`l:c:<class>`) scope, so "not a retreat" and
//! "…, but too early" are told apart.

use crate::text::{Token, Tokenizer, TokenizerConfig};
use rustc_hash::FxHashMap;

/// Cue classes; the names are feature names, not labels, so any label set can use them.
const CUES: &[(&str, &[&str])] = &[
    (
        "support",
        &[
            "welcome",
            "welcomed",
            "welcomes",
            "positive",
            "positive step",
            "right decision",
            "right thing",
            "good news",
            "applaud",
            "commend",
            "praise",
            "hail",
            "historic",
            "opportunity",
            "encourage",
            "encouraging",
            "endorse",
            "grateful",
            "thank",
            "thanks",
            "relief",
            "relieved",
            "progress",
            "milestone",
            "responsible",
            "responsibly",
            "wise",
            "courageous",
            "peace",
            "de-escalation",
            "constructive",
            "goodwill",
            "hope",
            "hopeful",
            "optimistic",
            "success",
            "successful",
            "mission accomplished",
            "proud",
            "honour",
            "honor",
            "orderly",
            "on schedule",
            "as planned",
            "promise kept",
            "long overdue",
            "overdue",
            "appreciate",
            "stability",
            "reconciliation",
            "partnership",
            "cooperation",
            "smooth",
            "smoothly",
            "dignified",
            "professional",
            "sovereignty",
            "deserve",
            "deserves",
            "job done",
            "well done",
            "important step",
            "significant development",
            "significant step",
            "important development",
            "step forward",
            "in the right direction",
            "breakthrough",
            "landmark",
            "good faith",
            "confidence",
            "achievement",
            "accomplished",
            "fulfilled",
            "kept our word",
            "bring them home",
            "come home",
            "back home",
            "reunite",
            "celebrate",
        ],
    ),
    (
        "doubt",
        &[
            "too early",
            "premature",
            "remains to be seen",
            "wait and see",
            "we will see",
            "we'll see",
            "time will tell",
            "judge",
            "actions",
            "verify",
            "verification",
            "verified",
            "proof",
            "prove",
            "evidence",
            "doubt",
            "doubts",
            "doubtful",
            "skeptical",
            "sceptical",
            "unclear",
            "uncertain",
            "question",
            "questions",
            "cosmetic",
            "symbolic",
            "token",
            "gesture",
            "spin",
            "story",
            "theatre",
            "theater",
            "optics",
            "headline",
            "headlines",
            "on paper",
            "fine print",
            "rhetoric",
            "ruse",
            "temporary",
            "pause",
            "reposition",
            "repositioning",
            "rotation",
            "rotate",
            "relocate",
            "return",
            "come back",
            "reversible",
            "cautious",
            "caution",
            "watch",
            "watching",
            "monitor",
            "not convinced",
            "hollow",
            "illusion",
            "facade",
            "believe it when",
            "still",
            "remain",
            "remains",
            "nothing has changed",
            "little has changed",
            "same",
            "just",
            "merely",
            "only",
            "but",
            "however",
            "yet",
            "if",
            "whether",
            "wonder",
            "suspicious",
            "suspect",
            "trust",
            "promises",
            "vacuum",
            "fragile",
            "risk",
            "risky",
            "concern",
            "concerned",
            "worry",
            "worried",
        ],
    ),
    (
        "hostile",
        &[
            "defeat",
            "defeated",
            "humiliation",
            "humiliated",
            "humiliating",
            "flee",
            "fled",
            "fleeing",
            "ran away",
            "running away",
            "retreat",
            "surrender",
            "capitulation",
            "betray",
            "betrayal",
            "betrayed",
            "abandon",
            "abandoned",
            "coward",
            "cowards",
            "cowardly",
            "shame",
            "shameful",
            "disgrace",
            "disgraceful",
            "reckless",
            "irresponsible",
            "catastrophe",
            "catastrophic",
            "disaster",
            "condemn",
            "reject",
            "denounce",
            "crime",
            "criminal",
            "criminals",
            "occupier",
            "occupiers",
            "occupation",
            "invader",
            "invaders",
            "aggressor",
            "enemy",
            "enemies",
            "attack",
            "attacks",
            "offensive",
            "revenge",
            "retaliate",
            "retaliation",
            "punish",
            "blood",
            "martyr",
            "martyrs",
            "will pay",
            "tail between",
            "kicked out",
            "chased out",
            "crushed",
            "jihad",
            "resist",
            "resistance",
            "traitor",
            "traitors",
            "sell out",
            "sold out",
            "stab in the back",
            "fiasco",
            "blunder",
            "weak",
            "weakness",
            "collapse",
            "chaos",
            "disgusting",
            "outrage",
            "outrageous",
            "unacceptable",
            "never forgive",
            "curse",
            "good riddance",
            "lost",
            "losers",
            "beaten",
            "victory",
            "victorious",
            "mock",
            "laughing",
            "fools",
            "liberate",
            "liberation",
            "threat",
            "threaten",
            "warn",
            "dead",
            "killed",
            "graves",
            "destroyed",
            "looted",
            "stole",
        ],
    ),
];

/// Stemmed cue phrases, matched against token forms.
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// First stem → (rest of the phrase's stems, class name), longest phrases first.
    phrases: FxHashMap<String, Vec<(Vec<String>, &'static str)>>,
}

impl Lexicon {
    /// The cue lexicon stemmed for `config`'s language.
    pub fn new(config: &TokenizerConfig) -> Lexicon {
        // Stems only: no negation/contrast marking inside the cue phrases themselves.
        let tokenizer = Tokenizer::new(TokenizerConfig {
            negation: false,
            contrast: false,
            ..config.clone()
        });
        let mut phrases: FxHashMap<String, Vec<(Vec<String>, &'static str)>> = FxHashMap::default();
        for (class, cues) in CUES {
            for cue in *cues {
                let stems: Vec<String> = tokenizer
                    .tokenize(cue)
                    .into_iter()
                    .map(|t| t.form)
                    .collect();
                if let Some((first, rest)) = stems.split_first() {
                    phrases
                        .entry(first.clone())
                        .or_default()
                        .push((rest.to_vec(), class));
                }
            }
        }
        for list in phrases.values_mut() {
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(b.1)));
            list.dedup();
        }
        Lexicon { phrases }
    }

    /// Calls `emit(class, first_token)` for each cue found in `tokens` (longest match wins).
    pub fn matches<'t>(&self, tokens: &'t [Token], mut emit: impl FnMut(&'static str, &'t Token)) {
        self.matches_by(
            tokens.len(),
            |i| tokens[i].form.strip_prefix('!').unwrap_or(&tokens[i].form),
            |class, i| emit(class, &tokens[i]),
        );
    }

    /// [`Lexicon::matches`] over `n` tokens given by their stems (without negation mark):
    /// calls `emit(class, index_of_first_token)`.
    pub fn matches_by<'s>(
        &self,
        n: usize,
        stem: impl Fn(usize) -> &'s str,
        mut emit: impl FnMut(&'static str, usize),
    ) {
        let mut i = 0;
        while i < n {
            let mut advance = 1;
            if let Some(list) = self.phrases.get(stem(i)) {
                for (rest, class) in list {
                    let fits = i + rest.len() < n
                        && rest.iter().enumerate().all(|(k, s)| stem(i + 1 + k) == s);
                    if fits {
                        emit(class, i);
                        advance = 1 + rest.len();
                        break;
                    }
                }
            }
            i += advance;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_negation_and_contrast() {
        let config = TokenizerConfig::default();
        let lex = Lexicon::new(&config);
        let tokens =
            Tokenizer::new(config).tokenize("This is not a retreat, but it is too early to judge.");
        let mut found = Vec::new();
        lex.matches(&tokens, |class, t| {
            found.push((class, t.form.starts_with('!'), t.after_contrast))
        });
        assert_eq!(
            found,
            [
                ("hostile", true, false),
                ("doubt", false, false),
                ("doubt", false, true),
                ("doubt", false, true)
            ]
        );
    }
}
