//! Plain YAML scalars, typed by one documented rule: the YAML 1.2 core schema.
//!
//! Eleventy's and Hugo's readers follow YAML 1.2, and so do we, whichever reader (the
//! fast path or serde-saphyr) found the scalar:
//!
//! | written | read as |
//! | --- | --- |
//! | empty, `~`, `null`, `Null`, `NULL` | null |
//! | `true`, `True`, `TRUE`, `false`, `False`, `FALSE` | a boolean |
//! | `[-+]?[0-9]+` (`017` is 17: 1.2 has no implicit octal), `0o17`, `0x1F` | an integer; text when beyond 64 bits |
//! | `1.5`, `.5`, `-5.`, `1e3`, `1.5E-3` | a float |
//! | `.inf`, `-.inf`, `+.inf`, `.nan` (and their `.Inf`/`.INF`, `.NaN`/`.NAN` spellings) | a non-finite float |
//! | anything else: `yes`, `no`, `on`, `off`, `y`, `n`, `1_000`, `0b101`, `0X1F`, `-0x1F`, `1:30`, `2024-03-06` | text |
//!
//! Quoted and block scalars are always text. A key is always its text (`on:` is the key
//! `"on"`, never `true`). Where a YAML 1.1 reader (Jekyll's, PyYAML) would read a plain
//! scalar otherwise (`yes` as true, `017` as 15, `1_000` as 1000, `1:30` as 90), an info
//! diagnostic says so; timestamps are not reported, dates being kept as text anyway.

use super::value::Value;
use crate::diagnostic::{Diagnostic, DiagnosticCode, Severity, quote};

/// The value of the plain scalar `text` (already trimmed), by the YAML 1.2 core schema.
pub(crate) fn core_value(text: &str) -> Value {
    // Most values are words: text, known from their first letter.
    if !text.starts_with(|c: char| {
        matches!(
            c,
            '-' | '+' | '.' | '0'..='9' | '~' | 'n' | 'N' | 't' | 'T' | 'f' | 'F'
        )
    }) && !text.is_empty()
    {
        return Value::String(text.to_owned());
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        ".nan" | ".NaN" | ".NAN" => return Value::Float(f64::NAN),
        _ => {}
    }
    let bytes = text.as_bytes();
    // Everything typed starts with a sign, a digit or a dot: the rest is text at once.
    if !matches!(bytes[0], b'-' | b'+' | b'.' | b'0'..=b'9') {
        return Value::String(text.to_owned());
    }
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") {
        return Value::Float(if text.starts_with('-') {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if !unsigned.is_empty() && unsigned.bytes().all(|b| b.is_ascii_digit()) {
        return text
            .parse::<i64>()
            .map_or_else(|_| Value::String(text.to_owned()), Value::Integer);
    }
    let radix = |prefix: &str, radix: u32, digit: fn(&u8) -> bool| {
        let digits = text.strip_prefix(prefix)?;
        (!digits.is_empty() && digits.as_bytes().iter().all(digit)).then(|| {
            i64::from_str_radix(digits, radix)
                .map_or_else(|_| Value::String(text.to_owned()), Value::Integer)
        })
    };
    if let Some(v) = radix("0o", 8, |b| (b'0'..=b'7').contains(b)) {
        return v;
    }
    if let Some(v) = radix("0x", 16, u8::is_ascii_hexdigit) {
        return v;
    }
    if is_core_float(unsigned) {
        // Overflowing literals (`1e999`) are infinite, as YAML readers make them.
        if let Ok(f) = text.parse::<f64>() {
            return Value::Float(f);
        }
    }
    Value::String(text.to_owned())
}

/// `( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`, the sign already removed.
fn is_core_float(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |mut i: usize| {
        let start = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        (i, i - start)
    };
    let (mut i, whole) = digits(0);
    if i < b.len() && b[i] == b'.' {
        let (j, fraction) = digits(i + 1);
        if whole == 0 && fraction == 0 {
            return false;
        }
        i = j;
    } else if whole == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
            i += 1;
        }
        let (j, exponent) = digits(i);
        if exponent == 0 {
            return false;
        }
        i = j;
    }
    i == b.len()
}

