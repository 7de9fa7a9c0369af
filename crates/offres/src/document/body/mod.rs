//! The body of a page: one Markdown pass giving sections, blocks of plain text,
//! the excerpt, links and e-mail addresses, all with their lines in the file.
//!
//! `parse_body` (crate-private) runs pulldown-cmark once over the body and builds a [`Body`]
//! that every extractor shares. Nothing here interprets the text: it only says
//! what the page is made of and where each piece is.
//!
//! Conventions:
//! - Every span is in lines of the whole file (front matter included), 1-based.
//! - A [`Block`] is one paragraph, heading, list item (its own text, without its
//!   sublists), code block, HTML block or table row, as plain text.
//! - A [`Section`] starts at a heading and runs until the next heading of the same
//!   or a higher rank; sections nest. Bold pseudo-headings (`**Profil :**` alone
//!   on its line) are sections of level [`BOLD_LEVEL`] (7), below every real
//!   heading, so they end at the next heading of any kind.

mod fold;
mod parse;
mod scan;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_robust;

use std::ops::Range;

use serde::{Deserialize, Serialize};

pub(crate) use fold::fold;
pub(crate) use parse::parse_body;

use crate::document::span::LineSpan;

/// The level given to bold pseudo-headings: one below the deepest Markdown heading.
pub const BOLD_LEVEL: u8 = 7;

/// The body of a page, parsed once and shared by every extractor.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Body {
    /// The text before the `<!--more-->` marker, when there is one and it is not empty.
    #[serde(default)]
    pub excerpt: Option<Excerpt>,
    /// Every heading (Markdown or bold pseudo-heading), in page order.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Every block of text, in page order.
    #[serde(default)]
    pub blocks: Vec<Block>,
    /// Every link, in page order (by line).
    #[serde(default)]
    pub links: Vec<Link>,
    /// Every e-mail address, in page order (by line); exact repeats on one line are dropped.
    #[serde(default)]
    pub emails: Vec<Email>,
}

/// The teaser of a page: what comes before the `<!--more-->` marker.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Excerpt {
    /// The Markdown source before the marker, trimmed.
    pub text: String,
    /// The lines of that source.
    pub span: LineSpan,
}

/// How a heading is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum HeadingKind {
    /// `## Titre` (also `##Titre` without the space, common in real pages).
    Atx,
    /// `Titre` underlined with `===` or `---`.
    Setext,
    /// A paragraph (or the first line of one) that is all bold: `**Profil recherché**`.
    Bold,
}

/// A heading and the blocks under it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Section {
    /// The heading as plain text: markup stripped, spaces collapsed, trailing `:` and
    /// spaces trimmed.
    pub title: String,
    /// 1 to 6 for Markdown headings, [`BOLD_LEVEL`] (7) for bold pseudo-headings.
    pub level: u8,
    /// How the heading is written.
    pub kind: HeadingKind,
    /// From the heading line through the last line of the section's content
    /// (subsections included).
    pub span: LineSpan,
    /// The first line of the heading.
    pub heading_line: u32,
    /// Index in [`Body::blocks`] of the heading's own block.
    pub heading_block: usize,
    /// Indexes in [`Body::blocks`] of the content: the blocks after the heading up to
    /// the next heading of the same or a higher rank (subsections included).
    pub blocks: Range<usize>,
    /// The enclosing section, if any.
    #[serde(default)]
    pub parent: Option<usize>,
}

/// What a block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// A heading, Markdown or bold.
    Heading,
    /// A paragraph.
    Paragraph,
    /// The own text of a list item (its sublists are blocks of their own).
    ListItem,
    /// A fenced or indented code block, text kept as is.
    Code,
    /// An HTML block, tags stripped and entities decoded.
    Html,
    /// A table row (the header row too), cells separated by a tab.
    TableRow,
}

