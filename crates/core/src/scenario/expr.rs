//! Scenario variables: values, conditions (`trust >= 1 and not referred`) and changes
//! (`trust + 1, referred = true`). Parsing reports plain messages; evaluation is total.

use crate::msg;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A variable's value: a whole number or yes/no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// Yes or no.
    Bool(bool),
    /// A whole number.
    Int(i64),
}

impl Value {
    /// "a number" or "yes/no", for messages.
    pub fn kind(self) -> String {
        match self {
            Value::Bool(_) => msg!("scenarios-kind-bool"),
            Value::Int(_) => msg!("scenarios-kind-int"),
        }
    }

    fn parse(text: &str) -> Option<Value> {
        match text {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => text.parse().ok().map(Value::Int),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(n) => write!(f, "{n}"),
        }
    }
}

/// The variables of a play, by name.
pub type Vars = BTreeMap<String, Value>;

/// A comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

/// One test: `var OP value`; `var` alone means `var == true`, `not var` means `var == false`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Test {
    /// The variable.
    pub var: String,
    /// The comparison.
    pub op: Op,
    /// What it is compared with.
    pub value: Value,
}

/// A condition: every test must hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cond(pub Vec<Test>);

/// A change to a variable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    /// `= value`
    Assign(Value),
    /// `+ n` or `- n`
    Add(i64),
}

/// A change to one variable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Set {
    /// The variable.
    pub var: String,
    /// The change.
    pub change: Change,
}

impl Cond {
    /// Parses `a >= 1 and not b`.
    pub fn parse(text: &str) -> Result<Cond, String> {
        let mut tests = Vec::new();
        for part in text.split(" and ") {
            let part = part.trim();
            let words: Vec<&str> = part.split_whitespace().collect();
            let test = match words.as_slice() {
                [var] => Test { var: name(var)?, op: Op::Eq, value: Value::Bool(true) },
                ["not", var] => Test { var: name(var)?, op: Op::Eq, value: Value::Bool(false) },
                [var, op, value] => {
                    let op = match *op {
                        "==" | "=" => Op::Eq,
                        "!=" => Op::Ne,
                        "<" => Op::Lt,
                        "<=" => Op::Le,
                        ">" => Op::Gt,
                        ">=" => Op::Ge,
                        other => return Err(msg!("scenarios-not-a-comparison", text = other)),
                    };
                    let value = Value::parse(value).ok_or_else(|| msg!("scenarios-not-a-value", text = *value))?;
                    Test { var: name(var)?, op, value }
                }
                _ => return Err(msg!("scenarios-bad-condition", text = part)),
            };
            tests.push(test);
        }
        Ok(Cond(tests))
    }

    /// Whether every test holds. A missing variable or a value of the other kind fails the test.
    pub fn holds(&self, vars: &Vars) -> bool {
        self.0.iter().all(|t| match (vars.get(&t.var), t.value) {
            (Some(Value::Int(a)), Value::Int(b)) => compare(*a, t.op, b),
            (Some(Value::Bool(a)), Value::Bool(b)) => match t.op {
                Op::Eq => *a == b,
                Op::Ne => *a != b,
                _ => false,
            },
            _ => false,
        })
    }
}

/// Whether `a op b` holds for two whole numbers.
pub(super) fn compare(a: i64, op: Op, b: i64) -> bool {
    match op {
        Op::Eq => a == b,
        Op::Ne => a != b,
        Op::Lt => a < b,
        Op::Le => a <= b,
        Op::Gt => a > b,
        Op::Ge => a >= b,
    }
}

impl Set {
    /// Parses `trust + 1, referred = true`.
    pub fn parse_list(text: &str) -> Result<Vec<Set>, String> {
        text.split(',')
            .map(|part| {
                let words: Vec<&str> = part.split_whitespace().collect();
                match words.as_slice() {
                    [var, "=", value] => Ok(Set {
                        var: name(var)?,
                        change: Change::Assign(
                            Value::parse(value).ok_or_else(|| msg!("scenarios-not-a-value", text = *value))?,
                        ),
                    }),
                    [var, sign @ ("+" | "-"), n] => {
                        let n: i64 = n.parse().map_err(|_| msg!("scenarios-not-a-number", text = *n))?;
                        Ok(Set { var: name(var)?, change: Change::Add(if *sign == "-" { -n } else { n }) })
                    }
                    _ => Err(msg!("scenarios-bad-change", text = part.trim())),
                }
            })
            .collect()
    }

    /// Applies the change. Adding to a missing or yes/no variable does nothing.
    pub fn apply(&self, vars: &mut Vars) {
        match (&self.change, vars.get_mut(&self.var)) {
            (Change::Assign(v), Some(slot)) => *slot = *v,
            (Change::Add(n), Some(Value::Int(slot))) => *slot = slot.saturating_add(*n),
            _ => {}
        }
    }
}

fn name(word: &str) -> Result<String, String> {
    let ok = !word.is_empty()
        && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && word.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    if ok {
        Ok(word.to_string())
    } else {
        Err(msg!("scenarios-not-a-name", text = word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars() -> Vars {
        [("trust".to_string(), Value::Int(1)), ("referred".to_string(), Value::Bool(false))].into_iter().collect()
    }

    #[test]
    fn conditions_parse_and_hold() {
        assert!(Cond::parse("trust >= 1 and not referred").unwrap().holds(&vars()));
        assert!(!Cond::parse("referred").unwrap().holds(&vars()));
        assert!(!Cond::parse("trust > 1").unwrap().holds(&vars()));
        assert!(!Cond::parse("missing == 1").unwrap().holds(&vars()), "an unknown variable never holds");
        assert!(!Cond::parse("referred > true").unwrap().holds(&vars()), "yes/no values only compare for equality");
        assert!(Cond::parse("trust >> 1").is_err());
        assert!(Cond::parse("Trust == 1").is_err());
        assert!(Cond::parse("trust == maybe").is_err());
    }

    #[test]
    fn changes_parse_and_apply() {
        let mut v = vars();
        for s in Set::parse_list("trust + 2, referred = true, trust - 1").unwrap() {
            s.apply(&mut v);
        }
        assert_eq!(v["trust"], Value::Int(2));
        assert_eq!(v["referred"], Value::Bool(true));
        assert!(Set::parse_list("trust * 2").is_err());
        assert!(Set::parse_list("trust + x").is_err());
    }
}
