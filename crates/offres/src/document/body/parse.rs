//! The single pulldown-cmark pass that builds a [`Body`].

use std::ops::Range;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

mod atx;
mod finish;

use super::scan::{self, HtmlLexer, Piece, TagKind};
use super::{Block, BlockKind, Body, Email, EmailSource, HeadingKind, Link, LinkKind, Section};
use crate::document::span::{LineIndex, LineSpan};
use atx::fix_atx;
use finish::title_of;

/// Parses the body of a page.
///
/// `text` is the whole LF-normalised page text; the body is `text[body_start..]`
/// (an offset that is out of range or inside a character gives an empty body).
/// `lines` indexes the whole text, so every span is in lines of the file.
pub(crate) fn parse_body(text: &str, body_start: usize, lines: &LineIndex) -> Body {
    let base = if text.is_char_boundary(body_start) {
        body_start
    } else {
        text.len()
    };
    let body = &text[base..];
    let fixed = fix_atx(body);
    let (src, ins) = match &fixed {
        Some((s, v)) => (s.as_str(), v.as_slice()),
        None => (body, &[][..]),
    };
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut b = Builder::new(text, base, src, ins, lines);
    for (event, range) in Parser::new_ext(src, options).into_offset_iter() {
        b.event(event, range);
    }
    b.finish()
}

/// The line last looked up, for runs of lookups on one line or the next.
#[derive(Clone, Copy, Debug, Default)]
struct LineCache {
    line: u32,
    start: usize,
    end: usize,
}

impl LineCache {
    fn line(&mut self, lines: &LineIndex, abs: usize) -> u32 {
        if abs >= self.start && abs < self.end {
            return self.line;
        }
        // Text is read in order: try the next few lines before searching.
        let mut line = 0;
        if abs >= self.end {
            let mut next = self.line;
            for _ in 0..4 {
                if next as usize >= lines.len() {
                    break;
                }
                next += 1;
                if abs < lines.line_start(next + 1) || next as usize == lines.len() {
                    line = next;
                    break;
                }
            }
        }
        if line == 0 {
            line = lines.line(abs);
        }
        self.line = line;
        self.start = lines.line_start(line);
        self.end = if (line as usize) < lines.len() {
            lines.line_start(line + 1)
        } else {
            usize::MAX
        };
        line
    }
}

/// An open container.
#[derive(Clone, Copy, Debug)]
enum Container {
    List { ordered: bool },
    Item { block: usize },
    Quote,
}

/// A link whose end has not been seen yet.
#[derive(Debug)]
struct OpenLink {
    block: Option<usize>,
    text_start: usize,
    url: String,
    kind: LinkKind,
    span: LineSpan,
}

/// Whether the current top-level paragraph is (or starts with) a bold line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Probe {
    Off,
    Start,
    InSpan { depth: u32, strong: bool },
    After { strong: bool },
    Split { at: usize, strong: bool },
    Failed,
}

/// A part of a block's text that is not running prose.
#[derive(Clone, Copy, Debug)]
struct Seg {
    block: usize,
    start: usize,
    end: usize,
}

struct Builder<'t> {
    text: &'t str,
    base: usize,
    src: &'t str,
    ins: &'t [usize],
    lines: &'t LineIndex,
    cache: LineCache,
    end_cache: LineCache,
    blocks: Vec<Block>,
    sections: Vec<Section>,
    links: Vec<Link>,
    emails: Vec<Email>,
    /// Inline code spans, by block.
    code_segs: Vec<Seg>,
    /// Link texts, by block.
    link_segs: Vec<Seg>,
    containers: Vec<Container>,
    lists: u8,
    quotes: u32,
    cur: Option<usize>,
    cur_section: Option<usize>,
    images: u32,
    open_links: Vec<OpenLink>,
    probe: Probe,
    marker: Option<usize>,
    html: HtmlLexer,
    /// Whitespace seen in an HTML block and not written yet: `Some(true)` for a break.
    pending_ws: Option<bool>,
    cells: u32,
}

