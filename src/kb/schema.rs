//! The knowledge-base schema, derived from the serde model by schemars: written out as
//! `assets/knowledge.schema.json`, and read back as a tree that drives the checker's
//! messages and the stripping of unknown fields. The model is the one source: a field added
//! there is known to the schema file, the checker and the fast path at once.

use std::sync::LazyLock;

use schemars::JsonSchema;
use serde_json::{Value, json};

use super::model::KnowledgeBase;

/// The knowledge base's own object, where every walk starts.
pub const ROOT: Ty = Ty::Obj(0);

/// What a field holds, as the checker needs to know it.
#[derive(Debug, PartialEq)]
pub enum Ty {
    Str,
    Bool,
    Uint,
    /// A number of 0 or more, fractions allowed.
    Num,
    Enum(Vec<String>),
    Array(Box<Ty>),
    /// An object: its index in [`Schema::obj`].
    Obj(usize),
}

#[derive(Debug)]
pub struct Field {
    pub name: String,
    pub ty: Ty,
    pub required: bool,
    /// `null` is accepted (an optional field serde reads as absent).
    pub nullable: bool,
    pub doc: String,
}

#[derive(Debug)]
pub struct Obj {
    /// The model type's schema name ("PayFigure").
    pub def: String,
    /// How messages name it ("pay figure").
    pub name: String,
    pub doc: String,
    pub fields: Vec<Field>,
}

impl Obj {
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// True when this is the schema of model type `T`.
    pub fn is<T: JsonSchema>(&self) -> bool {
        self.def == T::schema_name()
    }
}

/// Every object of the schema; the first is the knowledge base itself.
#[derive(Debug)]
pub struct Schema {
    objs: Vec<Obj>,
}

impl Schema {
    pub fn root(&self) -> &Obj {
        &self.objs[0]
    }

    /// The object an [`Ty::Obj`] points to.
    pub fn obj(&self, i: usize) -> &Obj {
        &self.objs[i]
    }

    /// Reads the tree out of a schema as schemars writes it; `Err` names the first shape
    /// this reader does not know (the model's types are few, and a unit test reads them all).
    fn read(schema: &Value) -> Result<Schema, String> {
        let defs = schema
            .get("$defs")
            .and_then(Value::as_object)
            .ok_or("no $defs")?;
        let mut names: Vec<&str> = vec![""];
        names.extend(
            defs.iter()
                .filter(|(_, d)| d.get("properties").is_some())
                .map(|(k, _)| k.as_str()),
        );
        let mut objs = Vec::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            let (def, body) = if i == 0 {
                (
                    KnowledgeBase::schema_name().into_owned(),
                    schema.get("properties").map(|_| schema),
                )
            } else {
                ((*name).to_string(), defs.get(*name))
            };
            let body = body.ok_or_else(|| format!("{def}: missing"))?;
            objs.push(read_obj(&def, body, defs, &names)?);
        }
        Ok(Schema { objs })
    }
}

fn read_obj(
    def: &str,
    body: &Value,
    defs: &serde_json::Map<String, Value>,
    names: &[&str],
) -> Result<Obj, String> {
    let required: Vec<&str> = body
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let props = body
        .get("properties")
        .and_then(Value::as_object)
        .ok_or_else(|| format!("{def}: no properties"))?;
    let mut fields = Vec::with_capacity(props.len());
    for (name, p) in props {
        let (ty, nullable) = read_ty(p, defs, names).map_err(|e| format!("{def}.{name}: {e}"))?;
        fields.push(Field {
            name: name.clone(),
            ty,
            required: required.contains(&name.as_str()),
            nullable,
            doc: text(p, "description"),
        });
    }
    Ok(Obj {
        def: def.to_string(),
        name: words(def),
        doc: text(body, "description"),
        fields,
    })
}

