//! One file per fact: its vocabulary, its trigger words, its rule.
//!
//! Every fact lists the words without which it cannot find anything in a passage (its
//! `TRIGGERS`, folded: lower case, no accents). The registry below joins every fact's list
//! into one automaton, so that a passage is scanned once for all facts; each fact then reads
//! only the passages, and the places in them, that its triggers point to.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};

use crate::text::scan::{add_window, on_given_windows};
use crate::text::{Folded, Hit, Origin};

pub(crate) mod apply;
pub(crate) mod category;
pub(crate) mod closing;
pub(crate) mod contract;
pub(crate) mod education;
pub(crate) mod experience;
pub(crate) mod experience_level;
pub(crate) mod languages;
pub(crate) mod management;
pub(crate) mod occupation;
pub(crate) mod open_to;
pub(crate) mod organisation;
pub(crate) mod part_time;
pub(crate) mod pay;
pub(crate) mod place;
pub(crate) mod remote;
pub(crate) mod rituals;
pub(crate) mod skills;
pub(crate) mod start;
pub(crate) mod status;
pub(crate) mod team_size;
pub(crate) mod tech;
#[cfg(test)]
pub(crate) mod tester;
pub(crate) mod vacancy;
pub(crate) mod versant;
pub(crate) mod working_time;

#[cfg(test)]
#[path = "profile_tests.rs"]
mod profile_tests;

/// The facts that are found from trigger words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Fact {
    Contract,
    PartTime,
    Place,
    Remote,
    Status,
    Start,
    Closing,
    Experience,
    Education,
    TeamSize,
    Languages,
    Pay,
    Versant,
    Category,
    OpenTo,
    Vacancy,
    WorkingTime,
    Management,
    ExperienceLevel,
    Occupation,
}

/// How many [`Fact`]s there are.
const FACTS: usize = 20;

/// The registry: each fact with its trigger words, in the order of [`Fact`].
const REGISTRY: [(Fact, &[&str]); FACTS] = [
    (Fact::Contract, contract::TRIGGERS),
    (Fact::PartTime, part_time::TRIGGERS),
    (Fact::Place, place::TRIGGERS),
    (Fact::Remote, remote::TRIGGERS),
    (Fact::Status, status::TRIGGERS),
    (Fact::Start, start::TRIGGERS),
    (Fact::Closing, closing::TRIGGERS),
    (Fact::Experience, experience::TRIGGERS),
    (Fact::Education, education::TRIGGERS),
    (Fact::TeamSize, team_size::TRIGGERS),
    (Fact::Languages, languages::TRIGGERS),
    (Fact::Pay, pay::TRIGGERS),
    (Fact::Versant, versant::TRIGGERS),
    (Fact::Category, category::TRIGGERS),
    (Fact::OpenTo, open_to::TRIGGERS),
    (Fact::Vacancy, vacancy::TRIGGERS),
    (Fact::WorkingTime, working_time::TRIGGERS),
    (Fact::Management, management::TRIGGERS),
    (Fact::ExperienceLevel, experience_level::TRIGGERS),
    (Fact::Occupation, occupation::TRIGGERS),
];

/// Facts whose triggers count only at the start of a word: their rules look for words
/// beginning with these ("dès", "ici", "bac"), so the same letters inside a word ("modes",
/// "officiel", "bachelor" aside) point to nothing. A word starts after any byte that is not
/// an ASCII letter or digit.
const AT_WORD_START: [bool; FACTS] = {
    let mut at = [false; FACTS];
    at[Fact::Start as usize] = true;
    at[Fact::Closing as usize] = true;
    at[Fact::Education as usize] = true;
    at[Fact::Languages as usize] = true;
    at
};

/// A trigger word found in folded text: which word of its fact's list (`key`), and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Trigger {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) key: usize,
    pub(crate) fact: Fact,
}

