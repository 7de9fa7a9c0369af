#!/usr/bin/env python3
"""Grow the real open-data sample into a national offers file of any size.

    python3 tests/bench/national.py OUT.csv [ROWS]

ROWS defaults to 261,536, the number of offers of the September 2026 export (about
120 MB). The sample is read at run time from ../shared/corpus/national (it is never
copied into the repository); each row written is one of its 30 rows with its reference
made unique, its dates moved together by up to a year, its département (and the postal
code and commune of its address) changed, and, for about one row in fifteen, a free-text
`Compétences attendues` assembled from varied sentences about skills, telework,
languages, pay and start. The output has the sample's exact header, LF line ends, and
every non-empty cell quoted (empty ones bare, as some exports write them), which brings
the rows to the export's average size. Seeded: the same ROWS gives the same file.
"""

from __future__ import annotations

import csv
import datetime
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT.parent / "shared/corpus/national/datagouv/offres-datagouv-20260913-sample.csv"
SEPTEMBER_2026 = 261_536

# Départements as the export names them, with a commune of each and its postal code, so
# that a row moved to another département stays consistent.
DEPARTEMENTS = [
    ("Ain", "01", "Bourg-en-Bresse", "01000"), ("Aisne", "02", "Laon", "02000"),
    ("Allier", "03", "Moulins", "03000"), ("Alpes Maritimes", "06", "Nice", "06000"),
    ("Ardèche", "07", "Privas", "07000"), ("Aube", "10", "Troyes", "10000"),
    ("Aveyron", "12", "Rodez", "12000"), ("Bouches du Rhône", "13", "Marseille", "13001"),
    ("Calvados", "14", "Caen", "14000"), ("Charente Maritime", "17", "La Rochelle", "17000"),
    ("Côte d'Or", "21", "Dijon", "21000"), ("Doubs", "25", "Besançon", "25000"),
    ("Drôme", "26", "Valence", "26000"), ("Finistère", "29", "Quimper", "29000"),
    ("Gard", "30", "Nîmes", "30000"), ("Haute Garonne", "31", "Toulouse", "31000"),
    ("Gironde", "33", "Bordeaux", "33000"), ("Hérault", "34", "Montpellier", "34000"),
    ("Ille et Vilaine", "35", "Rennes", "35000"), ("Isère", "38", "Grenoble", "38000"),
    ("Loire", "42", "Saint-Étienne", "42000"), ("Loire Atlantique", "44", "Nantes", "44000"),
    ("Loiret", "45", "Orléans", "45000"), ("Maine et Loire", "49", "Angers", "49000"),
    ("Marne", "51", "Reims", "51100"), ("Meurthe et Moselle", "54", "Nancy", "54000"),
    ("Moselle", "57", "Metz", "57000"), ("Nord", "59", "Lille", "59000"),
    ("Oise", "60", "Beauvais", "60000"), ("Pas de Calais", "62", "Arras", "62000"),
    ("Puy de Dôme", "63", "Clermont-Ferrand", "63000"), ("Bas Rhin", "67", "Strasbourg", "67000"),
    ("Haut Rhin", "68", "Colmar", "68000"), ("Rhône", "69", "Lyon", "69003"),
    ("Sarthe", "72", "Le Mans", "72000"), ("Paris", "75", "Paris", "75015"),
    ("Seine Maritime", "76", "Rouen", "76000"), ("Seine et Marne", "77", "Melun", "77000"),
    ("Yvelines", "78", "Versailles", "78000"), ("Somme", "80", "Amiens", "80000"),
    ("Var", "83", "Toulon", "83000"), ("Vaucluse", "84", "Avignon", "84000"),
    ("Vendée", "85", "La Roche-sur-Yon", "85000"), ("Vienne", "86", "Poitiers", "86000"),
    ("Essonne", "91", "Évry-Courcouronnes", "91000"), ("Hauts-de-Seine", "92", "Nanterre", "92000"),
    ("Seine Saint-Denis", "93", "Bobigny", "93000"), ("Val de Marne", "94", "Créteil", "94000"),
    ("Val d'Oise", "95", "Cergy", "95000"), ("Guadeloupe", "971", "Basse-Terre", "97100"),
    ("Martinique", "972", "Fort-de-France", "97200"), ("Guyane", "973", "Cayenne", "97300"),
    ("Réunion", "974", "Saint-Denis", "97400"), ("Corse du Sud", "2A", "Ajaccio", "20000"),
]

