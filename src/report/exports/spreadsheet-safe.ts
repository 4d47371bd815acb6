// A text cell that starts with =, +, -, @, a tab or a carriage return is read as a formula
// by spreadsheets (Excel, LibreOffice, Google Sheets) when a CSV or TSV export is opened in
// one: "=HYPERLINK(…)" from an article's text would become a live link or worse. Such a cell
// is written after an apostrophe, which spreadsheets show as text (OWASP, "CSV Injection").
// Numbers are never touched: -2.5 is a number, not a formula.

const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
