//! Checks shared by the fuzz targets.

use offres::Value;

/// Value equality where NaN equals NaN: a page may say `.nan`, and reading it twice
/// must still count as the same value.
pub fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => {
            x.to_bits() == y.to_bits() || (x.is_nan() && y.is_nan())
        }
        (Value::List(xs), Value::List(ys)) => {
            xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| same_value(x, y))
        }
        (Value::Map(xs), Value::Map(ys)) => {
            xs.len() == ys.len()
                && xs
                    .iter()
                    .zip(ys)
                    .all(|((kx, x), (ky, y))| kx == ky && same_value(x, y))
        }
        _ => a == b,
    }
}

/// Whether `value` holds a NaN anywhere (NaN is not equal to itself, so derived
/// `PartialEq` comparisons of anything holding one fail).
pub fn has_nan(value: &Value) -> bool {
    match value {
        Value::Float(f) => f.is_nan(),
        Value::List(items) => items.iter().any(has_nan),
        Value::Map(entries) => entries.iter().any(|(_, v)| has_nan(v)),
        _ => false,
    }
}

/// Properties whose value is RFC 5545 TEXT: `\`, `;`, `,` and newlines must be escaped.
const TEXT_PROPERTIES: &[&str] = &["SUMMARY", "DESCRIPTION", "LOCATION", "NAME", "X-WR-CALNAME"];

/// A structural check of an iCalendar file as RFC 5545 writes it: CRLF line ends, lines
/// of at most 75 octets, folded lines starting with a space, each unfolded line a
/// `NAME[;PARAM=VALUE]*:VALUE` content line without control characters, TEXT values
/// escaped, `BEGIN`/`END` balanced and nested in a `VCALENDAR`, and the properties a
/// calendar and an event must have.
pub fn check_ics(ics: &str) -> Result<(), String> {
    let body = ics
        .strip_suffix("\r\n")
        .ok_or("the file does not end with CRLF")?;
    let mut logical: Vec<String> = Vec::new();
    for (n, line) in body.split("\r\n").enumerate() {
        if line.contains(['\r', '\n']) {
            return Err(format!("line {}: a bare CR or LF", n + 1));
        }
        if line.len() > 75 {
            return Err(format!("line {}: {} octets, over 75", n + 1, line.len()));
        }
        if let Some(rest) = line.strip_prefix([' ', '\t']) {
            let last = logical
                .last_mut()
                .ok_or("the first line is a continuation")?;
            last.push_str(rest);
        } else {
            logical.push(line.to_owned());
        }
    }
    let mut stack: Vec<String> = Vec::new();
    let mut seen: Vec<Vec<String>> = Vec::new();
    for (n, line) in logical.iter().enumerate() {
        let (name, params, value) =
            split_content_line(line).map_err(|e| format!("{e}: {line:?}"))?;
        if let Some(c) = value.chars().find(|&c| c.is_control() && c != '\t') {
            return Err(format!("control character {c:?} in {line:?}"));
        }
        if TEXT_PROPERTIES.contains(&name) {
            check_text(value).map_err(|e| format!("{e}: {line:?}"))?;
        }
        match name {
            "BEGIN" => {
                if n == 0 && value != "VCALENDAR" {
                    return Err("the file does not begin with BEGIN:VCALENDAR".into());
                }
                if n > 0 && stack.is_empty() {
                    return Err(format!("BEGIN:{value} outside the VCALENDAR"));
                }
                stack.push(value.to_owned());
                seen.push(Vec::new());
            }
            "END" => {
                let open = stack
                    .pop()
                    .ok_or_else(|| format!("END:{value} without BEGIN"))?;
                if open != value {
                    return Err(format!("BEGIN:{open} closed by END:{value}"));
                }
                let names = seen.pop().unwrap_or_default();
                let required: &[&str] = match value {
                    "VCALENDAR" => &["VERSION", "PRODID"],
                    "VEVENT" => &["UID", "DTSTAMP", "DTSTART"],
                    "VTIMEZONE" => &["TZID"],
                    _ => &[],
                };
                for r in required {
                    if !names.iter().any(|n| n == r) {
                        return Err(format!("{value} without {r}"));
                    }
                }
                if stack.is_empty() && n + 1 != logical.len() {
                    return Err("content after END:VCALENDAR".into());
                }
            }
            _ => {
                let names = seen
                    .last_mut()
                    .ok_or_else(|| format!("property {name} outside any component"))?;
                names.push(name.to_owned());
                if name == "RRULE" {
                    check_rrule(value).map_err(|e| format!("{e}: {line:?}"))?;
                }
                if name == "URL" && value.chars().any(char::is_whitespace) {
                    return Err(format!("URL with white space: {line:?}"));
                }
                if params.contains('"') && params.matches('"').count() % 2 == 1 {
                    return Err(format!("unbalanced quote in parameters: {line:?}"));
                }
            }
        }
    }
    if !stack.is_empty() {
        return Err(format!("never closed: {stack:?}"));
    }
    if logical.is_empty() {
        return Err("empty file".into());
    }
    Ok(())
}

