//! The knowledge-base schema as data: it drives the validator's messages and generates
//! `assets/knowledge.schema.json`, so the two cannot drift apart.

use serde_json::{Map, Value, json};

use super::model::SCHEMA_VERSION;

#[derive(Debug)]
pub enum Ty {
    Str,
    Uint,
    Enum(&'static [&'static str]),
    Array(&'static Ty),
    Obj(&'static Obj),
}

#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub ty: Ty,
    pub required: bool,
    pub doc: &'static str,
}

#[derive(Debug)]
pub struct Obj {
    pub name: &'static str,
    pub doc: &'static str,
    pub fields: &'static [Field],
}

impl Obj {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

const fn req(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        name,
        ty,
        required: true,
        doc,
    }
}

const fn opt(name: &'static str, ty: Ty, doc: &'static str) -> Field {
    Field {
        name,
        ty,
        required: false,
        doc,
    }
}

const STRS: Ty = Ty::Array(&Ty::Str);

pub const DISPUTE: Obj = Obj {
    name: "dispute",
    doc: "What better sources say instead of a contradicted claim.",
    fields: &[
        req("says", Ty::Str, "what the better sources say"),
        req("sources", STRS, "ids of the sources that say it"),
    ],
};

pub const FACT: Obj = Obj {
    name: "fact",
    doc: "One statement with the sources that support it.",
    fields: &[
        req("text", Ty::Str, "the statement, in your own words"),
        req(
            "sources",
            STRS,
            "ids of sources from the top-level `sources` list",
        ),
        opt(
            "note",
            Ty::Str,
            "a caveat shown with the fact, e.g. self-reported or possibly out of date",
        ),
        opt(
            "dispute",
            Ty::Obj(&DISPUTE),
            "present when better sources contradict the claim",
        ),
    ],
};

const FACTS: Ty = Ty::Array(&Ty::Obj(&FACT));

pub const SOURCE: Obj = Obj {
    name: "source",
    doc: "Where facts come from.",
    fields: &[
        req(
            "id",
            Ty::Str,
            "a short unique id that facts cite, e.g. \"abcp-cert\"",
        ),
        req("title", Ty::Str, "the page's or document's title"),
        req("publisher", Ty::Str, "who published it"),
        opt("url", Ty::Str, "its web address"),
        req(
            "year",
            Ty::Str,
            "a year such as \"2024\", \"c. 2021\", or \"undated\"",
        ),
        req(
            "trust",
            Ty::Enum(&["high", "medium", "low"]),
            "how far to rely on it",
        ),
        opt(
            "note",
            Ty::Str,
            "why it has this trust level, or other caveats",
        ),
    ],
};

pub const SECTION: Obj = Obj {
    name: "section",
    doc: "A headed part of a program's description.",
    fields: &[
        req("id", Ty::Str, "a short unique id"),
        req("heading", Ty::Str, "the section's heading"),
        opt("tags", STRS, "extra words search should match"),
        req("facts", FACTS, "the section's facts"),
    ],
};

pub const PROGRAM: Obj = Obj {
    name: "program",
    doc: "An education program.",
    fields: &[
        req("id", Ty::Str, "a short unique id"),
        req("name", Ty::Str, "the program's name"),
        opt("aliases", STRS, "other names search should match"),
        opt("url", Ty::Str, "the program's web address"),
        req("summary", Ty::Obj(&FACT), "one-paragraph overview"),
        opt(
            "sections",
            Ty::Array(&Ty::Obj(&SECTION)),
            "the program's sections",
        ),
    ],
};

