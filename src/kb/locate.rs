//! Finding where a JSON path such as `roles[1].pay[0].sources` starts in the text, so
//! problems can be reported as line:column. Runs only when there are problems to report.

use std::io::Write as _;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, col)
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// By hash: a file with tens of thousands of problems is scanned once, not per problem.
    wanted: HashSet<&'a str>,
    found: HashMap<&'a str, usize>,
}

impl Scanner<'_> {
    fn ws(&mut self) {
        while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    /// Appends a string's contents to `out` (None: only skips it). Assumes valid JSON
    /// (serde_json has parsed it already); decodes only simple escapes, which is all object
    /// keys in our schema need.
    fn string(&mut self, mut out: Option<&mut Vec<u8>>) {
        self.pos += 1;
        if out.is_none() {
            // Skipped strings are most of a large file: jump from escape to escape.
            while let Some(i) = self
                .bytes
                .get(self.pos..)
                .and_then(|rest| memchr::memchr2(b'"', b'\\', rest))
            {
                self.pos += i;
                if self.bytes[self.pos] == b'"' {
                    self.pos += 1;
                    return;
                }
                self.pos += 2;
            }
            self.pos = self.bytes.len();
            return;
        }
        while self.pos < self.bytes.len() && self.bytes[self.pos] != b'"' {
            if self.bytes[self.pos] == b'\\' {
                self.pos += 1;
            }
            if let (Some(out), Some(&b)) = (out.as_deref_mut(), self.bytes.get(self.pos)) {
                out.push(b);
            }
            self.pos += 1;
        }
        self.pos += 1;
    }

    /// Skips one value whole, nested or not, without reading its keys.
    fn skip(&mut self) {
        let mut depth = 0usize;
        while let Some(&b) = self.bytes.get(self.pos) {
            match b {
                b'"' => {
                    self.string(None);
                    if depth == 0 {
                        return;
                    }
                    continue;
                }
                b'{' | b'[' => depth += 1,
                b'}' | b']' => {
                    if depth == 0 {
                        return;
                    }
                    depth -= 1;
                    if depth == 0 {
                        self.pos += 1;
                        return;
                    }
                }
                b',' if depth == 0 => return,
                _ if depth == 0 && b.is_ascii_whitespace() => return,
                _ => {}
            }
            self.pos += 1;
        }
    }

    fn found_at(&mut self, path: &[u8], pos: usize) {
        if let Ok(p) = std::str::from_utf8(path)
            && let Some(&key) = self.wanted.get(p)
        {
            self.found.entry(key).or_insert(pos);
        }
    }

    /// Reads the value at `path` (a buffer grown and cut back as it goes), noting where each
    /// wanted path starts. A value with no wanted path at or under it is skipped unread:
    /// every ancestor of a wanted path is wanted, so that is one lookup.
    fn value(&mut self, path: &mut Vec<u8>, depth: usize) {
        self.ws();
        let wanted = std::str::from_utf8(path).is_ok_and(|p| self.wanted.contains(p));
        if !path.is_empty() && !wanted {
            self.skip();
            return;
        }
        self.found_at(path, self.pos);
        match self.bytes.get(self.pos) {
            Some(b'{') if depth < 200 => {
                self.pos += 1;
                loop {
                    self.ws();
                    match self.bytes.get(self.pos) {
                        Some(b'"') => {
                            let key_pos = self.pos;
                            let len = path.len();
                            if !path.is_empty() {
                                path.push(b'.');
                            }
                            self.string(Some(path));
                            // A field that is there but wrong is reported at its key.
                            self.found_at(path, key_pos);
                            self.ws();
                            self.pos += 1; // ':'
                            self.value(path, depth + 1);
                            path.truncate(len);
                            self.ws();
                            if self.bytes.get(self.pos) == Some(&b',') {
                                self.pos += 1;
                            }
                        }
                        Some(b'}') => {
                            self.pos += 1;
                            return;
                        }
                        _ => return,
                    }
                }
            }
            Some(b'[') if depth < 200 => {
                self.pos += 1;
                let mut i = 0;
                loop {
                    self.ws();
                    match self.bytes.get(self.pos) {
                        Some(b']') => {
                            self.pos += 1;
                            return;
                        }
                        Some(_) => {
                            let len = path.len();
                            // Writing to a Vec<u8> cannot fail.
                            let _ = write!(path, "[{i}]");
                            self.value(path, depth + 1);
                            path.truncate(len);
                            i += 1;
                            self.ws();
                            if self.bytes.get(self.pos) == Some(&b',') {
                                self.pos += 1;
                            }
                        }
                        None => return,
                    }
                }
            }
            Some(_) => self.skip(),
            None => {}
        }
    }
}

