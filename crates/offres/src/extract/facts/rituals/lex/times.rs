//! Clock times and time ranges ("10h30", "de 10h à 11h", "3pm").

use time::Time;

use super::tokens::Lexed;
use super::vocab::{abbrev_weekday, weekday_word};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// "16h", "16 h 30", "15 heures", "midi".
    H,
    /// "10:30".
    Colon,
    /// "10.30".
    Dot,
    /// "10am", "3 p.m.".
    AmPm,
    /// A number alone ("de 14 à 16h").
    Bare,
}

#[derive(Clone, Copy)]
struct Clock {
    h: u8,
    m: u8,
    form: Form,
    pm: Option<bool>,
}

impl Clock {
    fn time(self) -> Option<Time> {
        let h = match self.pm {
            Some(_) if !(1..=12).contains(&self.h) => return None,
            Some(true) if self.h < 12 => self.h + 12,
            Some(false) if self.h == 12 => 0,
            _ => self.h,
        };
        Time::from_hms(h, self.m, 0).ok()
    }
}

/// A clock time at token `i` and the token after it.
fn clock(lx: &Lexed, i: usize) -> Option<(Clock, usize)> {
    let named = match lx.w(i) {
        "midi" | "noon" => Some(12),
        "minuit" | "midnight" => Some(0),
        _ => None,
    };
    if let Some(hour) = named {
        // "après-midi", "Midi-Pyrénées"
        let apres = i.checked_sub(1).is_some_and(|b| lx.p(b, b'-')) && lx.prev(i, 2) == "apres";
        return (!apres && !lx.p(i + 1, b'-')).then_some((
            Clock {
                h: hour,
                m: 0,
                form: Form::H,
                pm: None,
            },
            i + 1,
        ));
    }
    let hour = u8::try_from(lx.n(i)?)
        .ok()
        .filter(|&h| h <= 24 && lx.digits(i) <= 2)?;
    let mut clk = Clock {
        h: hour,
        m: 0,
        form: Form::Bare,
        pm: None,
    };
    let mut next = i + 1;
    let minutes = |k: usize| {
        lx.n(k)
            .filter(|&m| m < 60 && lx.digits(k) == 2)
            .and_then(|m| u8::try_from(m).ok())
    };
    if ["h", "heure", "heures", "hr", "hrs"].contains(&lx.w(next)) {
        (clk.form, next) = (Form::H, next + 1);
        if let Some(m) = minutes(next) {
            (clk.m, next) = (m, next + 1);
        }
    } else if (lx.p(next, b':') || lx.p(next, b'.'))
        && !lx.sp(next)
        && !lx.sp(next + 1)
        && let Some(m) = minutes(next + 1)
    {
        clk.form = if lx.p(next, b':') {
            Form::Colon
        } else {
            Form::Dot
        };
        (clk.m, next) = (m, next + 2);
    }
    if clk.form != Form::H {
        let w = lx.w(next);
        if w == "am" || w == "pm" {
            (clk.pm, next) = (Some(w == "pm"), next + 1);
        } else if (w == "a" || w == "p") && lx.p(next + 1, b'.') && lx.w(next + 2) == "m" {
            (clk.pm, next) = (
                Some(w == "p"),
                next + if lx.p(next + 3, b'.') { 4 } else { 3 },
            );
        }
        if clk.pm.is_some() {
            clk.form = Form::AmPm;
        }
    }
    (clk.time().is_some() && !(clk.form == Form::H && hour == 24)).then_some((clk, next))
}

/// The end of a range after a start time: "à 17h", "-17h", "to 3pm", "et 15h".
fn range_end(lx: &Lexed, j: usize, between: bool, start: Clock) -> Option<(Clock, usize)> {
    let k = match lx.w(j) {
        "a" | "to" | "until" | "till" => j + 1,
        "et" | "and" if between => j + 1,
        "jusqu" if lx.p(j + 1, b'\'') && lx.w(j + 2) == "a" => j + 3,
        _ if lx.p(j, b'-') => j + 1,
        _ => return None,
    };
    let (end, next) = clock(lx, k)?;
    let ok = match end.form {
        Form::Bare => matches!(start.form, Form::H | Form::Colon) && end.h > start.h,
        Form::Dot => start.form != Form::Bare,
        _ => true,
    };
    ok.then_some((end, next))
}

