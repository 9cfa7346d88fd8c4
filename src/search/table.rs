//! Flat tables for the index: many strings in one buffer, many u32 lists in one buffer.
//! Flat so the index can be written to and read back from a cache file in bulk.

use super::codec::{Reader, Writer};

/// A position in the flat tables, which hold u32 offsets: the loader's 64 MiB cap keeps
/// every count far below `u32::MAX`, and a cached index is checked (`consistent`), so this
/// saturates only on a broken invariant instead of wrapping silently.
pub fn id(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Strings stored end to end; string `i` is `text[ends[i-1]..ends[i]]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Strings {
    text: String,
    ends: Vec<u32>,
}

impl Strings {
    pub fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends.push(id(self.text.len()));
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    pub fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i))
    }

    /// Position of `s`, when the strings are sorted.
    pub fn find_sorted(&self, s: &str) -> Option<usize> {
        let at = self.partition_point(|w| w < s);
        (at < self.len() && self.get(at) == s).then_some(at)
    }

    /// The first position where `pred` is false, when it holds for a prefix of the strings.
    pub fn partition_point(&self, pred: impl Fn(&str) -> bool) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if pred(self.get(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    pub fn encode(&self, w: &mut Writer) {
        w.bytes(self.text.as_bytes());
        w.u32s(&self.ends);
    }

    /// None unless every end is in order, in bounds and on a character boundary, so `get`
    /// cannot panic on a damaged file.
    pub fn decode(r: &mut Reader) -> Option<Strings> {
        let text = String::from_utf8(r.bytes()?.to_vec()).ok()?;
        let ends = r.u32s()?;
        let mut last = 0;
        for &end in &ends {
            let end = end as usize;
            if end < last || !text.is_char_boundary(end) {
                return None;
            }
            last = end;
        }
        (last == text.len()).then_some(Strings { text, ends })
    }
}

impl<'a> FromIterator<&'a str> for Strings {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Strings {
        let mut out = Strings::default();
        iter.into_iter().for_each(|s| out.push(s));
        out
    }
}

/// Lists of u32 stored end to end; list `i` is `items[ends[i-1]..ends[i]]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lists {
    items: Vec<u32>,
    ends: Vec<u32>,
}

impl Lists {
    pub fn push(&mut self, list: impl IntoIterator<Item = u32>) {
        self.items.extend(list);
        self.ends.push(id(self.items.len()));
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn get(&self, i: usize) -> &[u32] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.items[start..self.ends[i] as usize]
    }

    /// Every item, in order.
    pub fn items(&self) -> &[u32] {
        &self.items
    }

    /// Where each list ends in `items`.
    pub fn ends(&self) -> &[u32] {
        &self.ends
    }

    pub fn encode(&self, w: &mut Writer) {
        w.u32s(&self.items);
        w.u32s(&self.ends);
    }

    /// None unless every end is in order and in bounds, so `get` cannot panic.
    pub fn decode(r: &mut Reader) -> Option<Lists> {
        let items = r.u32s()?;
        let ends = r.u32s()?;
        let mut last = 0;
        for &end in &ends {
            if end < last {
                return None;
            }
            last = end;
        }
        (last as usize == items.len()).then_some(Lists { items, ends })
    }
}

impl<L: IntoIterator<Item = u32>> FromIterator<L> for Lists {
    fn from_iter<I: IntoIterator<Item = L>>(iter: I) -> Lists {
        let mut out = Lists::default();
        iter.into_iter().for_each(|l| out.push(l));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_lists_read_back_what_was_written() {
        let strings: Strings = ["", "é", "abc", ""].into_iter().collect();
        let lists: Lists = [vec![], vec![1, 2], vec![3]].into_iter().collect();
        let mut w = Writer::default();
        strings.encode(&mut w);
        lists.encode(&mut w);
        let bytes = w.finish();
        let mut r = Reader::new(&bytes);
        let s = Strings::decode(&mut r).unwrap();
        let l = Lists::decode(&mut r).unwrap();
        assert_eq!(s, strings);
        assert_eq!(s.iter().collect::<Vec<_>>(), ["", "é", "abc", ""]);
        assert_eq!(l.get(1), [1, 2]);
        assert_eq!(l.get(0), [] as [u32; 0]);
    }

    #[test]
    fn sorted_lookup_finds_only_present_strings() {
        let s: Strings = ["apple", "pear", "plum"].into_iter().collect();
        assert_eq!(s.find_sorted("pear"), Some(1));
        assert_eq!(s.find_sorted("pea"), None);
        assert_eq!(s.find_sorted("zzz"), None);
        assert_eq!(s.partition_point(|w| w < "p"), 1);
    }

    #[test]
    fn damaged_tables_are_refused() {
        // An end inside "é" (a two-byte character), and ends out of order.
        let mut w = Writer::default();
        w.bytes("é".as_bytes());
        w.u32s(&[1, 2]);
        assert_eq!(Strings::decode(&mut Reader::new(&w.finish())), None);
        let mut w = Writer::default();
        w.u32s(&[1, 2, 3]);
        w.u32s(&[2, 1, 3]);
        assert_eq!(Lists::decode(&mut Reader::new(&w.finish())), None);
        let mut w = Writer::default();
        w.u32s(&[1, 2, 3]);
        w.u32s(&[2, 9]);
        assert_eq!(Lists::decode(&mut Reader::new(&w.finish())), None);
    }
}
