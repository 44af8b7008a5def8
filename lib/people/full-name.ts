/** A person's name as the app writes it everywhere: surname, name, patronymic when there is one. */
export function fullName(p: { surname: string; name: string; patronymic?: string | null }): string {
  return [p.surname, p.name, p.patronymic].filter(Boolean).join(' ');
}
