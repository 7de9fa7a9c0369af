//! The one tester every fact's phrase tables go through.
//!
//! Each fact keeps, beside its rule, a table of phrases it must read (with the value it
//! must give) and a table of near-misses it must read nothing in. The tester runs both,
//! checks what every rule owes the engine (a phrase it reads holds one of its trigger
//! words, so the shared automaton sends the phrase to it), and reports every failing row at
//! once rather than stopping at the first.

use std::fmt::Debug;

use super::{Fact, Triggers};
use crate::text::fold;

/// Check a fact's rule against its tables.
///
/// `read` gives what the rule reads in a phrase (its first finding, projected to a value
/// that is easy to write in a table), or `None`. A table may write a value in a borrowed
/// form of what `read` gives (`"2021-09"` for a `String`, `&["en", "fr"]` for a
/// `Vec<String>`). With `fact`, every phrase of `pass` must also hold one of that fact's
/// triggers.
pub(crate) fn test_rule<V, W>(
    name: &str,
    fact: Option<Fact>,
    read: impl Fn(&str) -> Option<V>,
    pass: &[(&str, W)],
    fail: &[&str],
) where
    V: PartialEq<W> + Debug,
    W: Debug,
{
    let mut errors = Vec::new();
    for (phrase, want) in pass {
        match read(phrase) {
            Some(got) if got == *want => {}
            got => errors.push(format!("must read {want:?} in {phrase:?}, read {got:?}")),
        }
        if let Some(fact) = fact
            && Triggers::scan(&fold(phrase)).of(fact).is_empty()
        {
            errors.push(format!("{phrase:?} holds no trigger word of {fact:?}"));
        }
    }
    for phrase in fail {
        if let Some(got) = read(phrase) {
            errors.push(format!("must read nothing in {phrase:?}, read {got:?}"));
        }
    }
    assert!(
        errors.is_empty(),
        "{name}: {} of {} rows fail:\n  {}",
        errors.len(),
        pass.len() + fail.len(),
        errors.join("\n  ")
    );
}

#[test]
fn failing_rows_are_all_reported() {
    let read = |s: &str| s.strip_prefix("n=").and_then(|n| n.parse::<u8>().ok());
    let outcome = std::panic::catch_unwind(|| {
        test_rule("demo", None, read, &[("n=1", 1), ("n=2", 3)], &["x", "n=4"]);
    });
    let message = outcome.expect_err("two rows fail");
    let message = message
        .downcast_ref::<String>()
        .expect("a formatted message");
    assert!(message.contains("2 of 4 rows fail"), "{message}");
    assert!(message.contains("must read 3 in \"n=2\", read Some(2)"));
    assert!(message.contains("must read nothing in \"n=4\", read 4"));
    test_rule("demo", None, read, &[("n=1", 1)], &["x"]);
}

#[test]
fn tables_may_write_borrowed_values() {
    let read = |s: &str| (!s.is_empty()).then(|| s.split(' ').map(str::to_owned).collect());
    let pass: &[(&str, &[&str])] = &[("en fr", &["en", "fr"]), ("de", &["de"])];
    test_rule::<Vec<String>, _>("demo", None, read, pass, &[""]);
    let outcome = std::panic::catch_unwind(|| {
        test_rule::<Vec<String>, _>("demo", None, read, &[("en fr", &["fr", "en"][..])], &[]);
    });
    let message = outcome.expect_err("the order differs");
    let message = message
        .downcast_ref::<String>()
        .expect("a formatted message");
    assert!(
        message.contains(r#"must read ["fr", "en"] in "en fr""#),
        "{message}"
    );
}