SKILLS = [
    "Maîtrise des outils bureautiques et des logiciels métiers",
    "Connaissance de l'environnement territorial et des procédures administratives",
    "Capacité à travailler en équipe et en transversalité",
    "Rigueur, discrétion et sens du service public",
    "Maîtrise de Python, SQL et des outils de visualisation de données",
    "Connaissance des règles de la commande publique",
    "Aptitude à la rédaction de notes et de rapports",
    "Sens de l'organisation et capacité à gérer les priorités",
]
EXTRAS = [
    "Télétravail possible jusqu'à {d} jours par semaine.",
    "Télétravail : {d} jour(s) par semaine après la période d'intégration.",
    "Anglais courant exigé.",
    "La pratique de l'espagnol serait un plus.",
    "Rémunération : entre {lo} € et {hi} € brut mensuel selon expérience.",
    "Rémunération selon la grille indiciaire et le régime indemnitaire en vigueur.",
    "Poste à pourvoir dès le {day} {month}.",
    "Expérience de {y} ans minimum sur un poste similaire.",
]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre",
          "octobre", "novembre", "décembre"]
DATE = re.compile(r"^(\d\d)/(\d\d)/(\d{4})$")


def moved(value: str, days: int) -> str:
    m = DATE.match(value)
    if not m or int(m.group(3)) >= 2090:
        return value
    d = datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    d += datetime.timedelta(days=days)
    return d.strftime("%d/%m/%Y")


def free_text(rng: random.Random) -> str:
    lines = ["Savoir-faire :"] + [f"- {s}" for s in rng.sample(SKILLS, rng.randint(2, 5))]
    for extra in rng.sample(EXTRAS, rng.randint(1, 3)):
        lo = rng.randrange(1900, 3200, 50)
        lines.append(extra.format(
            d=rng.randint(1, 3), lo=f"{lo:,}".replace(",", " "),
            hi=f"{lo + rng.randrange(200, 900, 50):,}".replace(",", " "),
            day=rng.randint(1, 28), month=rng.choice(MONTHS), y=rng.randint(1, 5),
        ))
    return "\n".join(lines)


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    out = Path(sys.argv[1])
    rows = int(sys.argv[2]) if len(sys.argv) == 3 else SEPTEMBER_2026
    if not SAMPLE.is_file():
        print(f"the sample is not at {SAMPLE}", file=sys.stderr)
        return 1
    with SAMPLE.open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f, delimiter=";"))
    header, sample = table[0], table[1:]
    col = {name: i for i, name in enumerate(header)}
    rng = random.Random(rows)
    def line(cells: list[str]) -> str:
        return ";".join('"' + c.replace('"', '""') + '"' if c else "" for c in cells) + "\n"

    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(line(header))
        for n in range(rows):
            row = list(sample[n % len(sample)])
            row[col["Référence"]] = re.sub(
                r"\d+$", lambda m: f"{(int(m.group()) + n) % 10 ** len(m.group()):0{len(m.group())}d}",
                row[col["Référence"]],
            ) + f"-{n // len(sample)}"
            days = rng.randint(-200, 200)
            for i, name in enumerate(header):
                if name.startswith("Date"):
                    row[i] = moved(row[i], days)
            if rng.random() < 0.8:
                name, code, commune, postal = rng.choice(DEPARTEMENTS)
                row[col["Localisation du poste"]] = f"{name} ({code})"
                place = col["Lieu d'affectation"]
                if row[place]:
                    # The street as written, then the new postal code and commune.
                    street = re.split(r"\b\d{5}\b", row[place])[0].rstrip(" :\n")
                    has_street = bool(re.search(r"\d", street))
                    row[place] = f"{street} : {postal} {commune}" if has_street else commune.upper()
            if rng.random() < 1 / 15:
                row[col["Compétences attendues"]] = free_text(rng)
            f.write(line(row))
    print(f"{out}: {rows} rows, {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
