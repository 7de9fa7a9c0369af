// A body page for the body layer's tests (`src/document/body/tests.rs`) and the `stages`
// bench, which cannot see test-only code: both `include!` this one copy.

/// A 5 KB posting body with every construct the body parser knows.
pub fn synthetic_page() -> String {
    use std::fmt::Write as _;

    let mut page = String::from(
        "**La Fabrique numérique recrute un·e développeur·se pour son service d'aide aux collectivités.**\n\n\
         Poste en CDD de 3 ans, renouvelable, basé à Paris. <!--more-->\n\n\
         ## Qui sommes-nous ?\n\n\
         Nous sommes une équipe de 6 personnes (développeurs, designers, chargée de déploiement) au sein de la \
         [Direction interministérielle du numérique](https://www.numerique.gouv.fr/dinum/). Notre service aide \
         les collectivités à publier leurs données : https://donnees.collectivites.gouv.fr/a-propos.\n\n\
         ###Le contexte\n\
         Depuis 2021, le service a accompagné plus de 400 communes&nbsp;; il s'ouvre maintenant aux départements.\n\n\
         ## Vos missions\n\n",
    );
    for i in 1..=8 {
        let _ = write!(
            page,
            "* Mission n°{i} : concevoir, développer et maintenir les fonctionnalités du service avec l'équipe ;\n  \
             en lien étroit avec les usagers et la `equipe-{i}@beta.gouv.fr`\n    \
             - sous-tâche **importante** {i}\n"
        );
    }
    page.push_str(
        "\n## Votre profil\n\n**Savoirs :**\n- Python, Django et PostgreSQL\n- JavaScript (Vue.js)\n\n\
         **Savoir-faire** :\n1) Écrire du code testé\n2) Travailler en petites itérations\n\n\
         **Savoir-être**\nCuriosité, sens du service public, goût du travail en équipe.\n\n",
    );
    page.push_str(
        "Modalités\n---------\n\n\
         | Rituel | Quand |\n|---|---|\n| Point d'équipe | lundi 10 h |\n| Démo | un jeudi sur deux |\n\n\
         > Télétravail possible jusqu'à 3 jours par semaine.\n\n\
         <div class=\"fr-callout\">\n  <p>Pour candidater, écrivez à \
         <a href=\"mailto:recrutement@beta.gouv.fr?subject=Candidature\">recrutement@beta.gouv.fr</a></p>\n</div>\n\n",
    );
    while page.len() < 5000 {
        page.push_str(
            "Les candidatures sont étudiées au fil de l'eau ; le poste est ouvert aux contractuels et aux \
             fonctionnaires (détachement). Plus d'informations sur <https://beta.gouv.fr/recrutement> ou \
             auprès de [l'équipe][equipe].\n\n",
        );
    }
    page.push_str("[equipe]: https://beta.gouv.fr/equipe\n");
    page
}