pub const PAY: Obj = Obj {
    name: "pay figure",
    doc: "A pay figure in US dollars a year.",
    fields: &[
        req(
            "label",
            Ty::Str,
            "where the figure comes from, e.g. \"Validated salary survey\"",
        ),
        req(
            "basis",
            Ty::Str,
            "\"average\", \"median\", \"starting range\", ...",
        ),
        req(
            "low",
            Ty::Uint,
            "the figure, or the bottom of a range, in whole dollars",
        ),
        opt("high", Ty::Uint, "the top of a range"),
        req(
            "year",
            Ty::Str,
            "the year the figure describes, or \"undated\"",
        ),
        req("sources", STRS, "ids of the sources"),
        opt("note", Ty::Str, "a caveat"),
        opt(
            "dispute",
            Ty::Obj(&DISPUTE),
            "present when better sources contradict the figure",
        ),
    ],
};

pub const ROLE: Obj = Obj {
    name: "role",
    doc: "A career compared in the Compare pane.",
    fields: &[
        req("id", Ty::Str, "a short unique id"),
        req("title", Ty::Str, "the role's name"),
        opt("aliases", STRS, "other names search should match"),
        req("summary", Ty::Obj(&FACT), "one-paragraph description"),
        opt(
            "pay",
            Ty::Array(&Ty::Obj(&PAY)),
            "pay figures, each with source and year",
        ),
    ],
};

pub const CELL: Obj = Obj {
    name: "cell",
    doc: "What one role's column says for one dimension.",
    fields: &[
        req("role", Ty::Str, "a role id from `comparison.roles`"),
        req("facts", FACTS, "the cell's facts"),
    ],
};

pub const DIMENSION: Obj = Obj {
    name: "dimension",
    doc: "One row of the comparison, e.g. Duties or Pay.",
    fields: &[
        req("id", Ty::Str, "a short unique id"),
        req("label", Ty::Str, "the row's label"),
        opt(
            "aliases",
            STRS,
            "other words search should match, e.g. \"salary\" for Pay",
        ),
        req("cells", Ty::Array(&Ty::Obj(&CELL)), "one cell per role"),
    ],
};

pub const COMPARISON: Obj = Obj {
    name: "comparison",
    doc: "The roles side by side.",
    fields: &[
        opt("roles", STRS, "role ids, in column order"),
        opt("dimensions", Ty::Array(&Ty::Obj(&DIMENSION)), "the rows"),
    ],
};

pub const FAQ: Obj = Obj {
    name: "faq",
    doc: "A question students ask, with a sourced answer.",
    fields: &[
        req("id", Ty::Str, "a short unique id"),
        req(
            "question",
            Ty::Str,
            "the question as a student would ask it",
        ),
        opt("tags", STRS, "extra words search should match"),
        req("answer", FACTS, "the answer's facts"),
    ],
};

pub const TERM: Obj = Obj {
    name: "term",
    doc: "A glossary term.",
    fields: &[
        req("id", Ty::Str, "a short unique id"),
        req(
            "term",
            Ty::Str,
            "the term, e.g. \"IABP (intra-aortic balloon pump)\"",
        ),
        opt("aliases", STRS, "other names, e.g. \"balloon pump\""),
        req("definition", FACTS, "the definition's facts"),
    ],
};

pub const SLIDE: Obj = Obj {
    name: "slide",
    doc: "One slide of the presentation (`perfusion-explorer present`).",
    fields: &[
        req(
            "kind",
            Ty::Enum(&[
                "glance", "role", "compare", "pay", "path", "faqs", "closing",
            ]),
            "what the slide shows",
        ),
        opt("heading", Ty::Str, "a short heading for large letters"),
        opt("role", Ty::Str, "for a role slide: the role id"),
        opt("faqs", STRS, "for a faqs slide: FAQ ids"),
    ],
};

