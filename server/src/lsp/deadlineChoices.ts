// The deadlines "Add deadline" offers, as ISO dates counted from the local calendar day.

export interface DeadlineChoice {
  label: string;
  /** YYYY-MM-DD. */
  date: string;
}

export function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

/** End of this week (the coming Friday, today on a Friday), end of next week, end of this month. */
export function deadlineChoices(today: Date): DeadlineChoice[] {
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const daysToFriday = (5 - day.getDay() + 7) % 7;
  const thisFriday = new Date(day.getFullYear(), day.getMonth(), day.getDate() + daysToFriday);
  const nextFriday = new Date(thisFriday.getFullYear(), thisFriday.getMonth(), thisFriday.getDate() + 7);
  const endOfMonth = new Date(day.getFullYear(), day.getMonth() + 1, 0);
  const choices: DeadlineChoice[] = [
    { label: "end of this week", date: isoDate(thisFriday) },
    { label: "end of next week", date: isoDate(nextFriday) },
    { label: "end of month", date: isoDate(endOfMonth) },
  ];
  // Near the end of a month two choices can fall on the same day; offer it once.
  const unique: DeadlineChoice[] = [];
  for (const choice of choices) {
    if (!unique.some((kept) => kept.date === choice.date)) {
      unique.push(choice);
    }
  }
  return unique;
}
