/** "2024-07-31" → "31.07.2024", as a German reader expects it in messages, workbooks and reports. */
export const germanDate = (iso: string): string => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
