//! The départements of France with their codes and régions (the 2016 régions), and the
//! overseas collectivités that have a code of their own but no région.
//!
//! National offers files give a place as "Vendée (85)": the code finds the département's
//! usual spelling and its région here.

use crate::text::fold;

/// A département (or an overseas collectivité).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Departement {
    /// The official code ("85", "2A", "974").
    pub(crate) code: &'static str,
    /// The usual spelling ("Vendée", "Côte-d'Or", "La Réunion").
    pub(crate) name: &'static str,
    /// Its région; `None` for the overseas collectivités (Polynésie française…).
    pub(crate) region: Option<&'static str>,
}

const ARA: Option<&str> = Some("Auvergne-Rhône-Alpes");
const BFC: Option<&str> = Some("Bourgogne-Franche-Comté");
const BRE: Option<&str> = Some("Bretagne");
const CVL: Option<&str> = Some("Centre-Val de Loire");
const COR: Option<&str> = Some("Corse");
const GES: Option<&str> = Some("Grand Est");
const HDF: Option<&str> = Some("Hauts-de-France");
const IDF: Option<&str> = Some("Île-de-France");
const NOR: Option<&str> = Some("Normandie");
const NAQ: Option<&str> = Some("Nouvelle-Aquitaine");
const OCC: Option<&str> = Some("Occitanie");
const PDL: Option<&str> = Some("Pays de la Loire");
const PAC: Option<&str> = Some("Provence-Alpes-Côte d'Azur");

macro_rules! departements {
    ($(($code:literal, $name:literal, $region:expr),)*) => {
        /// Sorted by code, so that [`by_code`] is a binary search.
        static DEPARTEMENTS: &[Departement] = &[
            $(Departement { code: $code, name: $name, region: $region },)*
        ];
    };
}

departements! {
    ("01", "Ain", ARA),
    ("02", "Aisne", HDF),
    ("03", "Allier", ARA),
    ("04", "Alpes-de-Haute-Provence", PAC),
    ("05", "Hautes-Alpes", PAC),
    ("06", "Alpes-Maritimes", PAC),
    ("07", "Ardèche", ARA),
    ("08", "Ardennes", GES),
    ("09", "Ariège", OCC),
    ("10", "Aube", GES),
    ("11", "Aude", OCC),
    ("12", "Aveyron", OCC),
    ("13", "Bouches-du-Rhône", PAC),
    ("14", "Calvados", NOR),
    ("15", "Cantal", ARA),
    ("16", "Charente", NAQ),
    ("17", "Charente-Maritime", NAQ),
    ("18", "Cher", CVL),
    ("19", "Corrèze", NAQ),
    // Corsica's code before 1976, still met in old files.
    ("20", "Corse", COR),
    ("21", "Côte-d'Or", BFC),
    ("22", "Côtes-d'Armor", BRE),
    ("23", "Creuse", NAQ),
    ("24", "Dordogne", NAQ),
    ("25", "Doubs", BFC),
    ("26", "Drôme", ARA),
    ("27", "Eure", NOR),
    ("28", "Eure-et-Loir", CVL),
    ("29", "Finistère", BRE),
    ("2A", "Corse-du-Sud", COR),
    ("2B", "Haute-Corse", COR),
    ("30", "Gard", OCC),
    ("31", "Haute-Garonne", OCC),
    ("32", "Gers", OCC),
    ("33", "Gironde", NAQ),
    ("34", "Hérault", OCC),
    ("35", "Ille-et-Vilaine", BRE),
    ("36", "Indre", CVL),
    ("37", "Indre-et-Loire", CVL),
    ("38", "Isère", ARA),
    ("39", "Jura", BFC),
    ("40", "Landes", NAQ),
    ("41", "Loir-et-Cher", CVL),
    ("42", "Loire", ARA),
    ("43", "Haute-Loire", ARA),
    ("44", "Loire-Atlantique", PDL),
    ("45", "Loiret", CVL),
    ("46", "Lot", OCC),
    ("47", "Lot-et-Garonne", NAQ),
    ("48", "Lozère", OCC),
    ("49", "Maine-et-Loire", PDL),
    ("50", "Manche", NOR),
    ("51", "Marne", GES),
    ("52", "Haute-Marne", GES),
    ("53", "Mayenne", PDL),
    ("54", "Meurthe-et-Moselle", GES),
    ("55", "Meuse", GES),
    ("56", "Morbihan", BRE),
    ("57", "Moselle", GES),
    ("58", "Nièvre", BFC),
    ("59", "Nord", HDF),
    ("60", "Oise", HDF),
    ("61", "Orne", NOR),
    ("62", "Pas-de-Calais", HDF),
    ("63", "Puy-de-Dôme", ARA),
    ("64", "Pyrénées-Atlantiques", NAQ),
    ("65", "Hautes-Pyrénées", OCC),
    ("66", "Pyrénées-Orientales", OCC),
    ("67", "Bas-Rhin", GES),
    ("68", "Haut-Rhin", GES),
    ("69", "Rhône", ARA),
    ("70", "Haute-Saône", BFC),
    ("71", "Saône-et-Loire", BFC),
    ("72", "Sarthe", PDL),
    ("73", "Savoie", ARA),
    ("74", "Haute-Savoie", ARA),
    ("75", "Paris", IDF),
    ("76", "Seine-Maritime", NOR),
    ("77", "Seine-et-Marne", IDF),
    ("78", "Yvelines", IDF),
    ("79", "Deux-Sèvres", NAQ),
    ("80", "Somme", HDF),
    ("81", "Tarn", OCC),
    ("82", "Tarn-et-Garonne", OCC),
    ("83", "Var", PAC),
    ("84", "Vaucluse", PAC),
    ("85", "Vendée", PDL),
    ("86", "Vienne", NAQ),
    ("87", "Haute-Vienne", NAQ),
    ("88", "Vosges", GES),
    ("89", "Yonne", BFC),
    ("90", "Territoire de Belfort", BFC),
    ("91", "Essonne", IDF),
    ("92", "Hauts-de-Seine", IDF),
    ("93", "Seine-Saint-Denis", IDF),
    ("94", "Val-de-Marne", IDF),
    ("95", "Val-d'Oise", IDF),
    ("971", "Guadeloupe", Some("Guadeloupe")),
    ("972", "Martinique", Some("Martinique")),
    ("973", "Guyane", Some("Guyane")),
    ("974", "La Réunion", Some("La Réunion")),
    ("975", "Saint-Pierre-et-Miquelon", None),
    ("976", "Mayotte", Some("Mayotte")),
    ("977", "Saint-Barthélemy", None),
    ("978", "Saint-Martin", None),
    ("986", "Wallis-et-Futuna", None),
    ("987", "Polynésie française", None),
    ("988", "Nouvelle-Calédonie", None),
}