fn text(v: &Value, key: &str) -> String {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// A field's type, and whether it takes `null`.
fn read_ty(
    p: &Value,
    defs: &serde_json::Map<String, Value>,
    names: &[&str],
) -> Result<(Ty, bool), String> {
    if let Some(r) = p.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").ok_or("a $ref outside $defs")?;
        if let Some(i) = names.iter().position(|n| *n == name) {
            return Ok((Ty::Obj(i), false));
        }
        let def = defs.get(name).ok_or("a $ref to nothing")?;
        return read_ty(def, defs, names);
    }
    if let Some(values) = p.get("enum").and_then(Value::as_array) {
        let values = values.iter().filter_map(Value::as_str).map(String::from);
        return Ok((Ty::Enum(values.collect()), false));
    }
    if let Some(any) = p.get("anyOf").and_then(Value::as_array) {
        let null = json!({"type": "null"});
        if let [one, other] = any.as_slice()
            && *other == null
        {
            return Ok((read_ty(one, defs, names)?.0, true));
        }
        return Err("an anyOf other than (T or null)".into());
    }
    let (kind, nullable) = match p.get("type") {
        Some(Value::String(t)) => (t.as_str(), false),
        Some(Value::Array(ts)) => match ts.as_slice() {
            [Value::String(t), Value::String(n)] if n == "null" => (t.as_str(), true),
            _ => return Err("a list of types other than [T, \"null\"]".into()),
        },
        _ => return Err("no type".into()),
    };
    let ty = match kind {
        "string" => Ty::Str,
        "boolean" => Ty::Bool,
        "integer" if p.get("minimum").and_then(Value::as_u64) == Some(0) => Ty::Uint,
        "number" if p.get("minimum").and_then(Value::as_f64) == Some(0.0) => Ty::Num,
        "array" => {
            let items = p.get("items").ok_or("an array without items")?;
            Ty::Array(Box::new(read_ty(items, defs, names)?.0))
        }
        other => return Err(format!("the type {other}")),
    };
    Ok((ty, nullable))
}

/// "PayFigure" -> "pay figure".
fn words(def: &str) -> String {
    let mut out = String::with_capacity(def.len() + 2);
    for (i, c) in def.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// The schema tree the checker walks, read once from the model's schema.
pub fn schema() -> &'static Schema {
    static SCHEMA: LazyLock<Schema> = LazyLock::new(|| {
        Schema::read(&json_schema()).unwrap_or_else(|e| {
            panic!("the model's schema has a shape the checker cannot read: {e}")
        })
    });
    &SCHEMA
}

/// A short description of a type for messages: "a string", "a list of fact objects".
pub fn describe(ty: &Ty) -> String {
    match ty {
        Ty::Str => "a string".into(),
        Ty::Bool => "true or false".into(),
        Ty::Uint => "a whole number (0 or more)".into(),
        Ty::Num => "a number (0 or more)".into(),
        Ty::Enum(values) => format!(
            "one of {}",
            values
                .iter()
                .map(|v| format!("\"{v}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Ty::Array(inner) => match inner.as_ref() {
            Ty::Str => "a list of strings".into(),
            Ty::Obj(i) => format!("a list of {} objects", schema().obj(*i).name),
            other => format!("a list of {}", describe(other)),
        },
        Ty::Obj(i) => format!("a {} object", schema().obj(*i).name),
    }
}

/// The JSON Schema (draft 2020-12) for knowledge-base files, from the model's types.
pub fn json_schema() -> Value {
    let mut root = serde_json::to_value(schemars::schema_for!(KnowledgeBase)).unwrap_or_default();
    if let Some(m) = root.as_object_mut() {
        m.insert("title".into(), json!("Perfusion Explorer knowledge base"));
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_of_the_model_reads_as_a_tree() {
        let s = Schema::read(&json_schema()).unwrap_or_else(|e| panic!("{e}"));
        let names: Vec<&str> = s.objs.iter().map(|o| o.name.as_str()).collect();
        for want in [
            "knowledge base",
            "pay figure",
            "slide",
            "fact",
            "source",
            "dispute",
        ] {
            assert!(names.contains(&want), "{want} in {names:?}");
        }
        let fact = s
            .objs
            .iter()
            .find(|o| o.name == "fact")
            .unwrap_or_else(|| panic!("fact"));
        let note = fact.field("note").unwrap_or_else(|| panic!("note"));
        assert!(!note.required && note.nullable && note.ty == Ty::Str);
        assert!(
            fact.field("sources")
                .is_some_and(|f| f.required && f.ty == Ty::Array(Box::new(Ty::Str)))
        );
        let dispute = fact.field("dispute").unwrap_or_else(|| panic!("dispute"));
        assert!(matches!(dispute.ty, Ty::Obj(i) if s.obj(i).name == "dispute") && dispute.nullable);
        assert!(
            s.root().fields.iter().all(|f| !f.doc.is_empty()),
            "every field is described"
        );
    }

    #[test]
    fn names_read_as_words() {
        assert_eq!(words("PayFigure"), "pay figure");
        assert_eq!(words("KnowledgeBase"), "knowledge base");
        assert_eq!(words("Faq"), "faq");
    }
}