/// The text of a typed scalar when printing its value would not give it back (`017`,
/// `0.10`, `1e3`, `~`, `True`); `None` for text and for values printed as written.
pub(crate) fn written(value: &Value, text: &str) -> Option<String> {
    let as_printed = match value {
        Value::Null => matches!(text, "" | "null"),
        Value::Bool(true) => text == "true",
        Value::Bool(false) => text == "false",
        // Decimal digits, no sign but `-`, no leading zero: the way an integer prints.
        Value::Integer(_) => {
            let digits = text.strip_prefix('-').unwrap_or(text);
            !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && (digits == "0" || !digits.starts_with('0'))
                && text != "-0"
        }
        // The JSON form, what `--document` shows (non-finite floats as `.inf`…).
        Value::Float(_) => serde_json::to_string(value)
            .ok()
            .is_some_and(|printed| printed.trim_matches('"') == text),
        Value::String(_) | Value::List(_) | Value::Map(_) => return None,
    };
    (!as_printed).then(|| text.to_owned())
}

/// How a YAML 1.1 reader types a plain scalar, as far as it differs from text.
#[derive(Debug, PartialEq)]
enum Yaml11 {
    Null,
    Bool(bool),
    Integer(i128),
    Float(f64),
    Text,
}

fn yaml11(text: &str) -> Yaml11 {
    // Words: only the few null and boolean words (five letters at most) are typed.
    match text.as_bytes().first() {
        None | Some(b'-' | b'+' | b'.' | b'0'..=b'9' | b'~') => {}
        Some(b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'y' | b'Y' | b'o' | b'O')
            if text.len() <= 5 => {}
        Some(_) => return Yaml11::Text,
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Yaml11::Null,
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => {
            return Yaml11::Bool(true);
        }
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => {
            return Yaml11::Bool(false);
        }
        ".nan" | ".NaN" | ".NAN" => return Yaml11::Float(f64::NAN),
        _ => {}
    }
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let sign = |v: i128| if negative { -v } else { v };
    let signf = |v: f64| if negative { -v } else { v };
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") {
        return Yaml11::Float(signf(f64::INFINITY));
    }
    let number = |digits: &str, radix: u32| -> Option<i128> {
        let clean: String = digits.chars().filter(|&c| c != '_').collect();
        if clean.is_empty() {
            return (radix == 8).then_some(0);
        }
        i128::from_str_radix(&clean, radix).ok()
    };
    let all = |s: &str, ok: fn(char) -> bool| !s.is_empty() && s.chars().all(ok);
    if let Some(d) = unsigned.strip_prefix("0b")
        && all(d, |c| matches!(c, '0' | '1' | '_'))
    {
        return number(d, 2).map_or(Yaml11::Text, |v| Yaml11::Integer(sign(v)));
    }
    if let Some(d) = unsigned.strip_prefix("0x")
        && all(d, |c| c.is_ascii_hexdigit() || c == '_')
    {
        return number(d, 16).map_or(Yaml11::Text, |v| Yaml11::Integer(sign(v)));
    }
    if let Some(d) = unsigned.strip_prefix('0')
        && all(d, |c| matches!(c, '0'..='7' | '_'))
    {
        return number(d, 8).map_or(Yaml11::Text, |v| Yaml11::Integer(sign(v)));
    }
    if unsigned == "0" {
        return Yaml11::Integer(0);
    }
    if unsigned.starts_with(|c: char| matches!(c, '1'..='9')) {
        if all(unsigned, |c| c.is_ascii_digit() || c == '_') {
            return number(unsigned, 10).map_or(Yaml11::Text, |v| Yaml11::Integer(sign(v)));
        }
        if let Some(v) = sexagesimal(unsigned) {
            return Yaml11::Integer(sign(v));
        }
    }
    yaml11_float(unsigned).map_or(Yaml11::Text, |v| Yaml11::Float(signf(v)))
}

/// `[1-9][0-9_]*(:[0-5]?[0-9])+`: base 60, as in `1:30` (90).
fn sexagesimal(s: &str) -> Option<i128> {
    let mut parts = s.split(':');
    let head = parts.next()?;
    if !head.chars().all(|c| c.is_ascii_digit() || c == '_') {
        return None;
    }
    let mut value: i128 = head.replace('_', "").parse().ok()?;
    let mut any = false;
    for part in parts {
        if part.is_empty() || part.len() > 2 || !part.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let n: i128 = part.parse().ok()?;
        if n > 59 {
            return None;
        }
        value = value.checked_mul(60)?.checked_add(n)?;
        any = true;
    }
    any.then_some(value)
}