impl<'t> Builder<'t> {
    fn new(
        text: &'t str,
        base: usize,
        src: &'t str,
        ins: &'t [usize],
        lines: &'t LineIndex,
    ) -> Self {
        Self {
            text,
            base,
            src,
            ins,
            lines,
            cache: LineCache::default(),
            end_cache: LineCache::default(),
            blocks: Vec::with_capacity(src.len() / 120 + 1),
            sections: Vec::new(),
            links: Vec::with_capacity(16),
            emails: Vec::with_capacity(4),
            code_segs: Vec::new(),
            link_segs: Vec::with_capacity(16),
            containers: Vec::new(),
            lists: 0,
            quotes: 0,
            cur: None,
            cur_section: None,
            images: 0,
            open_links: Vec::new(),
            probe: Probe::Off,
            marker: None,
            html: HtmlLexer::default(),
            pending_ws: None,
            cells: 0,
        }
    }

    /// Absolute offset in `text` of an offset in `src`.
    fn abs(&self, m: usize) -> usize {
        let shift = if self.ins.is_empty() {
            0
        } else {
            self.ins.partition_point(|&p| p <= m)
        };
        (self.base + m).saturating_sub(shift).min(self.text.len())
    }

    /// File line of an absolute offset.
    fn line(&mut self, abs: usize) -> u32 {
        self.cache.line(self.lines, abs)
    }

    /// File lines of a range of `src` (the end has its own cache: block ends are
    /// looked up ahead of the text in between).
    fn span(&mut self, r: &Range<usize>) -> LineSpan {
        let start = self.abs(r.start);
        let last = self.abs(r.end.max(r.start + 1) - 1);
        let start = self.cache.line(self.lines, start);
        LineSpan::new(start, self.end_cache.line(self.lines, last))
    }

