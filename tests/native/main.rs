//! The native integration tests, as one test binary (one link, one shared fixture): the real
//! content, the scenarios played on every path, the screening rules as properties, search,
//! saved data and import at the edge, workshop sessions, the routes, and that no two modules
//! import each other.

mod author;
mod changes;
mod common;
mod content;
mod first_paint;
mod imports;
mod learning;
mod next_steps;
mod referral;
mod routes;
mod scenarios;
mod screening;
mod search;
mod storage;
mod welsh;
mod workshop;