/// One block of plain text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The plain text: inline markup stripped, link text kept (not URLs), inline code
    /// content kept, HTML tags stripped, entities decoded, line breaks as `\n`, trimmed.
    pub text: String,
    /// The lines of the block in the file (for a list item, its own text only).
    pub span: LineSpan,
    /// The innermost section the block is in (a heading block is in its own section).
    #[serde(default)]
    pub section: Option<usize>,
    /// How deep in lists the block is: 0 outside lists, 1 for a top-level item.
    #[serde(default)]
    pub list_depth: u8,
    /// Whether the innermost list is numbered (`1.`, `1)`).
    #[serde(default)]
    pub ordered: bool,
    /// Whether the block is inside a block quote.
    #[serde(default)]
    pub quoted: bool,
    /// Where each line of the text comes from: `(byte offset in text, file line)`,
    /// sorted by offset, the first at offset 0; the text from one offset up to the
    /// next is from that line. Empty when the whole text is from `span.start` (the
    /// common case, kept free of allocation). Use [`Block::line_of`] rather than
    /// reading it directly.
    #[serde(default)]
    pub line_starts: Vec<(u32, u32)>,
}

impl Block {
    /// The file line that the byte `offset` of [`Block::text`] comes from.
    pub fn line_of(&self, offset: usize) -> u32 {
        let i = self
            .line_starts
            .partition_point(|&(start, _)| start as usize <= offset);
        match i.checked_sub(1) {
            Some(i) => self.line_starts[i].1,
            None => self
                .line_starts
                .first()
                .map_or(self.span.start, |&(_, l)| l),
        }
    }
}

/// How a link is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    /// `[texte](https://…)`.
    Inline,
    /// `[texte][ref]`, `[texte][]` or `[ref]` with a definition.
    Reference,
    /// `<https://…>` or `<adresse@exemple.fr>` (then the URL is `mailto:…`).
    Autolink,
    /// A URL in running text, not marked up.
    Bare,
    /// `<a href="…">` in inline HTML or an HTML block.
    Html,
}

/// A link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Link {
    /// The link text as plain text (the URL itself for bare links and autolinks).
    pub text: String,
    /// The destination as written (`mailto:` links included).
    pub url: String,
    /// The lines of the link.
    pub span: LineSpan,
    /// How the link is written.
    pub kind: LinkKind,
}

/// Where an e-mail address was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EmailSource {
    /// A `mailto:` link, in Markdown or in an HTML `href`.
    Mailto,
    /// An autolink `<adresse@exemple.fr>`.
    Autolink,
    /// Running text (link text and HTML text included).
    Text,
    /// An inline code span or a code block.
    Code,
}

/// An e-mail address found in the body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
pub struct Email {
    /// The address as written (case kept), without `mailto:` or `?subject=`.
    pub address: String,
    /// The line of the address.
    pub span: LineSpan,
    /// Where it was found.
    pub via: EmailSource,
}

impl Body {
    /// The first section whose title satisfies `pred`, with its index.
    pub fn section_by_title(&self, pred: impl Fn(&str) -> bool) -> Option<(usize, &Section)> {
        self.sections
            .iter()
            .enumerate()
            .find(|(_, s)| pred(&s.title))
    }

    /// The content blocks of section `section_index` (subsections included, its own
    /// heading excluded); empty when there is no such section.
    pub fn blocks_in(&self, section_index: usize) -> &[Block] {
        self.sections
            .get(section_index)
            .and_then(|s| self.blocks.get(s.blocks.clone()))
            .unwrap_or(&[])
    }

    /// The excerpt's Markdown source, if the page has one.
    pub fn excerpt_text(&self) -> Option<&str> {
        self.excerpt.as_ref().map(|e| e.text.as_str())
    }

    /// The section a block is in, if any.
    pub fn section_of(&self, block_index: usize) -> Option<&Section> {
        let s = self.blocks.get(block_index)?.section?;
        self.sections.get(s)
    }

    /// Sections whose title contains one of `needles`, compared case- and
    /// accent-insensitively (`"profil recherche"` matches `Profil recherché :`).
    pub fn sections_matching<'a>(
        &'a self,
        needles: &[&str],
    ) -> impl Iterator<Item = (usize, &'a Section)> + use<'a> {
        let needles: Vec<String> = needles
            .iter()
            .map(|n| fold(n.trim()))
            .filter(|n| !n.is_empty())
            .collect();
        self.sections.iter().enumerate().filter(move |(_, s)| {
            let title = fold(&s.title);
            needles.iter().any(|n| title.contains(n.as_str()))
        })
    }
}
