/**
 * Text from the inputs (names, agencies, codes, file names, cell values) reaches the page only through
 * here: as text, never as markup, in element content and in quoted attribute values alike.
 */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}
