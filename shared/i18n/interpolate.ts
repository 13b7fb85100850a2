/** Fills `{{name}}` placeholders, as i18next does; a placeholder without a value stays visible. */
export function interpolate(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
