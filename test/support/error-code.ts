/** The `code` of what `f` throws (a CitebotError's, such as INDEX_CORRUPT), or null when it returns. */
export function codeOf(f: () => unknown): string | null | undefined {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return null;
}
