// Clean text for the mojibake tests (`src/document/encoding/tests.rs`) and the `stages`
// bench, which cannot see test-only code: both `include!` this one copy.

/// Clean text in every script and symbol the repair must leave alone or restore.
pub const CLEAN: &[&str] = &[
    "Nous recherchons un·e développeur·euse pour l’équipe « Données » — poste à pourvoir \
     dès que possible. Rémunération : 45 000 € brut/an 😀",
    "Île-de-France, Œuvre, cœur, naïve, façade. Ça va ? À bientôt ! ÉTÉ 2024 — il fait 20 °C…",
    "---\r\ntitle: Développeur·se\r\nlieu: Montréal\r\n---\r\n\r\n## Missions\r\n\r\n\
     - concevoir l’architecture\r\n- « faire simple »\r\n",
    "Maître d’œuvre, coût ≤ 10 %, délai ≥ 3 mois, ✓ télétravail, ⭐ 👩‍💻 ❤️ → “citation” ‘ok’",
    "Objectifs\u{a0}: réussir\u{202f}! Prime\u{a0}: 2\u{a0}000\u{a0}€ ; « guillemets » ; n° 3 ; 1er ; ½ journée",
    "Şule Yılmaz, İstanbul, Ğ ğ ı ş ; São Paulo, España, niño, Zürich, Ærø, Œdipe, Žiga, š",
    "Á Í Ï Ð Ý á í ï ð ý þ Þ ÿ Ÿ ß × ÷ ± ² ³ µ ¶ · ¸ ¹ º » ¼ ¾ ¿ ¡ ¢ £ ¤ ¥ ¦ § ¨ © ª ¬ \u{ad} ® ¯",
    "Épreuve orale (10 μm, Ω, ∑), l’API « Géo », équipe d’Étalab™ • réunion ‰ …",
];
