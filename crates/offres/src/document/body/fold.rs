//! Case and accent folding for matching French words.
//!
//! Used for comparisons only, never for output. It belongs with the shared text
//! helpers once that module exists.

/// Lowercase, strip French accents (`é` → `e`, `ç` → `c`), expand ligatures
/// (`œ` → `oe`, `æ` → `ae`), turn typographic apostrophes into `'` and
/// non-breaking spaces into plain spaces.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match c {
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => out.push('e'),
            'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => out.push('a'),
            'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => out.push('i'),
            'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => out.push('o'),
            'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => out.push('u'),
            'ç' | 'Ç' => out.push('c'),
            'ÿ' | 'Ÿ' => out.push('y'),
            'ñ' | 'Ñ' => out.push('n'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            '’' | '‘' | 'ʼ' | '´' => out.push('\''),
            '\u{a0}' | '\u{202f}' | '\u{2009}' => out.push(' '),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_french() {
        assert_eq!(fold("Profil Recherché"), "profil recherche");
        assert_eq!(fold("SAVOIR-ÊTRE"), "savoir-etre");
        assert_eq!(fold("Œuvre à l’État"), "oeuvre a l'etat");
        assert_eq!(fold("Ça\u{a0}:"), "ca :");
        assert_eq!(fold("Ελληνικά"), "ελληνικά");
    }
}