/// Where each wanted path starts; a path that is not in the text (a missing field) falls
/// back to its nearest existing parent.
pub fn locate(text: &str, wanted: &[&str]) -> HashMap<String, (usize, usize)> {
    // Every wanted path and all its ancestors, as slices of it: no string is made.
    let mut all: HashSet<&str> = HashSet::default();
    for &w in wanted {
        let mut p = w;
        while all.insert(p) {
            match parent(p) {
                Some(up) => p = up,
                None => break,
            }
        }
    }
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        pos: 0,
        wanted: all,
        found: HashMap::default(),
    };
    scanner.value(&mut Vec::new(), 0);
    let mut at: Vec<(&str, usize)> = Vec::new();
    for &w in wanted {
        let mut p = w;
        loop {
            if let Some(&off) = scanner.found.get(p) {
                at.push((w, off));
                break;
            }
            match parent(p) {
                Some(up) => p = up,
                None => break,
            }
        }
    }
    let offsets: Vec<usize> = at.iter().map(|&(_, off)| off).collect();
    let places = line_cols(text, &offsets);
    at.into_iter()
        .filter_map(|(w, off)| places.get(&off).map(|&lc| (w.to_string(), lc)))
        .collect()
}

/// Line and column of many byte offsets in one pass over the text (a minified file is one
/// long line, so counting from each line's start per problem would be quadratic).
fn line_cols(text: &str, offsets: &[usize]) -> HashMap<usize, (usize, usize)> {
    let mut sorted: Vec<usize> = offsets.iter().map(|&o| o.min(text.len())).collect();
    sorted.sort_unstable();
    sorted.dedup();
    let bytes = text.as_bytes();
    let mut out = HashMap::default();
    let (mut line, mut col, mut at) = (1, 1, 0);
    for off in sorted {
        let seg = bytes.get(at..off).unwrap_or_default();
        match memchr::memrchr(b'\n', seg) {
            Some(last) => {
                line += memchr::memchr_iter(b'\n', seg).count();
                col = 1 + chars_in(seg.get(last + 1..).unwrap_or_default());
            }
            None => col += chars_in(seg),
        }
        at = off;
        out.insert(off, (line, col));
    }
    out
}

/// Characters in UTF-8 bytes: every byte that does not continue a character starts one.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    path.get(..cut)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_paths_and_falls_back_to_parents() {
        let text = "{\n  \"a\": [\n    {\"b\": 1},\n    {\"c\": \"x\"}\n  ]\n}";
        let found = locate(text, &["a[1].c", "a[0].missing", "a"]);
        assert_eq!(found["a[1].c"], (4, 6));
        assert_eq!(found["a[0].missing"], (3, 5));
        assert_eq!(found["a"], (2, 3));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(line_col("é\"x", 2), (1, 2));
    }

    #[test]
    fn the_one_pass_agrees_with_counting_each_offset() {
        let text = "{\n  \"é\": [1,\n 2],\n\"b\": \"x\"}";
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&o| text.is_char_boundary(o))
            .collect();
        let all = line_cols(text, &offsets);
        for o in offsets {
            assert_eq!(all[&o], line_col(text, o), "offset {o}");
        }
    }

    #[test]
    fn skipped_strings_with_escaped_quotes_do_not_lose_the_place() {
        let text = "{\"x\": [\"a \\\" b\\\\\", {\"q\": \"}\\\"]\"}],\n \"y\": {\"z\": 1}}";
        let v: serde_json::Value = serde_json::from_str(text).expect("valid JSON");
        assert_eq!(v["y"]["z"], 1);
        let found = locate(text, &["y.z"]);
        assert_eq!(found["y.z"], (2, 8));
    }
}