/// The département of `code` ("85", "2a", "974"; "9" and "09" are the same).
pub(crate) fn by_code(code: &str) -> Option<&'static Departement> {
    let code = code.trim();
    let padded;
    let code = if code.len() == 1 && code.as_bytes()[0].is_ascii_digit() {
        padded = format!("0{code}");
        padded.as_str()
    } else {
        code
    };
    let upper = code.to_ascii_uppercase();
    DEPARTEMENTS
        .binary_search_by(|d| d.code.cmp(upper.as_str()))
        .ok()
        .map(|i| &DEPARTEMENTS[i])
}

/// The département named `name`, however it is spelt ("Puy de Dôme", "Réunion").
pub(crate) fn by_name(name: &str) -> Option<&'static Departement> {
    DEPARTEMENTS.iter().find(|d| names(d, name))
}

/// The département a five-digit postal code is in, where the code tells: overseas codes
/// have three digits ("97441" → 974); Corsican ones ("20000") are left out, since the
/// postal code does not say which of the two départements.
pub(crate) fn by_postal_code(postal: &str) -> Option<&'static Departement> {
    let b = postal.as_bytes();
    if b.len() != 5 || !b.iter().all(u8::is_ascii_digit) || postal.starts_with("20") {
        return None;
    }
    if postal.starts_with("97") || postal.starts_with("98") {
        by_code(&postal[..3])
    } else {
        by_code(&postal[..2])
    }
}

/// Whether a département's name as written is `name` or its short form: "Belfort" for
/// "Territoire de Belfort" (see [`same_name`] for the rest).
pub(crate) fn names(d: &Departement, written: &str) -> bool {
    same_name(d.name, written) || (d.code == "90" && same_name("Belfort", written))
}

/// Whether two spellings name the same place: case, accents, hyphens, spaces,
/// apostrophes and a leading article aside ("Puy de Dôme" and "Puy-de-Dôme", "Réunion"
/// and "La Réunion", "Cote d'Or" and "Côte-d'Or").
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        let f = fold(s);
        let f = f.trim();
        let f = ["la ", "le ", "les ", "l'"]
            .iter()
            .find_map(|a| f.strip_prefix(a))
            .unwrap_or(f);
        f.chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
    };
    key(a) == key(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_complete() {
        assert!(DEPARTEMENTS.windows(2).all(|w| w[0].code < w[1].code));
        // 96 in metropolitan France (with the old "20"), 5 overseas, 6 collectivités.
        assert_eq!(DEPARTEMENTS.len(), 97 + 5 + 6);
        let with_region = DEPARTEMENTS.iter().filter(|d| d.region.is_some()).count();
        assert_eq!(with_region, 97 + 5);
        let mut regions: Vec<_> = DEPARTEMENTS.iter().filter_map(|d| d.region).collect();
        regions.sort_unstable();
        regions.dedup();
        assert_eq!(regions.len(), 13 + 5);
    }

    #[test]
    fn codes_and_postal_codes() {
        assert_eq!(by_code("85").map(|d| d.name), Some("Vendée"));
        assert_eq!(by_code("9").map(|d| d.name), Some("Ariège"));
        assert_eq!(by_code("2a").map(|d| d.region), Some(COR));
        assert_eq!(by_code("974").and_then(|d| d.region), Some("La Réunion"));
        assert_eq!(by_code("987").map(|d| d.region), Some(None));
        assert_eq!(by_code("99"), None);
        assert_eq!(by_postal_code("85200").map(|d| d.code), Some("85"));
        assert_eq!(by_postal_code("97441").map(|d| d.code), Some("974"));
        assert_eq!(by_postal_code("98713").map(|d| d.code), Some("987"));
        assert_eq!(by_postal_code("20000"), None);
        assert_eq!(by_postal_code("8520"), None);
    }

    #[test]
    fn spellings() {
        assert!(same_name("Puy de Dôme", "Puy-de-Dôme"));
        assert!(same_name("Réunion", "La Réunion"));
        assert!(same_name("Cote d'Or", "Côte-d'Or"));
        assert!(same_name("Centre-Val deLoire", "Centre-Val de Loire"));
        assert!(!same_name("Loire", "Loiret"));
    }
}
