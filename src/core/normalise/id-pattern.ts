/** field.goal.measure, two to four numeric parts: "3.2.1", "7.1" — a plan's IDs unless it says otherwise. */
export const DEFAULT_ID_PATTERN = "^\\d{1,3}(?:\\.\\d{1,3}){1,3}$";