/// YAML 1.1 floats as PyYAML reads them: `[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?` or
/// `\.[0-9][0-9_]*([eE][-+][0-9]+)?`, the sign already removed (a 1.1 exponent has a sign).
fn yaml11_float(s: &str) -> Option<f64> {
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (whole, fraction) = mantissa.split_once('.')?;
    let digits = |t: &str| t.chars().all(|c| c.is_ascii_digit() || c == '_');
    let shaped = if whole.is_empty() {
        fraction.starts_with(|c: char| c.is_ascii_digit()) && digits(fraction)
    } else {
        whole.starts_with(|c: char| c.is_ascii_digit()) && digits(whole) && digits(fraction)
    };
    let exponent_ok = exponent.is_none_or(|e| {
        e.len() > 1 && e.starts_with(['-', '+']) && e[1..].chars().all(|c| c.is_ascii_digit())
    });
    if !(shaped && exponent_ok) {
        return None;
    }
    s.replace('_', "").parse().ok()
}

fn describe_core(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Integer(i) => format!("the integer {i}"),
        Value::Float(f) if f.is_nan() => "not-a-number".to_owned(),
        Value::Float(f) if f.is_infinite() => "an infinite number".to_owned(),
        Value::Float(f) => format!("the number {f:?}"),
        Value::String(_) | Value::List(_) | Value::Map(_) => "text".to_owned(),
    }
}

fn describe_11(y: &Yaml11) -> String {
    match y {
        Yaml11::Null => "null".to_owned(),
        Yaml11::Bool(b) => format!("the boolean {b}"),
        Yaml11::Integer(i) => format!("the integer {i}"),
        Yaml11::Float(f) if f.is_infinite() => "an infinite number".to_owned(),
        Yaml11::Float(f) => format!("the number {f:?}"),
        Yaml11::Text => "text".to_owned(),
    }
}

fn same(core: &Value, y: &Yaml11) -> bool {
    match (core, y) {
        (Value::Null, Yaml11::Null) | (Value::String(_), Yaml11::Text) => true,
        (Value::Bool(a), Yaml11::Bool(b)) => a == b,
        (Value::Integer(a), Yaml11::Integer(b)) => i128::from(*a) == *b,
        // The same reading, bit for bit (both readers parse the same digits).
        (Value::Float(a), Yaml11::Float(b)) => {
            a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
        }
        _ => false,
    }
}

/// An info diagnostic when a YAML 1.1 reader would type the plain scalar `text` (read
/// as `value` by the 1.2 core schema) differently; `at` gives its line, column and key
/// path, asked only when there is something to say.
pub(crate) fn value_difference(
    text: &str,
    value: &Value,
    at: impl FnOnce() -> (u32, u32, String),
) -> Option<Diagnostic> {
    let old = yaml11(text);
    if same(value, &old) {
        return None;
    }
    let read = format!(
        "the value {} is read as {} (YAML 1.2)",
        quote(text),
        describe_core(value)
    );
    Some(difference(&read, &old, at()))
}

/// The same for a plain key: keys are always their text here, and a key that YAML 1.2
/// and 1.1 type alike (`3`, `true`) is not reported; `on`, `yes`, `017` are.
pub(crate) fn key_difference(
    text: &str,
    at: impl FnOnce() -> (u32, u32, String),
) -> Option<Diagnostic> {
    let old = yaml11(text);
    // Most keys are words: text for both, found without typing the key.
    if old == Yaml11::Text && !text.starts_with(|c: char| matches!(c, '-' | '+' | '.' | '0'..='9'))
    {
        return None;
    }
    if same(&core_value(text), &old) {
        return None;
    }
    let read = format!("the key {} is kept as its text", quote(text));
    Some(difference(&read, &old, at()))
}

