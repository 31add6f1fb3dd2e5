/** The smallest header a merge accepts with status and progress: the table most command tests build. */
export const SHORT_HEADER = [
  "Maßnahmen-Nr.",
  "Handlungsfeld",
  "Maßnahme",
  "federführend",
  "Haushaltsrelevanz",
  "Umsetzungsstand",
  "Fortschritt",
];
