//! The end of the pass: bold pseudo-headings, block trimming, section nesting, and
//! the scan of block texts for bare URLs and e-mail addresses.

use super::{Builder, Probe, Seg};
use crate::document::body::{
    BOLD_LEVEL, Block, BlockKind, Body, Email, EmailSource, Excerpt, HeadingKind, Link, LinkKind,
    Section, scan,
};
use crate::document::span::LineSpan;

/// Longest bold line (in characters) still taken for a heading.
const MAX_BOLD_TITLE: usize = 80;

impl Builder<'_> {
    /// Turns the paragraph `p` (the last block) into a bold heading, or splits off its
    /// first line as one, when the probe says it qualifies.
    pub(super) fn bold_heading(&mut self, p: usize) {
        let (at, strong) = match self.probe {
            Probe::After { strong } => (None, strong),
            Probe::Split { at, strong } => (Some(at), strong),
            _ => return,
        };
        if p + 1 != self.blocks.len() {
            return;
        }
        let head = &self.blocks[p].text[..at.unwrap_or(self.blocks[p].text.len())];
        let head = head.trim();
        let qualifies = !head.is_empty()
            && head.chars().count() <= MAX_BOLD_TITLE
            && !head.ends_with(['.', ',', ';'])
            && (strong || head.ends_with(['?', ':']));
        if !qualifies {
            return;
        }
        let title = title_of(head);
        if title.is_empty() {
            return;
        }
        if let Some(at) = at {
            self.split_paragraph(p, at);
        }
        let index = self.sections.len();
        let span = self.blocks[p].span;
        self.sections.push(Section {
            title,
            level: BOLD_LEVEL,
            kind: HeadingKind::Bold,
            span,
            heading_line: span.start,
            heading_block: p,
            blocks: 0..0,
            parent: None,
        });
        self.cur_section = Some(index);
        self.blocks[p].kind = BlockKind::Heading;
        for b in &mut self.blocks[p..] {
            b.section = Some(index);
        }
    }

    /// Splits paragraph `p` (the last block) at the line break at text offset `at`:
    /// the first line stays in `p`, the rest becomes block `p + 1`.
    fn split_paragraph(&mut self, p: usize, at: usize) {
        let rest_start = at + 1;
        let rest_shift = u32::try_from(rest_start).unwrap_or(u32::MAX);
        let head = &mut self.blocks[p];
        let mut rest_text = head.text.split_off(at.min(head.text.len()));
        if rest_text.starts_with('\n') {
            rest_text.remove(0);
        }
        let rest_line = head.line_of(rest_start);
        let mut rest_starts = Vec::new();
        for &(off, line) in &head.line_starts {
            if off > rest_shift {
                if rest_starts.is_empty() {
                    rest_starts.push((0, rest_line));
                }
                rest_starts.push((off - rest_shift, line));
            }
        }
        let end = head.span.end;
        head.span = LineSpan::new(head.span.start, head.line_of(at.saturating_sub(1)));
        head.line_starts.retain(|&(off, _)| (off as usize) < at);
        let rest = Block {
            kind: BlockKind::Paragraph,
            text: rest_text,
            span: LineSpan::new(rest_line, end),
            section: None,
            list_depth: 0,
            ordered: false,
            quoted: head.quoted,
            line_starts: rest_starts,
        };
        self.blocks.push(rest);
        // The paragraph is the last block: its segments are at the tails.
        let tails = (self.code_segs.iter_mut().rev()).take_while(|s| s.block == p);
        let tails = tails.chain((self.link_segs.iter_mut().rev()).take_while(|s| s.block == p));
        for seg in tails {
            if seg.start >= rest_start {
                seg.block = p + 1;
                seg.start -= rest_start;
                seg.end -= rest_start;
            }
        }
    }

    /// Trims a finished block, keeping `line_starts` and segments in step.
    pub(super) fn finish_block(&mut self, index: usize) {
        // Close `<a>` tags left open in this block.
        while self
            .open_links
            .last()
            .is_some_and(|l| l.kind == LinkKind::Html && l.block == Some(index))
        {
            self.close_link(true);
        }
        let b = &mut self.blocks[index];
        let trimmed_end = b.text.trim_end().len();
        b.text.truncate(trimmed_end);
        let lead = b.text.len() - b.text.trim_start().len();
        if lead > 0 {
            b.text.drain(..lead);
            let lead32 = u32::try_from(lead).unwrap_or(u32::MAX);
            let mut first = None;
            for entry in &mut b.line_starts {
                if entry.0 <= lead32 {
                    first = Some(entry.1);
                }
                entry.0 = entry.0.saturating_sub(lead32);
            }
            b.line_starts.retain(|&(off, _)| off > 0);
            if let Some(line) = first {
                b.line_starts.insert(0, (0, line));
            }
            // Segments of blocks from `index` on are at the tails (see `split_paragraph`).
            let tails = (self.code_segs.iter_mut().rev()).take_while(|s| s.block >= index);
            let tails =
                tails.chain((self.link_segs.iter_mut().rev()).take_while(|s| s.block >= index));
            for seg in tails {
                if seg.block == index {
                    seg.start = seg.start.saturating_sub(lead);
                    seg.end = seg.end.saturating_sub(lead);
                }
            }
        }
        let len = u32::try_from(b.text.len()).unwrap_or(u32::MAX);
        b.line_starts.retain(|&(off, _)| off < len || off == 0);
        // Text all from the first line of the span: leave the list implicit.
        if b.text.is_empty() || b.line_starts[..] == [(0, b.span.start)] {
            b.line_starts.clear();
        }
    }

    pub(super) fn finish(mut self) -> Body {
        while !self.open_links.is_empty() {
            self.close_link(true);
        }
        self.nest_sections();
        self.scan_blocks();
        if !self.links.is_sorted_by_key(|l| l.span.start) {
            self.links.sort_by_key(|l| l.span.start);
        }
        if !self.emails.is_sorted_by_key(|e| e.span.start) {
            self.emails.sort_by_key(|e| e.span.start);
        }
        dedup_emails(&mut self.emails);
        let excerpt = self.marker.and_then(|m| {
            let raw = self.text.get(self.base..m)?;
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                return None;
            }
            let start = self.base + (raw.len() - raw.trim_start().len());
            Some(Excerpt {
                text: trimmed.to_owned(),
                span: self.lines.span(start, start + trimmed.len()),
            })
        });
        Body {
            excerpt,
            sections: self.sections,
            blocks: self.blocks,
            links: self.links,
            emails: self.emails,
        }
    }

    /// Sets each section's block range, parent and span.
    fn nest_sections(&mut self) {
        let mut stack: Vec<usize> = Vec::new();
        for i in 0..self.sections.len() {
            let level = self.sections[i].level;
            let heading = self.sections[i].heading_block;
            while let Some(&top) = stack.last() {
                if self.sections[top].level < level {
                    break;
                }
                self.sections[top].blocks.end = heading;
                stack.pop();
            }
            self.sections[i].parent = stack.last().copied();
            self.sections[i].blocks = heading + 1..heading + 1;
            stack.push(i);
        }
        for top in stack {
            self.sections[top].blocks.end = self.blocks.len();
        }
        for s in &mut self.sections {
            s.blocks.end = s
                .blocks
                .end
                .clamp(s.blocks.start, self.blocks.len().max(s.blocks.start));
            let last = self
                .blocks
                .get(s.heading_block..s.blocks.end)
                .unwrap_or(&[])
                .iter()
                .map(|b| b.span.end)
                .max()
                .unwrap_or(s.heading_line);
            s.span = LineSpan::new(s.heading_line, last.max(s.span.end));
        }
    }

    /// Finds bare URLs and e-mail addresses in the text of every block.
    fn scan_blocks(&mut self) {
        let by_block = |s: &Seg| (s.block, s.start);
        if !self.code_segs.is_sorted_by_key(by_block) {
            self.code_segs.sort_by_key(by_block);
        }
        if !self.link_segs.is_sorted_by_key(by_block) {
            self.link_segs.sort_by_key(by_block);
        }
        let (mut ci, mut li) = (0, 0);
        let mut urls: Vec<(usize, usize)> = Vec::new();
        for (bi, block) in self.blocks.iter().enumerate() {
            while self.code_segs.get(ci).is_some_and(|s| s.block < bi) {
                ci += 1;
            }
            while self.link_segs.get(li).is_some_and(|s| s.block < bi) {
                li += 1;
            }
            let code = segs_of(&self.code_segs[ci..], bi);
            let linked = segs_of(&self.link_segs[li..], bi);
            let text = block.text.as_str();
            let in_code = block.kind == BlockKind::Code;
            urls.clear();
            if !in_code {
                let (mut c, mut l) = (Cursor::new(code), Cursor::new(linked));
                scan::find_urls(text, |s, e| {
                    if !c.covers(s) && !l.covers(s) {
                        urls.push((s, e));
                    }
                });
                for &(s, e) in &urls {
                    self.links.push(Link {
                        text: text[s..e].to_owned(),
                        url: text[s..e].to_owned(),
                        span: LineSpan::line(block.line_of(s)),
                        kind: LinkKind::Bare,
                    });
                }
            }
            let mut c = Cursor::new(code);
            let mut u = 0;
            scan::find_emails(text, |s, e| {
                while urls.get(u).is_some_and(|&(_, ue)| ue <= s) {
                    u += 1;
                }
                if urls.get(u).is_some_and(|&(us, _)| us <= s) {
                    return;
                }
                let via = if in_code || c.covers(s) {
                    EmailSource::Code
                } else {
                    EmailSource::Text
                };
                self.emails.push(Email {
                    address: text[s..e].to_owned(),
                    span: LineSpan::line(block.line_of(s)),
                    via,
                });
            });
        }
    }
}

