import type { FieldRow } from "../fieldRow";

// A post-mortem in another language: its follow-up heading, its action table's columns and its status words
// are read (lexicon/otherLanguages.ts), so the items are found with their owner, date, ticket and status.
export const rows: FieldRow[] = [
  {
    branch: "item: a Norwegian 'Aksjonspunkter' table with Aksjon / Eier / Referanse columns",
    markdown:
      "# Hendelse\n\n## Aksjonspunkter\n\n| Aksjon | Eier | Referanse |\n|---|---|---|\n| Legge til alarm for kølengde | Kari Nordmann | [#41](https://github.com/acme/app/issues/41) |\n| Overvåke tilkoblinger | | |\n",
    items: ["Legge til alarm for kølengde", "Overvåke tilkoblinger"],
    expect: { owners: ["Kari Nordmann"], trackers: ["#41"], status: "open" },
  },
  {
    branch: "status: a Norwegian 'Utført' link in the reference cell says the row is done",
    markdown:
      "# Hendelse\n\n## Aksjonspunkter\n\n| Aksjon | Eier | Referanse |\n|---|---|---|\n| Endre loggnivå til error | Ola Hansen | [Utført](https://github.com/acme/app/commit/abc1234) |\n",
    expect: { owners: ["Ola Hansen"], status: "done" },
  },
  {
    branch: "item: a German 'Maßnahmen' table with Verantwortlich / Frist / Status columns",
    markdown:
      "# Störung\n\n## Maßnahmen\n\n| Maßnahme | Verantwortlich | Frist | Status |\n|---|---|---|---|\n| Alarm für die Warteschlange einrichten | Anna Schmidt | 2027-01-15 | Offen |\n| Runbook aktualisieren | Jonas Weber | 2026-12-01 | Erledigt |\n",
    items: ["Alarm für die Warteschlange einrichten", "Runbook aktualisieren"],
    expect: { owners: ["Anna Schmidt"], deadlineDate: "2027-01-15", status: "open" },
  },
  {
    branch: "status: 'Erledigt' in a German status cell is done",
    markdown:
      "# Störung\n\n## Maßnahmen\n\n| Maßnahme | Verantwortlich | Status |\n|---|---|---|\n| Runbook aktualisieren | Jonas Weber | Erledigt |\n",
    expect: { status: "done" },
  },
  {
    branch: "item: a French 'Actions correctives' list is the follow-up work",
    markdown:
      "# Incident\n\n## Actions correctives\n\n- Ajouter une alerte sur la file d'attente (Claire Martin, 2027-02-01)\n",
    items: ["Ajouter une alerte sur la file d'attente"],
    expect: { owners: ["Claire Martin"], deadlineDate: "2027-02-01" },
  },
  {
    branch: "item: a Spanish 'Próximos pasos' heading opens the follow-ups (letters beyond ASCII)",
    markdown: "# Incidente\n\n## Próximos pasos\n\n- Añadir una alerta de latencia — Lucía Gómez\n",
    items: ["Añadir una alerta de latencia"],
    expect: { owners: ["Lucía Gómez"] },
  },
  {
    branch: "item: a Swedish 'Åtgärder' heading, its first letter beyond ASCII",
    markdown: "# Incident\n\n## Åtgärder\n\n- Lägg till larm för kölängd (Erik Lind)\n",
    items: ["Lägg till larm för kölängd"],
    expect: { owners: ["Erik Lind"] },
  },
  {
    branch: "status: '✅ Gjort:' over a list labels its items done and is no item itself",
    markdown:
      "# Hendelse\n\n## Aksjonspunkter\n\n✅ Gjort:\n1. Øke tidsavbruddet for jobben\n\n🚧 Tiltak:\n\n1. Vise riktig status på statussiden\n",
    items: ["Øke tidsavbruddet for jobben", "Vise riktig status på statussiden"],
    expect: { status: "done" },
  },
  {
    branch: "status: '✅ Done:' right over a list labels its items done",
    markdown:
      "## Action items\n\n✅ Done:\n1. Raise the journal job's timeout\n\n🚧 Next:\n\n1. Show the right status on the status page\n",
    items: ["Raise the journal job's timeout", "Show the right status on the status page"],
    expect: { status: "done" },
  },
  {
    branch: "item: a Norwegian story heading ('Tidslinje') holds no follow-ups",
    markdown: "# Hendelse\n\n## Tidslinje\n\n- 10:02 Feilraten stiger\n- 10:09 Vakten svarer\n",
    items: [],
  },
  {
    branch:
      "status: 'Pågår:' and 'Offen:' in front are open marks, not owners named Pågår or Offen",
    markdown:
      "# Hendelse\n\n## Aksjonspunkter\n\n- Pågår: legge til alarm for kølengde\n- Offen: Alarm einrichten\n",
    expect: { owners: [], status: "open", text: "legge til alarm for kølengde" },
  },
];