fn difference(read: &str, old: &Yaml11, (line, column, path): (u32, u32, String)) -> Diagnostic {
    Diagnostic::new(
        DiagnosticCode::Yaml11Typing,
        Severity::Info,
        line,
        column,
        format!(
            "{read}; a YAML 1.1 reader (Jekyll, PyYAML) would read {}",
            describe_11(old)
        ),
    )
    .with_path(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_schema_table() {
        let f = |t: &str| core_value(t);
        for null in ["", "~", "null", "Null", "NULL"] {
            assert_eq!(f(null), Value::Null, "{null}");
        }
        for text in [
            "yes",
            "no",
            "on",
            "off",
            "y",
            "n",
            "Yes",
            "NULL ",
            "nULL",
            "tRUE",
            "1_000",
            "0b101",
            "0X1F",
            "0O17",
            "-0x1F",
            "+0o7",
            "1:30",
            "2024-03-06",
            "12:00:00",
            "inf",
            "nan",
            "-.nan",
            ".",
            "-",
            "+",
            "1e",
            "e3",
            "1.2.3",
            "0x",
            "0o8",
            "--1",
            "1 000",
            "Infinity",
        ] {
            assert_eq!(f(text), Value::String(text.to_owned()), "{text}");
        }
        assert_eq!(f("True"), Value::Bool(true));
        assert_eq!(f("FALSE"), Value::Bool(false));
        assert_eq!(f("017"), Value::Integer(17));
        assert_eq!(f("-017"), Value::Integer(-17));
        assert_eq!(f("+12"), Value::Integer(12));
        assert_eq!(f("0o17"), Value::Integer(15));
        assert_eq!(f("0x1F"), Value::Integer(31));
        assert_eq!(f("0x1f"), Value::Integer(31));
        assert_eq!(f("9223372036854775807"), Value::Integer(i64::MAX));
        assert_eq!(f("-9223372036854775808"), Value::Integer(i64::MIN));
        assert_eq!(
            f("9223372036854775808"),
            Value::String("9223372036854775808".to_owned())
        );
        assert_eq!(f("1e3"), Value::Float(1000.0));
        assert_eq!(f("-.5"), Value::Float(-0.5));
        assert_eq!(f("5."), Value::Float(5.0));
        assert_eq!(f("0.10"), Value::Float(0.1));
        assert_eq!(f("1.5E-3"), Value::Float(0.0015));
        assert_eq!(f("1e999"), Value::Float(f64::INFINITY));
        assert_eq!(f(".inf"), Value::Float(f64::INFINITY));
        assert_eq!(f("+.Inf"), Value::Float(f64::INFINITY));
        assert_eq!(f("-.INF"), Value::Float(f64::NEG_INFINITY));
        assert!(matches!(f(".NaN"), Value::Float(x) if x.is_nan()));
    }

    #[test]
    fn written_only_when_printing_would_not_give_the_text_back() {
        let w = |t: &str| written(&core_value(t), t);
        for same in [
            "", "null", "true", "false", "3", "-4", "0.5", "1.0", ".inf", "-.inf",
        ] {
            assert_eq!(w(same), None, "{same}");
        }
        for kept in [
            "~", "NULL", "True", "017", "+3", "0x1F", "0.10", "1e3", "5.", ".Inf",
        ] {
            assert_eq!(w(kept).as_deref(), Some(kept), "{kept}");
        }
        assert_eq!(w("yes"), None);
    }

    #[test]
    fn yaml_1_1_differences() {
        let at = || (1, 1, "k".to_owned());
        let d = |t: &str| value_difference(t, &core_value(t), at).map(|d| d.message);
        for same in [
            "true",
            "~",
            "3",
            "0x1F",
            "1.5",
            "-.5",
            ".inf",
            "Paris",
            "2024-03-06",
        ] {
            assert_eq!(d(same), None, "{same}");
        }
        assert!(d("yes").unwrap().contains("the boolean true"));
        assert!(d("Off").unwrap().contains("the boolean false"));
        assert!(d("017").unwrap().contains("the integer 15"));
        assert!(d("019").unwrap().contains("would read text"));
        assert!(d("1_000").unwrap().contains("the integer 1000"));
        assert!(d("0b101").unwrap().contains("the integer 5"));
        assert!(d("10:00").unwrap().contains("the integer 600"));
        assert!(d("0o17").unwrap().contains("would read text"));
        assert!(d("1e3").unwrap().contains("would read text"));
        assert!(d("1.5e+3").is_none());
        let key = key_difference("on", || (2, 1, "on".to_owned())).unwrap();
        assert!(
            key.message
                .starts_with("the key \"on\" is kept as its text")
        );
        assert!(key.message.ends_with("would read the boolean true"));
        assert_eq!((key.line, key.path.as_deref()), (2, Some("on")));
        for quiet in ["title", "3", "true", "2020", "date de début"] {
            assert!(
                key_difference(quiet, || (1, 1, String::new())).is_none(),
                "{quiet}"
            );
        }
        assert!(key_difference("017", || (1, 1, String::new())).is_some());
    }
}
