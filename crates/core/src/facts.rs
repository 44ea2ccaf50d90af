//! The facts the core's own texts state, from the register `content/facts.toml`: each is a
//! constant (`facts::MSA_S51`) holding the fact's words and, for a fact not fully confirmed, its
//! "check" mark, exactly as content shows it. A fact that is not in the register does not
//! compile. The constants are written by the build script from the register itself.

include!(concat!(env!("OUT_DIR"), "/facts.rs"));

/// The fact `id` as cited, if the register has it.
pub fn fact(id: &str) -> Option<&'static str> {
    ALL.iter().find(|(i, _)| *i == id).map(|(_, cited)| *cited)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_is_there_by_id_and_by_name() {
        assert!(ALL.len() > 100);
        assert_eq!(fact("msa-s51"), Some(MSA_S51));
        assert_eq!(MSA_S51, "section 51");
        assert_eq!(fact("no-such-fact"), None);
    }
}