/// The leading segments of `segs` that belong to block `bi`.
fn segs_of(segs: &[Seg], bi: usize) -> &[Seg] {
    let n = segs.iter().take_while(|s| s.block == bi).count();
    &segs[..n]
}

/// Answers "is this offset inside a segment?" for increasing offsets.
struct Cursor<'s> {
    segs: &'s [Seg],
    i: usize,
}

impl<'s> Cursor<'s> {
    fn new(segs: &'s [Seg]) -> Self {
        Self { segs, i: 0 }
    }

    fn covers(&mut self, at: usize) -> bool {
        while self.segs.get(self.i).is_some_and(|s| s.end <= at) {
            self.i += 1;
        }
        self.segs.get(self.i).is_some_and(|s| s.start <= at)
    }
}

/// A heading's title: runs of spaces (non-breaking ones too) and line breaks
/// collapsed to one space, trailing `:` and spaces trimmed.
pub(super) fn title_of(text: &str) -> String {
    let text = text
        .trim_start()
        .trim_end_matches(|c: char| c.is_whitespace() || c == ':');
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Drops exact repeats of an address on one line, keeping the first (a `mailto:`
/// link comes before the same address in its text).
fn dedup_emails(emails: &mut Vec<Email>) {
    if emails.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..emails.len()).collect();
    order.sort_unstable_by(|&a, &b| {
        let (x, y) = (&emails[a], &emails[b]);
        (x.span.start, &x.address, a).cmp(&(y.span.start, &y.address, b))
    });
    let mut keep = vec![true; emails.len()];
    for w in order.windows(2) {
        let (x, y) = (&emails[w[0]], &emails[w[1]]);
        if x.span.start == y.span.start && x.address == y.address {
            keep[w[1]] = false;
        }
    }
    let mut keep = keep.into_iter();
    emails.retain(|_| keep.next().unwrap_or(true));
}
