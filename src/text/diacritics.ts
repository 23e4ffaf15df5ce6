/**
 * `text` without its accents and other combining marks ("reunió" → "reunio", "Guaidó" →
 * "Guaido"): members type Spanish and Portuguese with or without them, and news text spells
 * names either way.
 */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