/// Every trigger word of every fact in one automaton. Several facts may share a word
/// ("presen" announces a place and telework): each distinct word is one pattern, which
/// points to every (fact, key) it stands for.
struct Automaton {
    words: AhoCorasick,
    owners: Vec<Vec<(Fact, usize)>>,
}

static AUTOMATON: LazyLock<Automaton> = LazyLock::new(|| {
    let mut patterns: Vec<&str> = Vec::new();
    let mut owners: Vec<Vec<(Fact, usize)>> = Vec::new();
    for (fact, words) in REGISTRY {
        for (key, word) in words.iter().enumerate() {
            if let Some(i) = patterns.iter().position(|p| p == word) {
                owners[i].push((fact, key));
            } else {
                patterns.push(word);
                owners.push(vec![(fact, key)]);
            }
        }
    }
    // A full DFA: the automaton runs over every prose byte of every page, and overlapping
    // search cannot use the prefilters that make the default choice fast.
    let words = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("trigger words are plain strings");
    Automaton { words, owners }
});

/// The trigger words found in one passage, by fact then position.
#[derive(Clone, Debug, Default)]
pub(crate) struct Triggers {
    found: Box<[Trigger]>,
}

impl Triggers {
    /// Scan folded text once for the trigger words of every fact.
    pub(crate) fn scan(folded: &str) -> Self {
        let automaton = &*AUTOMATON;
        let mut found: Vec<Trigger> = Vec::new();
        let bytes = folded.as_bytes();
        for m in automaton.words.find_overlapping_iter(folded) {
            let word_start = m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric();
            for &(fact, key) in &automaton.owners[m.pattern().as_usize()] {
                if AT_WORD_START[fact as usize] && !word_start {
                    continue;
                }
                found.push(Trigger {
                    start: m.start(),
                    end: m.end(),
                    key,
                    fact,
                });
            }
        }
        found.sort_unstable_by_key(|t| (t.fact, t.start, t.end, t.key));
        Self {
            found: found.into_boxed_slice(),
        }
    }

    /// The triggers of `fact`, by position.
    pub(crate) fn of(&self, fact: Fact) -> &[Trigger] {
        let from = self.found.partition_point(|t| t.fact < fact);
        let to = self.found.partition_point(|t| t.fact <= fact);
        &self.found[from..to]
    }
}

/// A piece of text as every fact reads it: as written, folded, with its triggers found.
#[derive(Clone, Copy)]
pub(crate) struct Passage<'a> {
    pub(crate) text: &'a str,
    pub(crate) folded: &'a Folded,
    pub(crate) triggers: &'a Triggers,
    pub(crate) sentences: &'a [Sentence],
    pub(crate) origin: Origin,
}

impl<'a> Passage<'a> {
    /// Run `find` over the lines of this passage that hold a trigger of `fact` (joined by
    /// line breaks when they are not the whole passage, and folded), mapping its hits back
    /// to offsets in the passage; not at all when `fact` has no trigger here. Most blocks
    /// are one line: `find` then reads the passage's own folding.
    pub(crate) fn on_trigger_lines<T>(
        &self,
        fact: Fact,
        find: impl FnOnce(&str, &Folded) -> Vec<Hit<T>>,
    ) -> Vec<Hit<T>> {
        let mut windows = Vec::new();
        for t in self.triggers.of(fact) {
            add_window(self.text, self.folded.original(t.start), &mut windows);
        }
        let text = self.text;
        on_given_windows(text, &windows, |window| {
            if std::ptr::eq(window, text) {
                find(window, self.folded)
            } else {
                find(window, &Folded::new(window))
            }
        })
    }

    /// The sentence holding the first occurrence of `needle`, as written and folded; the
    /// whole passage when `needle` is not in it or falls between sentences.
    pub(crate) fn sentence_around(&self, needle: &str) -> (&'a str, &'a str) {
        let whole = (self.text, self.folded.text.as_str());
        let Some(at) = self.text.find(needle) else {
            return whole;
        };
        self.sentences
            .iter()
            .find(|s| s.start <= at && at < s.end)
            .map_or(whole, |s| {
                (
                    &self.text[s.start..s.end],
                    &self.folded.text[s.folded_start..s.folded_end],
                )
            })
    }
}