/// Start, end, and the token after.
type Span = (Option<Time>, Option<Time>, usize);

fn range(lx: &Lexed, mut first: Clock, second: Clock, next: usize) -> Option<Span> {
    if first.pm.is_none() && second.pm == Some(true) && first.h < 12 && first.h < second.h {
        first.pm = Some(true); // "2-3pm"
    }
    let ok = !lx.p(next, b'/');
    ok.then_some((Some(first.time()?), Some(second.time()?), next))
}

/// After a single time: "16h de formation", "35h par semaine", "24h/24" are not clock times.
fn single_ok(lx: &Lexed, next: usize) -> bool {
    let w = lx.w(next);
    let of = (w == "de" || w == "d") && lx.n(next + 1).is_none() && lx.w(next + 1) != "midi";
    !(lx.p(next, b'/')
        || of
        || ["par", "per", "minimum", "maximum", "max", "environ"].contains(&w)
        || w.starts_with("hebdo"))
}

/// Words that can introduce a time.
#[rustfmt::skip]
pub(super) const TIME_INTRO: &[&str] = &[
    "de", "from", "entre", "between", "a", "des", "vers", "at", "around", "jusqu", "until",
    "till", "midi", "noon", "minuit", "midnight", "starting",
];

/// A time or a time range starting at token `i` (with its introducing word, if any).
pub(super) fn time_at(lx: &Lexed, i: usize, from: usize) -> Option<Span> {
    let w = lx.w(i);
    let single = |c: Clock, after: usize, start: bool| {
        (c.form != Form::Bare && single_ok(lx, after)).then(|| {
            let t = c.time();
            if start {
                (t, None, after)
            } else {
                (None, t, after)
            }
        })
    };
    match w {
        "de" | "from" | "entre" | "between" => {
            let (first, after) = clock(lx, i + 1)?;
            if let Some((second, end)) = range_end(lx, after, w == "entre" || w == "between", first)
            {
                return range(lx, first, second, end);
            }
            single(first, after, true).filter(|_| w == "from")
        }
        "a" | "starting" if ["partir", "from", "at"].contains(&lx.w(i + 1)) => {
            let k = if lx.w(i + 2) == "de" { i + 3 } else { i + 2 };
            let (first, after) = clock(lx, k)?;
            single(first, after, true)
        }
        "jusqu" | "until" | "till" => {
            let apostrophe = lx.p(i + 1, b'\'') && lx.w(i + 2) == "a";
            let k = match w {
                "jusqu" if apostrophe => i + 3,
                "jusqu" => return None,
                _ => i + 1,
            };
            let (second, after) = clock(lx, k)?;
            single(second, after, false)
        }
        "a" | "des" | "vers" | "at" | "around" => {
            let (first, after) = clock(lx, i + 1)?;
            if let Some((second, end)) = range_end(lx, after, false, first) {
                return range(lx, first, second, end);
            }
            single(first, after, true)
        }
        _ => {
            let (first, after) = clock(lx, i)?;
            if let Some((second, end)) = range_end(lx, after, false, first) {
                return range(lx, first, second, end);
            }
            let mut back = i.checked_sub(1);
            if back.is_some_and(|b| lx.p(b, b',')) {
                back = back.and_then(|b| b.checked_sub(1));
            }
            let after_day = back.is_some_and(|b| {
                weekday_word(lx.w(b)).is_some()
                    || (lx.p(b, b'.') && abbrev_weekday(lx.prev(b, 1)).is_some())
                    || ["matin", "soir", "morning"].contains(&lx.w(b))
            });
            let ok = match first.form {
                Form::Colon | Form::AmPm => true,
                Form::H => after_day || i == from,
                Form::Dot | Form::Bare => false,
            };
            let duration = [
                "en", "pendant", "durant", "for", "in", "les", "ou", "or", "de", "d",
            ]
            .contains(&lx.prev(i, 1));
            single(first, after, true).filter(|_| ok && !duration)
        }
    }
}
