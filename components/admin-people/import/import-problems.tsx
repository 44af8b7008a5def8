import { getTranslations } from 'next-intl/server';

/** A previewed row's problems, each field's label with its messages, in the admin's language (every spreadsheet import). */
export async function ImportProblems({ errors, fieldLabel }: { errors: Record<string, string[]>; fieldLabel: (field: string) => string }) {
  const t = await getTranslations();
  const explain = (key: string) => t((key.includes('.') ? key : `Validation.${key}`) as never);
  return (
    <ul className="text-red-700">
      {Object.entries(errors).map(([field, keys]) => (
        <li key={field}>
          {fieldLabel(field)}: {keys.map(explain).join(' ')}
        </li>
      ))}
    </ul>
  );
}