/// Text folded, split into sentences and scanned once.
#[derive(Default)]
pub(crate) struct Scanned {
    pub(crate) folded: Folded,
    pub(crate) triggers: Triggers,
    /// The sentences ([`crate::text::sentences`]): original and folded byte ranges.
    pub(crate) sentences: Box<[Sentence]>,
}

/// One sentence of a passage, as byte ranges of the original text and of its folding.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Sentence {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) folded_start: usize,
    pub(crate) folded_end: usize,
}

impl Scanned {
    pub(crate) fn new(text: &str) -> Self {
        let folded = Folded::new(text);
        let triggers = Triggers::scan(&folded.text);
        // Folding maps each character on its own, so the folding of a sentence is the slice
        // of the passage's folding between the images of its ends.
        let sentences = crate::text::sentences(text)
            .into_iter()
            .map(|(start, end)| Sentence {
                start,
                end,
                folded_start: folded.folded_offset(start),
                folded_end: folded.folded_offset(end),
            })
            .collect();
        Self {
            folded,
            triggers,
            sentences,
        }
    }

    pub(crate) fn passage<'a>(&'a self, text: &'a str, origin: Origin) -> Passage<'a> {
        Passage {
            text,
            folded: &self.folded,
            triggers: &self.triggers,
            sentences: &self.sentences,
            origin,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_in_fact_order() {
        for (i, (fact, words)) in REGISTRY.iter().enumerate() {
            assert_eq!(*fact as usize, i);
            assert!(!words.is_empty(), "{fact:?} has no trigger word");
            for w in *words {
                assert_eq!(crate::text::fold(w), *w, "trigger words are folded: {w}");
            }
        }
    }

    #[test]
    fn shared_words_trigger_every_fact_they_stand_for() {
        let text = "une presence sur site et un stage de 6 mois";
        let t = Triggers::scan(text);
        for fact in [Fact::Place, Fact::Remote, Fact::Contract] {
            assert!(!t.of(fact).is_empty(), "{fact:?}");
        }
        assert!(t.of(Fact::Languages).is_empty());
        let at = text.find("stage").unwrap();
        for fact in [Fact::Contract, Fact::Place] {
            let hit = t.of(fact).iter().find(|t| t.start == at).unwrap();
            assert_eq!(hit.end, at + "stage".len());
        }
        let contract = t.of(Fact::Contract).iter().find(|t| t.start == at).unwrap();
        assert_eq!(contract::TRIGGERS[contract.key], "stage");
    }

    #[test]
    fn trigger_lines_map_back_to_the_passage() {
        // The trigger is on the second line, after accented text: the rule reads that line
        // alone, and its hit points at the original bytes.
        let text = "Déjà 3 ans d'expérience, à Paris.\nUne équipe de 4 personnes.";
        let scanned = Scanned::new(text);
        let p = scanned.passage(text, Origin::Body);
        let mut seen = Vec::new();
        p.on_trigger_lines(Fact::TeamSize, |window, _| -> Vec<Hit<()>> {
            seen.push(window.to_owned());
            Vec::new()
        });
        assert_eq!(seen, ["Une équipe de 4 personnes.\n"]);
        let hits = team_size::find_team_size_in(&p);
        assert_eq!(hits.iter().map(|h| h.value).collect::<Vec<_>>(), [4]);
        let line_two = text.find("Une").unwrap();
        assert!(hits[0].start >= line_two && text[hits[0].start..hits[0].end].contains('4'));
        let hits = p.on_trigger_lines(Fact::Languages, |_, _| -> Vec<Hit<()>> {
            panic!("no language trigger here")
        });
        assert!(hits.is_empty());
    }
}
