//! Headings written without a space after the hashes (`###Titre`).

/// Finds lines like `###Titre` (no space after the hashes, outside fenced code) and
/// returns a copy of `body` with a space inserted after the hashes, plus the
/// positions of the inserted spaces in the copy. `None` when there is none.
///
/// A single `#` counts only before a letter and when the rest of the line has no
/// other `#`, so that hashtags (`#opendata #etalab`) and numbers (`#1 du
/// classement`) stay text.
pub(super) fn fix_atx(body: &str) -> Option<(String, Vec<usize>)> {
    let b = body.as_bytes();
    let at_line_start = |i: usize| i == 0 || b[i - 1] == b'\n';
    let needs_space = |i: usize| {
        let n = b[i..].iter().take(7).take_while(|&&c| c == b'#').count();
        let line_end = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |k| i + k);
        (1..=6).contains(&n)
            && b.get(i + n)
                .is_some_and(|&c| !matches!(c, b'#' | b' ' | b'\t' | b'\n' | b'\r'))
            && (n > 1
                || (b[i + 1].is_ascii_alphabetic() || b[i + 1] >= 0x80)
                    && memchr::memchr(b'#', &b[i + 1..line_end]).is_none())
    };
    let mut cands: Vec<usize> = memchr::memchr_iter(b'#', b)
        .filter(|&i| at_line_start(i) && needs_space(i))
        .collect();
    if cands.is_empty() {
        return None;
    }
    // Drop candidates inside fenced code blocks.
    let mut fence: Option<(u8, usize)> = None;
    let mut keep = Vec::with_capacity(cands.len());
    let mut next = cands.iter().copied().peekable();
    let mut start = 0;
    while start < b.len() && next.peek().is_some() {
        let end = memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |k| start + k);
        let line = &b[start..end];
        let indent = line.iter().take(4).take_while(|&&c| c == b' ').count();
        let t = &line[indent.min(3)..];
        let run = |c: u8| t.iter().take_while(|&&x| x == c).count();
        match fence {
            Some((c, len)) => {
                if indent < 4 && run(c) >= len && t[run(c)..].iter().all(u8::is_ascii_whitespace) {
                    fence = None;
                }
            }
            None if indent < 4 && (run(b'`') >= 3 || run(b'~') >= 3) => {
                let c = t[0];
                fence = Some((c, run(c)));
            }
            None => {
                if next.peek() == Some(&start) {
                    keep.push(start);
                }
            }
        }
        while next.peek().is_some_and(|&i| i <= start) {
            next.next();
        }
        start = end + 1;
    }
    cands = keep;
    if cands.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(body.len() + cands.len());
    let mut ins = Vec::with_capacity(cands.len());
    let mut last = 0;
    for (k, &i) in cands.iter().enumerate() {
        let after = i + b[i..].iter().take_while(|&&c| c == b'#').count();
        out.push_str(&body[last..after]);
        ins.push(after + k);
        out.push(' ');
        last = after;
    }
    out.push_str(&body[last..]);
    Some((out, ins))
}
