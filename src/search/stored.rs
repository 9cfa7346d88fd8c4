//! The index as bytes, for the search cache. Everything but the posting lists goes in the
//! head, which is read whole and checked table by table; the lists go in a region of their
//! own and are read one at a time as searches need them.

use std::fs::File;

use fuzzy_matcher::skim::SkimMatcherV2;

use super::codec::{Reader, Writer};
use super::index::Index;
use super::postings::{FileLists, Postings};
use super::table::{Lists, Strings};

impl Index {
    pub fn encode(&self, head: &mut Writer, region: &mut Writer) {
        self.vocab.encode(head);
        self.postings.encode(head, region);
        self.head_postings.encode(head, region);
        self.by_len.encode(head);
        self.exact_keys.encode(head);
        self.exact_docs.encode(head);
        self.titles.encode(head);
        self.title_words.encode(head);
        head.u32s(&self.title_chars);
        head.u32s(&self.kinds);
        head.u32s(&self.heads);
        self.ids.encode(head);
    }

    /// An index over posting lists kept in `file`, whose list region starts at `region`
    /// and is `region_len` bytes long. None if any table is damaged or inconsistent.
    pub fn decode(r: &mut Reader, file: &File, region: u64, region_len: u64) -> Option<Index> {
        let vocab = Strings::decode(r)?;
        // Document numbers are checked as lists are read; the ids table comes last.
        let lists = |r: &mut Reader, start| FileLists::decode(r, file.try_clone().ok()?, start, 0);
        let postings = lists(r, region)?;
        let head_postings = lists(r, region + postings.items() * 4)?;
        if (postings.items() + head_postings.items()) * 4 != region_len {
            return None;
        }
        let by_len = Lists::decode(r)?;
        let exact_keys = Strings::decode(r)?;
        let exact_docs = Lists::decode(r)?;
        let titles = Strings::decode(r)?;
        let title_words = Lists::decode(r)?;
        let title_chars = r.u32s()?;
        let kinds = r.u32s()?;
        let heads = r.u32s()?;
        let ids = Strings::decode(r)?;
        let docs = ids.len();
        let index = Index {
            postings: Postings::File(postings.for_docs(docs)),
            head_postings: Postings::File(head_postings.for_docs(docs)),
            vocab,
            by_len,
            exact_keys,
            exact_docs,
            titles,
            title_words,
            title_chars,
            kinds,
            heads,
            ids,
            matcher: SkimMatcherV2::default().ignore_case(),
        };
        index.consistent().then_some(index)
    }

    /// Every table has one row per word or per document, and every reference is in range.
    fn consistent(&self) -> bool {
        let docs = self.ids.len();
        let words = self.vocab.len();
        docs < 1 << (32 - super::postings::WEIGHT_BITS)
            && self.titles.len() == docs
            && self.title_chars.len() == docs
            && self.kinds.len() == docs
            && self.kinds.iter().all(|&k| k <= super::index::KIND_TERM)
            && self.heads.len() == docs
            && self
                .heads
                .iter()
                .all(|&w| w == super::index::NO_HEAD || (w as usize) < words)
            && self.title_words.len() == docs
            && self
                .title_words
                .items()
                .iter()
                .all(|&w| (w as usize) < words)
            && self.postings.len() == words
            && self.head_postings.len() == words
            && self.exact_keys.len() == self.exact_docs.len()
            && self.by_len.items().iter().all(|&w| (w as usize) < words)
            && self.exact_docs.items().iter().all(|&d| (d as usize) < docs)
    }
}