    fn event(&mut self, event: Event<'_>, r: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, r),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => self.text(&t, &r),
            Event::Code(t) => self.code(&t, &r),
            Event::Html(t) => self.html_line(&t, &r),
            Event::InlineHtml(t) => {
                let abs = self.abs(r.start);
                self.tag(&t, abs, true);
            }
            Event::SoftBreak | Event::HardBreak => self.line_break(&r),
            _ => {}
        }
    }

    fn new_block(&mut self, kind: BlockKind, r: &Range<usize>) -> usize {
        let span = self.span(r);
        let ordered = self
            .containers
            .iter()
            .rev()
            .find_map(|c| match c {
                Container::List { ordered } => Some(*ordered),
                _ => None,
            })
            .unwrap_or(false);
        let capacity = match kind {
            BlockKind::Paragraph | BlockKind::Heading | BlockKind::TableRow => r.len(),
            _ => r.len().min(256),
        };
        self.blocks.push(Block {
            kind,
            text: String::with_capacity(capacity),
            span,
            section: self.cur_section,
            list_depth: self.lists,
            ordered: ordered && self.lists > 0,
            quoted: self.quotes > 0,
            line_starts: Vec::new(),
        });
        self.blocks.len() - 1
    }

    /// The block that inline content goes to.
    fn target(&self) -> Option<usize> {
        self.cur.or_else(|| match self.containers.last() {
            Some(Container::Item { block }) => Some(*block),
            _ => None,
        })
    }

    /// Records that what is appended next to `block` comes from `line`.
    ///
    /// `line_starts` stays empty (no allocation) while all the text is from
    /// `span.start`, the common case.
    fn note_line(&mut self, block: usize, line: u32) {
        let b = &mut self.blocks[block];
        let off = u32::try_from(b.text.len()).unwrap_or(u32::MAX);
        match b.line_starts.last_mut() {
            Some(last) if last.1 == line => {}
            Some(last) if last.0 == off => last.1 = line,
            Some(_) => b.line_starts.push((off, line)),
            None if line == b.span.start => {}
            None if off == 0 => b.line_starts.push((0, line)),
            None => b.line_starts.extend([(0, b.span.start), (off, line)]),
        }
    }

    /// Appends `s`, which starts at `src` offset `at`, to `block`.
    ///
    /// Only code blocks have text events spanning lines (inline text is split at line
    /// ends by the parser), so only they are cut at `\n` to trace each line.
    fn append(&mut self, block: usize, s: &str, at: usize) {
        let abs = self.abs(at);
        let mut line = self.line(abs);
        if self.blocks[block].kind != BlockKind::Code {
            self.note_line(block, line);
            self.blocks[block].text.push_str(s);
            return;
        }
        let mut rest = s;
        while let Some(nl) = memchr::memchr(b'\n', rest.as_bytes()) {
            self.note_line(block, line);
            self.blocks[block].text.push_str(&rest[..=nl]);
            rest = &rest[nl + 1..];
            line = line.saturating_add(1);
        }
        if !rest.is_empty() {
            self.note_line(block, line);
            self.blocks[block].text.push_str(rest);
        }
    }

    fn start(&mut self, tag: Tag<'_>, r: Range<usize>) {
        match tag {
            Tag::Paragraph => {
                let top = self.containers.last().copied();
                if let Some(Container::Item { block }) = top {
                    if !self.blocks[block].text.is_empty() {
                        let abs = self.abs(r.start);
                        let line = self.line(abs);
                        self.note_line(block, line);
                        self.blocks[block].text.push('\n');
                    }
                    self.cur = Some(block);
                    self.probe = Probe::Off;
                } else {
                    self.cur = Some(self.new_block(BlockKind::Paragraph, &r));
                    self.probe = if top.is_none() && self.cells == 0 {
                        Probe::Start
                    } else {
                        Probe::Off
                    };
                }
            }
            Tag::Heading { level, .. } => {
                let kind = if self.src[r.start..].trim_start().starts_with('#') {
                    HeadingKind::Atx
                } else {
                    HeadingKind::Setext
                };
                let span = self.span(&r);
                let index = self.sections.len();
                self.sections.push(Section {
                    title: String::new(),
                    level: level as u8,
                    kind,
                    span,
                    heading_line: span.start,
                    heading_block: self.blocks.len(),
                    blocks: 0..0,
                    parent: None,
                });
                self.cur_section = Some(index);
                self.cur = Some(self.new_block(BlockKind::Heading, &r));
                self.probe = Probe::Off;
            }
            Tag::BlockQuote(_) => {
                self.quotes += 1;
                self.containers.push(Container::Quote);
            }
            Tag::CodeBlock(_) => self.cur = Some(self.new_block(BlockKind::Code, &r)),
            Tag::HtmlBlock => {
                self.cur = Some(self.new_block(BlockKind::Html, &r));
                self.html.reset();
                self.pending_ws = None;
            }
            Tag::List(first) => {
                self.cur = None;
                self.lists = self.lists.saturating_add(1);
                self.containers.push(Container::List {
                    ordered: first.is_some(),
                });
            }
            Tag::Item => {
                let block = self.new_block(BlockKind::ListItem, &r);
                self.containers.push(Container::Item { block });
                self.cur = None;
            }
            Tag::Table(_) => self.cells = 1,
            Tag::TableHead | Tag::TableRow => {
                self.cur = Some(self.new_block(BlockKind::TableRow, &r));
                self.cells = 1;
            }
            Tag::TableCell => {
                if let Some(t) = self.cur {
                    if self.cells > 1 {
                        self.blocks[t].text.push('\t');
                    }
                    self.cells += 1;
                }
            }
            Tag::Strong | Tag::Emphasis => self.probe_open(matches!(tag, Tag::Strong)),
            Tag::Image { .. } => {
                self.images += 1;
                self.probe_fail();
            }
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => self.open_link(link_type, &dest_url, &r),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph => {
                if let Some(p) = self.cur.take()
                    && self.blocks[p].kind == BlockKind::Paragraph
                {
                    self.bold_heading(p);
                    let last = self.blocks.len() - 1;
                    for b in p..=last {
                        self.finish_block(b);
                    }
                }
                self.probe = Probe::Off;
            }
            TagEnd::Heading(_) => {
                if let Some(h) = self.cur.take() {
                    self.finish_block(h);
                    if let Some(s) = self.blocks[h].section {
                        self.sections[s].title = title_of(&self.blocks[h].text);
                    }
                }
            }
            TagEnd::BlockQuote(_) => {
                self.quotes = self.quotes.saturating_sub(1);
                self.containers.pop();
                self.cur = None;
            }
            TagEnd::CodeBlock | TagEnd::TableHead | TagEnd::TableRow => {
                if let Some(b) = self.cur.take() {
                    self.finish_block(b);
                }
            }
            TagEnd::HtmlBlock => {
                self.html.reset();
                if let Some(b) = self.cur.take() {
                    self.finish_block(b);
                    let last = self.blocks.len() - 1;
                    if b == last && self.blocks[b].text.is_empty() {
                        self.blocks.pop();
                    }
                }
            }
            TagEnd::List(_) => {
                self.lists = self.lists.saturating_sub(1);
                self.containers.pop();
                self.cur = None;
            }
            TagEnd::Item => {
                if let Some(Container::Item { block }) = self.containers.pop() {
                    self.finish_block(block);
                    let b = &mut self.blocks[block];
                    let last = b.line_starts.iter().map(|&(_, l)| l).max();
                    b.span = LineSpan::new(b.span.start, last.unwrap_or(b.span.start));
                }
                self.cur = None;
            }
            TagEnd::Table => self.cells = 0,
            TagEnd::Strong | TagEnd::Emphasis => {
                if let Probe::InSpan { depth, strong } = self.probe {
                    self.probe = if depth <= 1 {
                        Probe::After { strong }
                    } else {
                        Probe::InSpan {
                            depth: depth - 1,
                            strong,
                        }
                    };
                }
            }
            TagEnd::Image => self.images = self.images.saturating_sub(1),
            TagEnd::Link => self.close_link(false),
            _ => {}
        }
    }

    fn text(&mut self, t: &str, r: &Range<usize>) {
        if self.images > 0 {
            return;
        }
        let Some(block) = self.target() else { return };
        if self.blocks[block].kind == BlockKind::Html {
            return;
        }
        self.probe_text(t);
        self.append(block, t, r.start);
    }

    fn code(&mut self, t: &str, r: &Range<usize>) {
        if self.images > 0 {
            return;
        }
        let Some(block) = self.target() else { return };
        self.probe_text("x");
        let start = self.blocks[block].text.len();
        self.append(block, t, r.start);
        let end = self.blocks[block].text.len();
        self.code_segs.push(Seg { block, start, end });
    }

    /// A soft or hard line break: `\n`, unless a `<br>` just wrote one.
    fn line_break(&mut self, r: &Range<usize>) {
        let Some(block) = self.target() else { return };
        if self.images > 0 {
            return;
        }
        self.probe_break(block);
        if self.blocks[block].text.ends_with('\n') {
            return;
        }
        let abs = self.abs(r.start);
        let line = self.line(abs);
        self.note_line(block, line);
        self.blocks[block].text.push('\n');
    }

    /// One line of an HTML block.
    fn html_line(&mut self, t: &str, r: &Range<usize>) {
        let Some(block) = self.cur else { return };
        let abs = self.abs(r.start);
        let mut lexer = std::mem::take(&mut self.html);
        lexer.feed(t, abs, |piece, at| match piece {
            Piece::Text(s) => self.html_text(block, s, at),
            Piece::Tag(tag) => self.tag(tag, at, false),
        });
        self.html = lexer;
    }

    /// Text of an HTML block: entities decoded, runs of spaces collapsed.
    fn html_text(&mut self, block: usize, s: &str, abs: usize) {
        let mut decoded = String::new();
        let s = if s.contains('&') {
            scan::decode_entities_into(s, &mut decoded);
            decoded.as_str()
        } else {
            s
        };
        let line = self.line(abs);
        for (i, word) in s.split(|c: char| c.is_ascii_whitespace()).enumerate() {
            if i > 0 {
                self.pending_ws.get_or_insert(false);
            }
            if word.is_empty() {
                continue;
            }
            let b = &mut self.blocks[block];
            if let Some(brk) = self.pending_ws.take()
                && !b.text.is_empty()
                && !b.text.ends_with(['\n', ' ', '\t'])
            {
                b.text.push(if brk { '\n' } else { ' ' });
            }
            self.note_line(block, line);
            self.blocks[block].text.push_str(word);
        }
        if s.contains('\n') {
            self.pending_ws = Some(true);
        }
    }

    /// An HTML tag, inline (`inline`) or in an HTML block.
    fn tag(&mut self, tag: &str, abs: usize, inline: bool) {
        match scan::classify_tag(tag) {
            TagKind::Comment(more) => {
                if more && self.marker.is_none() {
                    self.marker = Some(abs);
                }
            }
            kind @ (TagKind::LineBreak | TagKind::Block | TagKind::Cell) if !inline => {
                let brk = kind != TagKind::Cell;
                let p = self.pending_ws.get_or_insert(brk);
                *p |= brk;
            }
            TagKind::LineBreak => {
                if let Some(block) = self.target() {
                    self.probe_break(block);
                    let line = self.line(abs);
                    self.note_line(block, line);
                    self.blocks[block].text.push('\n');
                }
            }
            TagKind::OpenA => {
                self.probe_fail();
                if let Some(url) = scan::href(tag) {
                    let mut decoded = String::with_capacity(url.len());
                    scan::decode_entities_into(url, &mut decoded);
                    let line = self.line(abs);
                    if let Some(payload) = scan::mailto_payload(&decoded) {
                        self.mailto(payload, line, EmailSource::Mailto);
                    }
                    self.open_links.push(OpenLink {
                        block: self.target(),
                        text_start: self.target().map_or(0, |b| self.blocks[b].text.len()),
                        url: decoded,
                        kind: LinkKind::Html,
                        span: LineSpan::line(line),
                    });
                }
            }
            TagKind::CloseA => {
                if self
                    .open_links
                    .last()
                    .is_some_and(|l| l.kind == LinkKind::Html)
                {
                    self.close_link(true);
                }
            }
            TagKind::Block | TagKind::Cell | TagKind::Other => {}
        }
    }

    fn open_link(&mut self, link_type: LinkType, dest: &str, r: &Range<usize>) {
        self.probe_fail();
        let span = self.span(r);
        let (kind, url) = match link_type {
            LinkType::Inline => (LinkKind::Inline, dest.to_owned()),
            LinkType::Autolink => (LinkKind::Autolink, dest.to_owned()),
            LinkType::Email => {
                self.mailto(dest, span.start, EmailSource::Autolink);
                (LinkKind::Autolink, format!("mailto:{dest}"))
            }
            _ => (LinkKind::Reference, dest.to_owned()),
        };
        if let Some(payload) = scan::mailto_payload(&url)
            && link_type != LinkType::Email
        {
            self.mailto(payload, span.start, EmailSource::Mailto);
        }
        let block = self.target();
        self.open_links.push(OpenLink {
            block,
            text_start: block.map_or(0, |b| self.blocks[b].text.len()),
            url,
            kind,
            span,
        });
    }

    /// Closes the innermost link (`html`: an `<a>`; otherwise a Markdown link, closing
    /// any `<a>` left open inside it).
    fn close_link(&mut self, html: bool) {
        while let Some(open) = self.open_links.pop() {
            let is_html = open.kind == LinkKind::Html;
            let text = match open.block {
                Some(b) => {
                    let end = self.blocks[b].text.len();
                    let start = open.text_start.min(end);
                    self.link_segs.push(Seg {
                        block: b,
                        start,
                        end,
                    });
                    self.blocks[b]
                        .text
                        .get(start..)
                        .unwrap_or("")
                        .trim()
                        .to_owned()
                }
                None => String::new(),
            };
            self.links.push(Link {
                text,
                url: open.url,
                span: open.span,
                kind: open.kind,
            });
            if html || !is_html {
                break;
            }
        }
    }

    /// Records the addresses of a `mailto:` payload (or of an e-mail autolink).
    fn mailto(&mut self, payload: &str, line: u32, via: EmailSource) {
        scan::find_emails(payload, |s, e| {
            self.emails.push(Email {
                address: payload[s..e].to_owned(),
                span: LineSpan::line(line),
                via,
            });
        });
    }

    fn probe_open(&mut self, strong: bool) {
        self.probe = match self.probe {
            Probe::Start => Probe::InSpan { depth: 1, strong },
            Probe::InSpan { depth, strong: s } => Probe::InSpan {
                depth: depth + 1,
                strong: s || strong,
            },
            Probe::After { .. } => Probe::Failed,
            p => p,
        };
    }

    fn probe_fail(&mut self) {
        if matches!(
            self.probe,
            Probe::Start | Probe::InSpan { .. } | Probe::After { .. }
        ) {
            self.probe = Probe::Failed;
        }
    }

    fn probe_text(&mut self, t: &str) {
        let ok = match self.probe {
            Probe::Start => t.trim().is_empty(),
            Probe::After { .. } => t.chars().all(|c| c.is_whitespace() || c == ':'),
            _ => true,
        };
        if !ok {
            self.probe = Probe::Failed;
        }
    }

    fn probe_break(&mut self, block: usize) {
        self.probe = match self.probe {
            Probe::After { strong } if self.cur == Some(block) => Probe::Split {
                at: self.blocks[block].text.len(),
                strong,
            },
            Probe::Start => Probe::Failed,
            p => p,
        };
    }
}