pub const ROOT: Obj = Obj {
    name: "knowledge base",
    doc: "A Perfusion Explorer knowledge base.",
    fields: &[
        req(
            "schema_version",
            Ty::Uint,
            "the schema version the file is written for (1)",
        ),
        req("title", Ty::Str, "the knowledge base's title"),
        opt("description", Ty::Str, "what it covers"),
        opt(
            "checked",
            Ty::Str,
            "when the facts were last checked against their sources, e.g. \"2026-12\"",
        ),
        req(
            "sources",
            Ty::Array(&Ty::Obj(&SOURCE)),
            "every source facts may cite",
        ),
        opt(
            "programs",
            Ty::Array(&Ty::Obj(&PROGRAM)),
            "education programs",
        ),
        opt("roles", Ty::Array(&Ty::Obj(&ROLE)), "careers"),
        opt("comparison", Ty::Obj(&COMPARISON), "the roles side by side"),
        opt(
            "faqs",
            Ty::Array(&Ty::Obj(&FAQ)),
            "frequently asked questions",
        ),
        opt("glossary", Ty::Array(&Ty::Obj(&TERM)), "glossary terms"),
        opt(
            "slides",
            Ty::Array(&Ty::Obj(&SLIDE)),
            "the presentation's slides, in order (default deck when absent)",
        ),
    ],
};

/// A short description of a type for messages: "a string", "a list of facts".
pub fn describe(ty: &Ty) -> String {
    match ty {
        Ty::Str => "a string".into(),
        Ty::Uint => "a whole number (0 or more)".into(),
        Ty::Enum(values) => format!(
            "one of {}",
            values
                .iter()
                .map(|v| format!("\"{v}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Ty::Array(inner) => match inner {
            Ty::Str => "a list of strings".into(),
            Ty::Obj(o) => format!("a list of {} objects", o.name),
            other => format!("a list of {}", describe(other)),
        },
        Ty::Obj(o) => format!("a {} object", o.name),
    }
}

fn ty_schema(ty: &Ty) -> Value {
    match ty {
        Ty::Str => json!({"type": "string"}),
        Ty::Uint => json!({"type": "integer", "minimum": 0}),
        Ty::Enum(values) => json!({"type": "string", "enum": values}),
        Ty::Array(inner) => json!({"type": "array", "items": ty_schema(inner)}),
        Ty::Obj(o) => json!({"$ref": format!("#/$defs/{}", def_name(o))}),
    }
}

fn def_name(o: &Obj) -> String {
    o.name.replace(' ', "_")
}

fn obj_schema(o: &Obj) -> Value {
    let mut props = Map::new();
    for f in o.fields {
        let mut s = ty_schema(&f.ty);
        if let Some(m) = s.as_object_mut() {
            m.insert("description".into(), json!(f.doc));
        }
        props.insert(f.name.into(), s);
    }
    let required: Vec<&str> = o
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| f.name)
        .collect();
    json!({"type": "object", "description": o.doc, "properties": props, "required": required})
}

fn collect<'a>(o: &'a Obj, out: &mut Vec<&'a Obj>) {
    if out.iter().any(|x| x.name == o.name) {
        return;
    }
    out.push(o);
    for f in o.fields {
        let mut ty = &f.ty;
        while let Ty::Array(inner) = ty {
            ty = inner;
        }
        if let Ty::Obj(child) = ty {
            collect(child, out);
        }
    }
}

/// The JSON Schema (draft 2020-12) for knowledge-base files.
pub fn json_schema() -> Value {
    let mut objs = Vec::new();
    collect(&ROOT, &mut objs);
    let mut defs = Map::new();
    for o in objs.iter().skip(1) {
        defs.insert(def_name(o), obj_schema(o));
    }
    let mut root = obj_schema(&ROOT);
    if let Some(m) = root.as_object_mut() {
        m.insert(
            "$schema".into(),
            json!("https://json-schema.org/draft/2020-12/schema"),
        );
        m.insert("title".into(), json!("Perfusion Explorer knowledge base"));
        m.insert("$defs".into(), Value::Object(defs));
        if let Some(v) = m
            .get_mut("properties")
            .and_then(|p| p.get_mut("schema_version"))
        {
            v["maximum"] = json!(SCHEMA_VERSION);
        }
    }
    root
}