/// `NAME;PARAM=VALUE:VALUE` → (name, parameters, value); the first `:` outside a quoted
/// parameter value ends the parameters.
fn split_content_line(line: &str) -> Result<(&str, &str, &str), &'static str> {
    let mut quoted = false;
    let mut colon = None;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => {
                colon = Some(i);
                break;
            }
            _ => {}
        }
    }
    let colon = colon.ok_or("no ':' in the content line")?;
    let head = &line[..colon];
    let (name, params) = head.split_once(';').unwrap_or((head, ""));
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err("the property name is not a name");
    }
    if !params.is_empty() {
        for param in params.split(';') {
            let (pname, _) = param.split_once('=').ok_or("a parameter without '='")?;
            if pname.is_empty() || !pname.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                return Err("a parameter name is not a name");
            }
        }
    }
    Ok((name, params, &line[colon + 1..]))
}

/// RFC 5545 TEXT: a backslash only before `\`, `;`, `,`, `n` or `N`; no bare `;` or `,`.
fn check_text(value: &str) -> Result<(), &'static str> {
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\\' | ';' | ',' | 'n' | 'N') => {}
                _ => return Err("a backslash that escapes nothing"),
            },
            ';' | ',' => return Err("an unescaped ';' or ','"),
            _ => {}
        }
    }
    Ok(())
}

/// An RRULE is `FREQ=…` and more `NAME=VALUE` parts, separated by `;`.
fn check_rrule(value: &str) -> Result<(), &'static str> {
    let mut has_freq = false;
    for part in value.split(';') {
        let (name, v) = part.split_once('=').ok_or("an RRULE part without '='")?;
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_uppercase()) {
            return Err("an RRULE part name is not upper-case letters");
        }
        if v.is_empty()
            || !v
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, ',' | '-' | '+'))
        {
            return Err("an RRULE value has unexpected characters");
        }
        has_freq |= name == "FREQ";
    }
    if has_freq {
        Ok(())
    } else {
        Err("an RRULE without FREQ")
    }
}

#[cfg(test)]
mod tests {
    use super::check_ics;

    #[test]
    fn the_checker_accepts_a_calendar_and_refuses_broken_ones() {
        let good = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\n\
                    DTSTAMP:19700101T000000Z\r\nDTSTART:20240101T100000\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\n\
                    SUMMARY:a\\, b\r\n long\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assert_eq!(check_ics(good), Ok(()));
        for bad in [
            good.replace("\r\n", "\n"),
            good.replace("SUMMARY:a\\, b", "SUMMARY:a, b"),
            good.replace("END:VEVENT\r\n", ""),
            good.replace("UID:1\r\n", ""),
            good.replace("SUMMARY:a\\, b", &format!("SUMMARY:{}", "x".repeat(80))),
            good.replace("FREQ=WEEKLY", "WEEKLY"),
        ] {
            assert!(check_ics(&bad).is_err(), "{bad:?}");
        }
    }
}
