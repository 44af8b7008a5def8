import { dateFromCell, iinFromCell } from '@/lib/people/import/columns';
import type { Cell } from '@/lib/people/import/read-file';
import { isPhone, isWebsite } from '../../settings/contact-fields';
import { cellValue, type RegisterColumn } from './columns';

/**
 * The register import's cells as text, and the report's combined cells taken apart again:
 * Contacts (phones, fax, e-mail, web site joined by "; ") and Licence / Accreditation
 * ("№ number, YYYY-MM-DD, issuer", each part left out when empty).
 */

/** Only the file's columns are kept: a column the file lacks leaves the institution's value as it is. */
export type RegisterValues = Partial<Record<RegisterColumn, string>>;

export function valuesOf(cells: Cell[], columns: Array<RegisterColumn | null>): RegisterValues {
  const values: RegisterValues = {};
  columns.forEach((column, i) => {
    if (!column || column === 'number' || column === 'head') return;
    const cell = cells[i] ?? { text: '', wasNumber: false };
    const text = cellValue(cell.text);
    // A BIN typed into a number cell lost its leading zero, like an IIN.
    values[column] = column === 'bin' ? iinFromCell(text, cell.wasNumber) : column === 'licenceDate' || column === 'accreditationDate' ? dateFromCell(text) : text;
  });
  return values;
}

/** Phones (one or more), the e-mail and the web site of a Contacts cell; a part equal to the fax is the fax. Null when a part is none of these. */
export function splitContacts(cell: string, fax: string): { phones: string[]; email: string; website: string } | null {
  const faxes = new Set(fax.split(/[;,]/).map((p) => p.trim()));
  const result = { phones: [] as string[], email: '', website: '' };
  for (const part of cell.split(/[;,]/).map((p) => p.trim()).filter(Boolean)) {
    if (part.includes('@') && !result.email) result.email = part;
    else if (isPhone(part)) {
      if (!faxes.has(part)) result.phones.push(part);
    } else if (isWebsite(part) && !result.website) result.website = part;
    else return null;
  }
  return result;
}

/** "№ number, date, issuer" with any part left out; null when it has neither a number nor a date. */
export function splitLicence(cell: string): { number: string; date: string; issuer: string } | null {
  let rest = cell.trim();
  let number = '';
  let date = '';
  const numbered = /^№\s*([^,]*)(?:,\s*|$)/.exec(rest);
  if (numbered) {
    number = numbered[1]!.trim();
    rest = rest.slice(numbered[0].length);
  }
  const dated = /^(\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})(?:,\s*|$)/.exec(rest);
  if (dated) {
    date = dateFromCell(dated[1]!);
    rest = rest.slice(dated[0].length);
  }
  if (!number && !date) return null;
  return { number, date, issuer: rest.trim() };
}
