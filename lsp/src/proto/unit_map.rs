//! Maps between a unit's documents and the program text analysed: a
//! notebook's cells are parts of one program, each at its own offset.

use crate::analysis::Program;
use crate::documents::Unit;
use crate::edit::{offset_at, position_at, LinePosition, PositionEncoding};
use tower_lsp_server::ls_types::{Position, Range, Uri};
use upy_syntax::Span;

pub struct UnitMap<'a> {
    pub unit: &'a Unit,
    pub program: &'a Program,
    pub enc: PositionEncoding,
}

impl UnitMap<'_> {
    fn part_index(&self, uri: &Uri) -> Option<usize> {
        self.unit.parts.iter().position(|(u, _, _)| u == uri)
    }

    /// Program offset of a position in one of the unit's documents.
    pub fn offset(&self, uri: &Uri, pos: Position) -> Option<usize> {
        let i = self.part_index(uri)?;
        let rope = &self.unit.parts[i].1;
        let local = offset_at(rope, LinePosition { line: pos.line, character: pos.character }, self.enc);
        Some(self.program.parts.get(i)?.start as usize + local)
    }

    /// The document and range a program span falls in (clipped to its part).
    pub fn range(&self, span: Span) -> Option<(Uri, Range)> {
        let i = self.program.parts.iter().position(|p| p.start <= span.start && span.start <= p.end)?;
        let part = self.program.parts[i];
        let (uri, rope, _) = &self.unit.parts[i];
        let start = (span.start - part.start) as usize;
        let end = (span.end.min(part.end).max(span.start) - part.start) as usize;
        let s = position_at(rope, start, self.enc);
        let e = position_at(rope, end, self.enc);
        Some((uri.clone(), Range::new(Position::new(s.line, s.character), Position::new(e.line, e.character))))
    }

    /// The range of a span in a specific document, or None if elsewhere.
    pub fn range_in(&self, uri: &Uri, span: Span) -> Option<Range> {
        self.range(span).filter(|(u, _)| u == uri).map(|(_, r)| r)
    }

    /// The part of the program text belonging to `uri`.
    pub fn part_span(&self, uri: &Uri) -> Option<Span> {
        self.program.parts.get(self.part_index(uri)?).copied()
    }
}
