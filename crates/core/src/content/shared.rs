//! Shared parts of the content library. The app joins the scenarios written on a device to the
//! content as a new library that lives for the visit; with its parts shared, that costs a few
//! pointers and the new scenarios, not a copy of every page (which was leaked on every save).

use crate::scenario::Scenario;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::Deref;
use std::sync::Arc;

/// A part of the library shared between copies of it, read as the value it holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shared<T>(Arc<T>);

impl<T> Shared<T> {
    /// Shares `value`.
    pub fn new(value: T) -> Shared<T> {
        Shared(Arc::new(value))
    }

    /// Whether `other` is the very same part (shared, not a copy).
    pub fn shares(&self, other: &Shared<T>) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: Clone> Shared<T> {
    /// The value to change: copied first if another library shares it.
    pub fn make_mut(&mut self) -> &mut T {
        Arc::make_mut(&mut self.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Shared<T> {
        Shared::new(value)
    }
}

impl<'a, T> IntoIterator for &'a Shared<Vec<T>> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Shared<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        T::deserialize(d).map(Shared::new)
    }
}

/// The scenarios, each shared between copies of the library, so adding one to a copy never
/// copies the others.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scenarios(Vec<Arc<Scenario>>);

impl Scenarios {
    /// Whether the scenario at `i` is the very one in `other` at `i` (shared, not a copy).
    pub fn shares(&self, other: &Scenarios, i: usize) -> bool {
        matches!((self.0.get(i), other.0.get(i)), (Some(a), Some(b)) if Arc::ptr_eq(a, b))
    }

    /// Each scenario, in reading order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Scenario> + ExactSizeIterator + Clone {
        self.0.iter().map(|s| &**s)
    }

    /// How many there are.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds one at the end.
    pub fn push(&mut self, scenario: Scenario) {
        self.0.push(Arc::new(scenario));
    }

    /// The scenarios themselves (copied where another library shares them).
    pub fn into_owned(self) -> Vec<Scenario> {
        self.0.into_iter().map(Arc::unwrap_or_clone).collect()
    }
}

impl std::ops::Index<usize> for Scenarios {
    type Output = Scenario;
    fn index(&self, i: usize) -> &Scenario {
        &self.0[i]
    }
}

impl From<Vec<Scenario>> for Scenarios {
    fn from(scenarios: Vec<Scenario>) -> Scenarios {
        Scenarios(scenarios.into_iter().map(Arc::new).collect())
    }
}

impl<'a> IntoIterator for &'a Scenarios {
    type Item = &'a Scenario;
    type IntoIter = std::iter::Map<std::slice::Iter<'a, Arc<Scenario>>, fn(&'a Arc<Scenario>) -> &'a Scenario>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|s| &**s)
    }
}

impl Serialize for Scenarios {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Scenarios {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<Scenario>::deserialize(d).map(Scenarios::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copy_shares_and_a_change_copies_first() {
        let mut a = Shared::new(vec![1, 2, 3]);
        let b = a.clone();
        assert!(Arc::ptr_eq(&a.0, &b.0), "a copy shares");
        a.make_mut().push(4);
        assert_eq!((a.len(), b.len()), (4, 3), "a change copies first");
    }
}
